// Package app calls the sealer wrapper of another package: once with a
// constant key and an all-zero nonce, which cryptovet must report here,
// at the call, and once with a caller's key and a random nonce, which is
// fine.
package app

import (
	"crypto/rand"
	"crypto/rsa"

	"example.com/vetmulti/sealer"
)

const fixedKey = "0123456789abcdef0123456789abcdef"

// EncryptFixed seals msg under a key written in the source, with a nonce
// of zeros.
func EncryptFixed(msg []byte) ([]byte, error) {
	return sealer.Seal([]byte(fixedKey), make([]byte, 12), msg)
}

// Encrypt seals msg under the caller's key with a fresh random nonce.
func Encrypt(key, msg []byte) ([]byte, error) {
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return sealer.Seal(key, nonce, msg)
}

// SigningKey meets the default RSA minimum of 2048 bits, not a stricter
// policy of 3072.
func SigningKey() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 2048)
}
