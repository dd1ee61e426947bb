// Package keygen wraps RSA key generation; the size is the caller's.
package keygen

import (
	"crypto/rand"
	"crypto/rsa"
)

// New generates a key of the given size.
func New(bits int) (*rsa.PrivateKey, error) { return rsa.GenerateKey(rand.Reader, bits) }

// Sized generates a key of at least 3072 bits, whatever the caller asks.
func Sized(bits int) (*rsa.PrivateKey, error) {
	if bits < 3072 {
		bits = 3072
	}
	return rsa.GenerateKey(rand.Reader, bits)
}
