// want package:`checksPeerCertificates\(validateALPN\)`

// Package acme validates tls-alpn-01 challenges (RFC 8737): the
// validation server connects to a self-signed challenge certificate and
// checks it after the handshake, in the same function.
package acme

import (
	"crypto/sha256"
	"crypto/subtle"
	"crypto/tls"
	"encoding/asn1"
	"errors"
	"net"
	"strings"
)

var idPeAcmeIdentifier = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 31}

type validator interface {
	TLSDial(network, addr string, config *tls.Config) (*tls.Conn, error)
}

func validateALPN(vc validator, host, keyAuth string) error {
	config := &tls.Config{
		NextProtos:         []string{"acme-tls/1"},
		MinVersion:         tls.VersionTLS12,
		ServerName:         host,
		InsecureSkipVerify: true, // a self-signed challenge certificate, checked below
	}
	conn, err := vc.TLSDial("tcp", net.JoinHostPort(host, "443"), config)
	if err != nil {
		return err
	}
	defer conn.Close()

	cs := conn.ConnectionState()
	certs := cs.PeerCertificates
	if len(certs) == 0 {
		return errors.New("no certificate")
	}
	if cs.NegotiatedProtocol != "acme-tls/1" {
		return errors.New("acme-tls/1 not negotiated")
	}
	leafCert := certs[0]
	if len(leafCert.DNSNames) != 1 || !strings.EqualFold(leafCert.DNSNames[0], host) {
		return errors.New("wrong name")
	}
	hashedKeyAuth := sha256.Sum256([]byte(keyAuth))
	for _, ext := range leafCert.Extensions {
		if !ext.Id.Equal(idPeAcmeIdentifier) {
			continue
		}
		var extValue []byte
		if _, err := asn1.Unmarshal(ext.Value, &extValue); err != nil {
			return err
		}
		if subtle.ConstantTimeCompare(hashedKeyAuth[:], extValue) != 1 {
			return errors.New("key authorization does not match")
		}
		return nil
	}
	return errors.New("no acmeIdentifier extension")
}
