// Package fixadd: math/rand stays in use, so the fix adds crypto/rand.
package fixadd

import (
	"crypto/cipher"
	"math/rand"
	"time"
)

var rng = rand.New(rand.NewSource(time.Now().UnixNano()))

func Seal(aead cipher.AEAD, msg []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	rng.Read(nonce) // want `\(\*rand.Rand\).Read makes the nonce of cipher.AEAD.Seal`
	return aead.Seal(nonce, nonce, msg, nil)
}
