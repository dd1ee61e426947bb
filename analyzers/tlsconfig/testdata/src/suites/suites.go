package suites

import (
	"crypto/tls"
	"fmt"
)

var legacySuites = []uint16{
	tls.TLS_RSA_WITH_AES_128_CBC_SHA,
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
}

func inline() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_RSA_WITH_RC4_128_SHA,              // want `^cipher suite TLS_RSA_WITH_RC4_128_SHA is insecure: RC4 is broken and prohibited in TLS \(RFC 7465\)`
			tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, // want `TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 is insecure: .*Lucky13`
			0x000a, // want `TLS_RSA_WITH_3DES_EDE_CBC_SHA is insecure: 3DES has 64-bit blocks`
		},
	}
}

func oneLine() *tls.Config {
	return &tls.Config{CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, tls.TLS_RSA_WITH_AES_256_GCM_SHA384}} // want `TLS_RSA_WITH_AES_256_GCM_SHA384 is insecure: RSA key exchange has no forward secrecy`
}

func viaVariable() *tls.Config {
	return &tls.Config{CipherSuites: legacySuites} // want `CipherSuites legacySuites enables TLS_RSA_WITH_AES_128_CBC_SHA, listed by tls.InsecureCipherSuites\(\)`
}

func appended(base []uint16) *tls.Config {
	cfg := &tls.Config{}
	cfg.CipherSuites = append(base, tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA) // want `TLS_ECDHE_RSA_WITH_RC4_128_SHA is insecure`
	return cfg
}

// Negatives.

func secure() *tls.Config {
	return &tls.Config{CipherSuites: []uint16{
		tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
		tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
		tls.TLS_AES_128_GCM_SHA256,
	}}
}

// refuse rejects configured suites that crypto/tls calls insecure.
func refuse(ids []uint16) error {
	for _, s := range tls.InsecureCipherSuites() {
		for _, id := range ids {
			if s.ID == id {
				return fmt.Errorf("cipher suite %s is not allowed", s.Name)
			}
		}
	}
	return nil
}

var forbidden = []uint16{tls.TLS_RSA_WITH_RC4_128_SHA, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}

func allowed(id uint16) bool {
	for _, f := range forbidden {
		if f == id {
			return false
		}
	}
	return true
}

var suiteNames = map[uint16]string{
	tls.TLS_RSA_WITH_RC4_128_SHA:      "RC4-SHA",
	tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA: "DES-CBC3-SHA",
}

func fromOperator(ids []uint16) *tls.Config {
	return &tls.Config{CipherSuites: ids}
}
