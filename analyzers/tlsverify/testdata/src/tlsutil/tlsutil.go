// Package tlsutil builds configurations for other test packages.
package tlsutil

import "crypto/tls"

func SecureDefaultTLS13() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS13}
}
