package a

import (
	"fmt"
	"slices"

	"golang.org/x/crypto/ssh"
)

var hardened = ssh.Config{
	KeyExchanges: []string{ssh.KeyExchangeMLKEM768X25519, ssh.KeyExchangeCurve25519, ssh.KeyExchangeDH14SHA256},
	Ciphers:      []string{ssh.CipherChaCha20Poly1305, ssh.CipherAES256GCM, "aes256-ctr"},
	MACs:         []string{ssh.HMACSHA256ETM, ssh.HMACSHA1}, // hmac-sha1 is not in ssh.InsecureAlgorithms
}

func modern() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		Config:            hardened,
		HostKeyAlgorithms: []string{ssh.KeyAlgoED25519, ssh.KeyAlgoRSASHA512, ssh.CertAlgoED25519v01},
		User:              fmt.Sprint("deploy"),
	}
}

// A validator reads the insecure list to reject what operators request.
func validate(cfg *ssh.Config, requested ssh.Algorithms) error {
	insecure := ssh.InsecureAlgorithms()
	for _, c := range requested.Ciphers {
		if slices.Contains(insecure.Ciphers, c) {
			return fmt.Errorf("cipher %s refused", c)
		}
	}
	cfg.Ciphers = requested.Ciphers
	cfg.KeyExchanges = ssh.SupportedAlgorithms().KeyExchanges
	return nil
}

// The names in a request are not a configuration.
var request = ssh.Algorithms{Ciphers: []string{ssh.InsecureCipherAES128CBC}}

// A list for a report is not a configuration.
var legacyNames = []string{ssh.InsecureCipherAES128CBC, ssh.InsecureHMACSHA196}

func describe() string { return fmt.Sprint(legacyNames) }

// A filtered list: the resolver does not follow the transformation.
func filtered(cfg *ssh.ClientConfig) {
	ciphers := []string{ssh.CipherAES128GCM, ssh.InsecureCipherAES128CBC}
	ciphers = slices.DeleteFunc(ciphers, func(c string) bool {
		return slices.Contains(ssh.InsecureAlgorithms().Ciphers, c)
	})
	cfg.Ciphers = ciphers
}

// Insecure names added after the list was configured do not reach it.
func later(cfg *ssh.ClientConfig) []string {
	macs := []string{ssh.HMACSHA256}
	cfg.MACs = macs
	macs = append(macs, ssh.InsecureHMACSHA196)
	return macs
}

// An element replaced in place is not followed.
func replaced(cfg *ssh.ClientConfig) {
	kex := []string{ssh.InsecureKeyExchangeDH1SHA1}
	kex[0] = ssh.KeyExchangeCurve25519
	cfg.KeyExchanges = kex
}

// A list from the caller is unknown.
func fromCaller(cfg *ssh.ServerConfig, ciphers []string, algs ssh.Algorithms) {
	cfg.Ciphers = ciphers
	cfg.MACs = algs.MACs
	cfg.PublicKeyAuthAlgorithms = ssh.SupportedAlgorithms().PublicKeyAuths
}

// A local struct with fields of the same names is not ssh.Config.
type options struct {
	Ciphers []string
	MACs    []string
}

var defaults = options{Ciphers: []string{"3des-cbc"}, MACs: []string{"hmac-sha1-96"}}
