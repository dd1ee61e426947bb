// Package sig signs with weak digests.
package sig

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
)

const legacyHash = crypto.MD5

func SignSHA1(key *rsa.PrivateKey, msg []byte) ([]byte, error) {
	d := sha1.Sum(msg)
	return rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA1, d[:]) // want `rsa.SignPKCS1v15 signs a SHA-1 digest`
}

func SignLegacy(key *rsa.PrivateKey, digest []byte) ([]byte, error) {
	return rsa.SignPSS(rand.Reader, key, legacyHash, digest, nil) // want `rsa.SignPSS signs a MD5 digest`
}

type Signer struct {
	key  crypto.Signer
	hash crypto.Hash
}

func NewSigner(key crypto.Signer) *Signer { return &Signer{key: key, hash: crypto.SHA1} }

// The hash comes from a struct field, the signer is an interface.
func (s *Signer) Sign(digest []byte) ([]byte, error) {
	return s.key.Sign(rand.Reader, digest, s.hash) // want `crypto.Signer.Sign signs a SHA-1 digest`
}

func SignOpts(key *rsa.PrivateKey, digest []byte) ([]byte, error) {
	return key.Sign(rand.Reader, digest, &rsa.PSSOptions{Hash: crypto.SHA1}) // want `rsa.PrivateKey.Sign signs a SHA-1 digest`
}

// Verification of SHA-1 signatures is a warning.
func Verify(pub *rsa.PublicKey, digest, sig []byte) error {
	return rsa.VerifyPKCS1v15(pub, crypto.SHA1, digest, sig) // want `rsa.VerifyPKCS1v15 accepts SHA-1 signatures`
}

// ECDSA signs the digest the caller computed.
func SignECDSA(key *ecdsa.PrivateKey, msg []byte) ([]byte, error) {
	h := sha1.New() // want `SHA-1 computes the digest that ecdsa.SignASN1 signs`
	h.Write(msg)
	return ecdsa.SignASN1(rand.Reader, key, h.Sum(nil))
}

// SHA-256 is fine.
func SignSHA256(key *rsa.PrivateKey, msg []byte) ([]byte, error) {
	d := sha256.Sum256(msg)
	return rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, d[:])
}

// The hash is chosen by the signature format the peer names (SSH's
// ssh-rsa next to rsa-sha2-256): algorithm agility, not the program's
// choice of SHA-1.
func hashFor(format string) (crypto.Hash, error) {
	switch format {
	case "rsa-sha2-256", "ecdsa-sha2-nistp256":
		return crypto.SHA256, nil
	case "rsa-sha2-512":
		return crypto.SHA512, nil
	case "ssh-rsa":
		return crypto.SHA1, nil
	}
	return 0, errUnknownFormat
}

var errUnknownFormat = rsa.ErrVerification

func VerifyFormat(pub *rsa.PublicKey, format string, data, sig []byte) error {
	hash, err := hashFor(format)
	if err != nil {
		return err
	}
	h := hash.New()
	h.Write(data)
	return rsa.VerifyPKCS1v15(pub, hash, h.Sum(nil), sig)
}

func VerifyECDSAFormat(pub *ecdsa.PublicKey, format string, data, sig []byte) bool {
	hash, err := hashFor(format)
	if err != nil {
		return false
	}
	h := hash.New()
	h.Write(data)
	return ecdsa.VerifyASN1(pub, h.Sum(nil), sig)
}

// Every value the helper can return is weak: the program chose SHA-1.
func legacyHashFor(format string) crypto.Hash {
	if format == "md5" {
		return crypto.MD5
	}
	return crypto.SHA1
}

func SignFormat(key *rsa.PrivateKey, format string, digest []byte) ([]byte, error) {
	return rsa.SignPKCS1v15(rand.Reader, key, legacyHashFor(format), digest) // want `rsa.SignPKCS1v15 signs a (MD5|SHA-1) digest`
}
