// want package:`checksPeerCertificates\(pinned\)`

// Package httppeer pins the server's certificate after each request,
// through a helper whose parameter is always the state of a completed
// handshake (resp.TLS).
package httppeer

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"errors"
	"net/http"
)

func newClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
}

func get(c *http.Client, url string, pin []byte) (*http.Response, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.TLS == nil || !pinned(resp.TLS, pin) {
		resp.Body.Close()
		return nil, errors.New("certificate does not match the pin")
	}
	return resp, nil
}

func pinned(cs *tls.ConnectionState, pin []byte) bool {
	for _, cert := range cs.PeerCertificates {
		sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
		if bytes.Equal(sum[:], pin) {
			return true
		}
	}
	return false
}
