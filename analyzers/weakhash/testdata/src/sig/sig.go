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
