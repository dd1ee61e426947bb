// Package vault seals records for the payments store.
package vault

import (
	"crypto/aes"
	"crypto/cipher"
)

// Seal encrypts plaintext with AES-GCM under key, using nonce.
// Callers own the nonce; every call must use a fresh one.
func Seal(key, nonce, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, plaintext, nil), nil
}

// Open decrypts a record sealed by Seal with the nonce stored beside it.
func Open(key, nonce, ciphertext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return aead.Open(nil, nonce, ciphertext, nil)
}
