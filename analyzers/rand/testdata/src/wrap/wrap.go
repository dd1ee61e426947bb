// Package wrap seals with a caller's nonce; it knows nothing of math/rand.
package wrap

import (
	"crypto/aes"
	"crypto/cipher"
)

func Seal(key, nonce, msg []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, msg, nil), nil
}
