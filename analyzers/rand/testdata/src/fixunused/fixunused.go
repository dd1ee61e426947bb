// Package fixunused: the fix turns the math/rand import into crypto/rand.
package fixunused

import (
	"crypto/aes"
	"crypto/cipher"
	"math/rand"
)

func NewAEAD() (cipher.AEAD, error) {
	key := make([]byte, 32)
	rand.Read(key) // want `rand.Read makes the key of aes.NewCipher`
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
