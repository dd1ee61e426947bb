// Package vaultuser calls another package's wrapper: the nonce role of
// vault.Seal's parameter reaches this package as a fact.
package vaultuser

import (
	"crypto/rand"
	"io"

	"vault"
)

var zeroNonce = make([]byte, 12)

func constant(key, msg []byte) []byte {
	return vault.Seal(key, zeroNonce, msg) // want `constant nonce: the nonce of vault.Seal \(which passes it to cipher.AEAD.Seal\)`
}

func random(key, msg []byte) []byte {
	nonce := make([]byte, 12)
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		panic(err)
	}
	return vault.Seal(key, nonce, msg)
}

// Decryption takes the stored nonce, constant or not: never a finding.
func open(key, ct []byte) ([]byte, error) {
	return vault.Open(key, make([]byte, 12), ct)
}
