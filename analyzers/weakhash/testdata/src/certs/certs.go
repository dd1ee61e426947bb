// Package certs fills certificate templates.
package certs

import (
	"crypto/x509"
	"math/big"
)

var csrAlg = x509.MD5WithRSA

func Template(serial *big.Int) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber:       serial,
		SignatureAlgorithm: x509.SHA1WithRSA, // want `the certificate is signed with x509.SHA1WithRSA \(SHA-1\)`
	}
}

func Request() *x509.CertificateRequest {
	return &x509.CertificateRequest{SignatureAlgorithm: csrAlg} // want `the certificate request is signed with x509.MD5WithRSA`
}

func Assign(t *x509.Certificate) {
	t.SignatureAlgorithm = x509.ECDSAWithSHA1 // want `signed with x509.ECDSAWithSHA1`
}

// Recognising a weak algorithm to reject it is not using it.
func Weak(c *x509.Certificate) bool {
	switch c.SignatureAlgorithm {
	case x509.SHA1WithRSA, x509.ECDSAWithSHA1, x509.MD5WithRSA:
		return true
	}
	return c.SignatureAlgorithm == x509.DSAWithSHA1
}

func Modern() *x509.Certificate {
	return &x509.Certificate{SignatureAlgorithm: x509.SHA256WithRSA}
}
