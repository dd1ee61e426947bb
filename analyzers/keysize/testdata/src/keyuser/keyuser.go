// Package keyuser passes bit sizes to another package's wrapper: the
// wrapper's parameter reaches rsa.GenerateKey, known from its facts.
package keyuser

import (
	"crypto/rand"
	"crypto/rsa"

	"keygen"
)

const legacyBits = 1024

func Weak() (*rsa.PrivateKey, error) {
	return keygen.New(legacyBits) // want `keygen.New generates a 1024-bit RSA key \(legacyBits\) with rsa.GenerateKey`
}

func WeakLiteral() (*rsa.PrivateKey, error) {
	return keygen.New(512) // want `keygen.New generates a 512-bit RSA key with rsa.GenerateKey`
}

func local(bits int) (*rsa.PrivateKey, error) { return rsa.GenerateKey(rand.Reader, bits) }

func LocalWrapper() (*rsa.PrivateKey, error) {
	return local(1536) // want `keyuser.local generates a 1536-bit RSA key`
}

func Strong() (*rsa.PrivateKey, error) { return keygen.New(4096) }

// The wrapper raises small sizes itself.
func Clamped() (*rsa.PrivateKey, error) { return keygen.Sized(1024) }

// The caller's own size is not known here.
func Configured(bits int) (*rsa.PrivateKey, error) { return keygen.New(bits) }
