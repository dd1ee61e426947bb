// Package wrapuser draws the nonce for wrap.Seal from math/rand: the
// wrapper's parameter reaches the nonce role through a fact.
package wrapuser

import (
	"math/rand"

	"wrap"
)

func Send(key, msg []byte) ([]byte, error) {
	n := make([]byte, 12)
	for i := range n {
		n[i] = byte(rand.Intn(256)) // want `rand.Intn makes the nonce of cipher.AEAD.Seal \(through wrap.Seal\)`
	}
	return wrap.Seal(key, n, msg)
}
