// Package server serves the API over TLS with a certificate and key
// bundled into the binary.
package server

import (
	"crypto/tls"
	"crypto/x509"
	_ "embed"
	"errors"
	"net/http"
)

//go:embed tls/server.pem
var certPEM []byte

//go:embed tls/server.key
var keyPEM []byte

//go:embed tls/legacy.pem
var legacyPEM []byte

//go:embed tls/ca.pem
var caPEM []byte

// New returns the API server.
func New(h http.Handler) (*http.Server, error) {
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return nil, err
	}
	clients := x509.NewCertPool()
	if !clients.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("server: bad CA bundle")
	}
	return &http.Server{
		Handler: h,
		TLSConfig: &tls.Config{
			MinVersion:   tls.VersionTLS12,
			Certificates: []tls.Certificate{cert},
			ClientCAs:    clients,
			ClientAuth:   tls.VerifyClientCertIfGiven,
		},
	}, nil
}

// LegacyCertificate is served to old clients.
func LegacyCertificate() []byte { return legacyPEM }
