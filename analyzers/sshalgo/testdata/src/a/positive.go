package a

import (
	"slices"

	"golang.org/x/crypto/ssh"
)

func literal() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		Config: ssh.Config{
			Ciphers: []string{"aes128-ctr", "aes128-cbc", "3des-cbc"}, // want `Ciphers includes the insecure SSH cipher "aes128-cbc": CBC mode` `Ciphers includes the insecure SSH cipher "3des-cbc": 3DES`
		},
		HostKeyAlgorithms: []string{ssh.KeyAlgoED25519, ssh.KeyAlgoRSA}, // want `HostKeyAlgorithms includes the insecure SSH host key algorithm "ssh-rsa": RSA signatures over SHA-1`
	}
}

func constants() *ssh.ServerConfig {
	return &ssh.ServerConfig{
		Config: ssh.Config{
			KeyExchanges: []string{ssh.KeyExchangeCurve25519, ssh.InsecureKeyExchangeDH1SHA1}, // want `KeyExchanges includes the insecure SSH key exchange "diffie-hellman-group1-sha1": a 1024-bit group`
		},
		PublicKeyAuthAlgorithms: []string{ssh.KeyAlgoRSA, ssh.KeyAlgoRSASHA256}, // want `PublicKeyAuthAlgorithms includes the insecure SSH public key authentication algorithm "ssh-rsa"`
	}
}

// x/crypto lists diffie-hellman-group14-sha1 as insecure (a warning).
var group14 = ssh.Config{
	KeyExchanges: []string{ssh.InsecureKeyExchangeDH14SHA1}, // want `"diffie-hellman-group14-sha1": a SHA-1 exchange hash; RFC 9142 keeps it only as MAY`
}

func assigned(cfg *ssh.ClientConfig) {
	cfg.MACs = []string{ssh.HMACSHA256, ssh.InsecureHMACSHA196}      // want `MACs includes the insecure SSH MAC "hmac-sha1-96"`
	cfg.Config.Ciphers = []string{ssh.CipherAES128GCM, "arcfour256"} // want `Ciphers includes the insecure SSH cipher "arcfour256": RC4`
}

// A package-level list, reported where it enters the configuration.
var legacyMACs = []string{ssh.HMACSHA256, ssh.InsecureHMACSHA196}

func packageVar() ssh.Config {
	return ssh.Config{MACs: legacyMACs} // want `MACs includes the insecure SSH MAC "hmac-sha1-96" through legacyMACs`
}

const oldCipher = "3des-cbc"

var weakCipher = ssh.InsecureCipherRC4

func localVar(cfg *ssh.ClientConfig) {
	ciphers := []string{ssh.CipherAES256CTR, oldCipher} // the use is reported, not the definition
	cfg.Ciphers = ciphers                               // want `Ciphers includes the insecure SSH cipher "3des-cbc" through ciphers`
}

func localConstElement(cfg *ssh.ClientConfig) {
	cfg.Ciphers = []string{oldCipher, weakCipher} // want `"3des-cbc": 3DES` `Ciphers includes the insecure SSH cipher "arcfour" through weakCipher`
}

func appendInsecure(cfg *ssh.ClientConfig) {
	supported := ssh.SupportedAlgorithms()
	legacy := ssh.InsecureAlgorithms()
	cfg.KeyExchanges = append(supported.KeyExchanges, legacy.KeyExchanges...) // want `KeyExchanges includes the insecure SSH key exchanges "diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1", "diffie-hellman-group-exchange-sha1" through legacy\.KeyExchanges`
	cfg.Ciphers = append(cfg.Ciphers, ssh.InsecureAlgorithms().Ciphers...)    // want `Ciphers includes the insecure SSH ciphers "aes128-cbc", "3des-cbc", "arcfour256", "arcfour128", "arcfour" through ssh\.InsecureAlgorithms\(\)\.Ciphers`
	cfg.MACs = slices.Concat(supported.MACs, legacy.MACs)                     // want `MACs includes the insecure SSH MAC "hmac-sha1-96" through legacy\.MACs`
	cfg.HostKeyAlgorithms = append(cfg.HostKeyAlgorithms, ssh.CertAlgoRSAv01) // want `HostKeyAlgorithms includes the insecure SSH host key algorithm "ssh-rsa-cert-v01@openssh.com"`
}

func legacyCiphers() []string {
	return []string{ssh.CipherAES128CTR, ssh.InsecureCipherAES128CBC}
}

func helper() *ssh.ClientConfig {
	cfg := &ssh.ClientConfig{}
	cfg.Ciphers = legacyCiphers() // want `Ciphers includes the insecure SSH cipher "aes128-cbc" through legacyCiphers\(\)`
	return cfg
}

func selfAppend(compat bool) ssh.Config {
	kex := []string{ssh.KeyExchangeCurve25519}
	if compat {
		kex = append(kex, ssh.InsecureKeyExchangeDHGEXSHA1)
	}
	return ssh.Config{KeyExchanges: kex} // want `KeyExchanges includes the insecure SSH key exchange "diffie-hellman-group-exchange-sha1" through kex`
}

func algorithmsLiteral() ssh.Config {
	algs := ssh.Algorithms{Ciphers: []string{ssh.InsecureCipherRC4128}}
	return ssh.Config{Ciphers: algs.Ciphers} // want `"arcfour128" through algs\.Ciphers: RC4`
}

func arrayAndConversion(cfg *ssh.ClientConfig) {
	names := [...]string{ssh.CipherAES128GCM, ssh.InsecureCipherTripleDESCBC}
	cfg.Ciphers = names[:]                                // want `"3des-cbc" through names: 3DES`
	cfg.Ciphers = names[1:]                               // a partial slice is not followed
	cfg.Ciphers = ([]string)([]string{"arcfour", "none"}) // want `"arcfour": RC4`
}

func elided() []*ssh.ClientConfig {
	return []*ssh.ClientConfig{
		{HostKeyAlgorithms: []string{ssh.KeyAlgoRSA}},        // want `"ssh-rsa": RSA signatures over SHA-1`
		{Config: ssh.Config{MACs: []string{"hmac-sha1-96"}}}, // want `"hmac-sha1-96"`
	}
}

func legacyCipher(old bool) string {
	if old {
		return ssh.InsecureCipherTripleDESCBC
	}
	return ssh.CipherAES128GCM
}

func helperElement(old bool) ssh.Config {
	return ssh.Config{Ciphers: []string{legacyCipher(old)}} // want `"3des-cbc" through legacyCipher\(old\)`
}
