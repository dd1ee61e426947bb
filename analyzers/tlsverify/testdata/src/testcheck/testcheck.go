// Package testcheck checks the server's certificate in a test only, which
// does not protect the package's own connections.
package testcheck

import (
	"crypto/tls"
	"net/http"
)

func client() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `InsecureSkipVerify: true disables verification`
	}}
}
