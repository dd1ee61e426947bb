// Package vault wraps AES-GCM; its nonce is the caller's.
package vault

import (
	"crypto/aes"
	"crypto/cipher"
)

// Seal encrypts msg under key with the caller's nonce.
func Seal(key, nonce, msg []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	return aead.Seal(nil, nonce, msg, nil)
}

// Open decrypts ct with the nonce stored next to it.
func Open(key, nonce, ct []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return aead.Open(nil, nonce, ct, nil)
}
