// Package lenonly reads the peer's certificates, but never checks one
// after the handshake.
package lenonly

import (
	"crypto/tls"
	"errors"
	"log"
	"net/http"
)

func dial(addr string) (*tls.Conn, error) {
	conn, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true}) // want `InsecureSkipVerify: true disables verification`
	if err != nil {
		return nil, err
	}
	cs := conn.ConnectionState()
	if len(cs.PeerCertificates) > 0 {
		return conn, nil
	}
	certs := cs.PeerCertificates
	log.Printf("%d certificates", len(certs))
	for range certs {
		log.Print("certificate")
	}
	conn.Close()
	return nil, errors.New("no certificate")
}

func transport() *http.Transport {
	return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `InsecureSkipVerify: true disables verification`
}

type detector struct{ suspicious map[string]bool }

// The helper is called from a VerifyConnection callback, during the
// handshake: it is the callback's check, not one after the handshake.
func (d *detector) config() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // want `the VerifyConnection callback does not replace it: it only checks Issuer`
		VerifyConnection: func(cs tls.ConnectionState) error {
			return d.verifyCertificate(cs)
		},
	}
}

func (d *detector) verifyCertificate(cs tls.ConnectionState) error {
	peerCerts := cs.PeerCertificates
	if len(peerCerts) == 0 {
		return errors.New("no certificate")
	}
	if d.suspicious[peerCerts[0].Issuer.String()] {
		return errors.New("suspicious issuer")
	}
	return nil
}

// Never called in the package, and usable as a callback.
func CheckIssuer(cs tls.ConnectionState) error {
	if cs.PeerCertificates[0].Issuer.CommonName != "Example CA" {
		return errors.New("unexpected issuer")
	}
	return nil
}
