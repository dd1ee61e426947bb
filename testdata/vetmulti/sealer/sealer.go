// Package sealer wraps AES-GCM. It takes the key and the nonce from its
// callers, so whether they are safe is known only at the call sites, in
// other packages.
package sealer

import (
	"crypto/aes"
	"crypto/cipher"
)

// Seal encrypts and authenticates msg with AES-GCM under key and nonce.
func Seal(key, nonce, msg []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return gcm.Seal(nil, nonce, msg, nil), nil
}
