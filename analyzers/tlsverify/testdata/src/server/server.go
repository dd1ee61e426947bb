package server

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
)

func anyClientCert(cert tls.Certificate) *tls.Config {
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequireAnyClientCert,
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error { // want `with ClientAuth tls.RequireAnyClientCert crypto/tls does not verify the client's certificate chain, and this VerifyPeerCertificate callback, the only check, only checks Subject.CommonName`
			c, err := x509.ParseCertificate(rawCerts[0])
			if err != nil {
				return err
			}
			if c.Subject.CommonName == "" {
				return errors.New("client certificate without a name")
			}
			return nil
		},
	}
}

// Verified client certificates: the callback adds a check.
func verifiedClients(cert tls.Certificate, cas *x509.CertPool) *tls.Config {
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequireAndVerifyClientCert,
		ClientCAs:    cas,
		VerifyPeerCertificate: func(_ [][]byte, chains [][]*x509.Certificate) error {
			if chains[0][0].Subject.CommonName == "" {
				return errors.New("client certificate without a name")
			}
			return nil
		},
	}
}

// The client certificate is verified by the callback.
func requestedAndVerified(cert tls.Certificate, cas *x509.CertPool) *tls.Config {
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequestClientCert,
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			if len(rawCerts) == 0 {
				return nil
			}
			c, err := x509.ParseCertificate(rawCerts[0])
			if err != nil {
				return err
			}
			_, err = c.Verify(x509.VerifyOptions{Roots: cas, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}})
			return err
		},
	}
}

// InsecureSkipVerify has no effect on a server.
func serverOnly(cert tls.Certificate) *http.Server {
	return &http.Server{TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}}
}
