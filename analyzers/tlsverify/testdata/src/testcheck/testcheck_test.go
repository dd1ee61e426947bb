package testcheck

import (
	"crypto/tls"
	"net/http"
	"testing"
)

func TestServerCertificate(t *testing.T) {
	c := &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // checked below
	}}
	resp, err := c.Get("https://localhost:8443/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if got := resp.TLS.PeerCertificates[0].Subject.CommonName; got != "localhost" {
		t.Errorf("server certificate for %q", got)
	}
}
