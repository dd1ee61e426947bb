// Package randutil makes random strings; what they are for is decided by
// the callers, in other packages.
package randutil

import (
	"fmt"
	"math/rand/v2"
)

const chars = "abcdefghijklmnopqrstuvwxyz"

func String(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = chars[rand.IntN(len(chars))]
	}
	return string(b)
}

func Hex() string {
	return fmt.Sprintf("%016x", rand.Uint64())
}
