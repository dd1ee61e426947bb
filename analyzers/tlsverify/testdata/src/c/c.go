// Package c hands its configurations to package nocheck, which does not
// check the peers' certificates.
package c

import (
	"crypto/tls"

	"nocheck"
	"tlsutil"
)

func start() *nocheck.Service {
	tlsCfg := tlsutil.SecureDefaultTLS13()
	tlsCfg.InsecureSkipVerify = true // want `InsecureSkipVerify: true disables verification`
	return nocheck.NewService(tlsCfg)
}

func startLiteral() *nocheck.Service {
	return nocheck.NewService(&tls.Config{InsecureSkipVerify: true}) // want `InsecureSkipVerify: true disables verification`
}
