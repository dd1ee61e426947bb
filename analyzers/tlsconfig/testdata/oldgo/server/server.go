// Package server builds TLS servers in a module whose go line predates Go 1.22.
package server

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"net/http"
)

func NewServer(cert tls.Certificate) *http.Server {
	return &http.Server{TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}}} // want `this server configuration leaves MinVersion unset, and the line go 1.21 in go.mod \(older than Go 1.22\)`
}

func Listen(addr string, cert tls.Certificate) (net.Listener, error) {
	cfg := &tls.Config{ // want `leaves MinVersion unset`
		Certificates: []tls.Certificate{cert},
	}
	return tls.Listen("tcp", addr, cfg)
}

func SNI(get func(*tls.ClientHelloInfo) (*tls.Certificate, error)) *tls.Config {
	return &tls.Config{GetCertificate: get} // want `leaves MinVersion unset`
}

func serverConfig(certs []tls.Certificate) *tls.Config {
	return &tls.Config{Certificates: certs} // want `leaves MinVersion unset`
}

func Wrap(l net.Listener, certs []tls.Certificate) net.Listener {
	return tls.NewListener(l, serverConfig(certs))
}

// Negatives.

func WithMinVersion(cert tls.Certificate) *http.Server {
	return &http.Server{TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}}
}

func MinVersionLater(addr string, cert tls.Certificate) (net.Listener, error) {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	cfg.MinVersion = tls.VersionTLS13
	return tls.Listen("tcp", addr, cfg)
}

func Client(cert tls.Certificate) *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}
}

func MutualTLSClient(cert tls.Certificate, roots *x509.CertPool) *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{cert}, RootCAs: roots, ServerName: "api.internal"}
}

func Unknown() *tls.Config {
	return &tls.Config{}
}
