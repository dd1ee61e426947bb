// Package b hands its configurations to package a, which checks the
// peers' certificates after the handshake.
package b

import (
	"crypto/tls"
	"net/http"

	"a"
	"tlsutil"
)

func start(cert tls.Certificate, peers map[a.DeviceID]bool) *a.Service {
	tlsCfg := tlsutil.SecureDefaultTLS13()
	tlsCfg.Certificates = []tls.Certificate{cert}
	tlsCfg.ClientAuth = tls.RequestClientCert
	tlsCfg.InsecureSkipVerify = true
	return a.NewService(tlsCfg, peers)
}

func clientConfig(cert tls.Certificate) *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}
}

func startClient(cert tls.Certificate, peers map[a.DeviceID]bool) *a.Service {
	cfg := clientConfig(cert)
	return a.NewService(cfg, peers)
}

func viaParameter(cfg *tls.Config, peers map[a.DeviceID]bool) *a.Service {
	cfg.InsecureSkipVerify = true
	return a.NewService(cfg, peers)
}

// Not handed to package a: nothing checks the server's certificate.
func status() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `InsecureSkipVerify: true disables verification`
	}}
}
