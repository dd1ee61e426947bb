// Package strict is checked with -minversion=1.3.
package strict

import "crypto/tls"

func tls12() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12} // want `MinVersion tls.VersionTLS12 \(TLS 1.2\) lets peers connect with TLS 1.2, below the required TLS 1.3 \(-minversion\); set MinVersion to tls.VersionTLS13`
}

func tls13() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS13, MaxVersion: tls.VersionTLS13}
}
