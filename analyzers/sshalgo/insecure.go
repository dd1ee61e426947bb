package sshalgo

import (
	"golang.org/x/crypto/ssh"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// insecure is the source of truth for what this analyzer reports: x/crypto's
// own list of the algorithms it implements and which have security issues.
var insecure = ssh.InsecureAlgorithms()

// A reason explains why one algorithm is insecure. The table adds words to
// the source of truth; it decides nothing. An algorithm that x/crypto lists
// and this table does not know is still reported, with a generic reason.
type reason struct {
	why string
	// category lowers the level of the finding: x/crypto still enables
	// these algorithms by default (defaultKexAlgos, defaultMACs,
	// defaultHostKeyAlgos, defaultPubKeyAuthAlgos in ssh/common.go), and
	// the standards still allow them for interoperability, so naming one
	// explicitly weakens the configuration less than a disabled one.
	category string
}

var reasons = map[string]reason{
	// Key exchanges (RFC 9142 section 4).
	"diffie-hellman-group1-sha1": {
		why: "a 1024-bit group within reach of precomputation (Logjam) and a SHA-1 exchange hash; RFC 9142 says SHOULD NOT",
	},
	"diffie-hellman-group-exchange-sha1": {
		why: "a SHA-1 exchange hash; RFC 9142 says SHOULD NOT",
	},
	"diffie-hellman-group14-sha1": {
		why:      "a SHA-1 exchange hash; RFC 9142 keeps it only as MAY for interoperability",
		category: analysisutil.LevelWarning,
	},
	// Ciphers.
	"aes128-cbc": {
		why: "CBC mode, whose SSH packet encryption allows plaintext recovery (CVE-2008-5161)",
	},
	"3des-cbc": {
		why: "3DES with a 64-bit block (Sweet32, CVE-2016-2183) in CBC mode (CVE-2008-5161)",
	},
	"arcfour": {
		why: "RC4, whose biased keystream reveals plaintext; RFC 8758 deprecates it in SSH",
	},
	"arcfour128": {
		why: "RC4, whose biased keystream reveals plaintext; RFC 8758 deprecates it in SSH",
	},
	"arcfour256": {
		why: "RC4, whose biased keystream reveals plaintext; RFC 8758 deprecates it in SSH",
	},
	// MACs.
	"hmac-sha1-96": {
		why:      "an HMAC-SHA1 tag truncated to 96 bits, which OpenSSH no longer offers by default",
		category: analysisutil.LevelWarning,
	},
	// Host key and public key signature algorithms.
	"ssh-rsa": {
		why:      "RSA signatures over SHA-1, which chosen-prefix collisions weaken; RFC 8332 replaces them with rsa-sha2-256 and rsa-sha2-512, and OpenSSH 8.8 disables them by default",
		category: analysisutil.LevelWarning,
	},
	"ssh-rsa-cert-v01@openssh.com": {
		why:      "certificates signed with RSA over SHA-1, which chosen-prefix collisions weaken; OpenSSH 8.8 disables them by default",
		category: analysisutil.LevelWarning,
	},
}
