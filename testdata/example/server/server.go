// Package server serves the payments API over TLS and calls the bank.
package server

import (
	"crypto/tls"
	"net/http"
)

// NewServer returns the public API server.
func NewServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:    ":8443",
		Handler: h,
		TLSConfig: &tls.Config{
			MinVersion: tls.VersionTLS10,
		},
	}
}

// BankClient talks to the acquiring bank.
func BankClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true,
		},
	}}
}

// PartnerClient pins nothing but verifies normally.
func PartnerClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	}}
}
