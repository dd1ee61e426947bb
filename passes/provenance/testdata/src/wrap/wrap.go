package wrap // want package:"provenance"

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

// DefaultKey is a constant key exported to other packages.
var DefaultKey = []byte("0123456789abcdef") // want DefaultKey:`provenance\(\{constant\(len 16\)\}\)`

// Encrypt seals msg under key with nonce.
func Encrypt(key, nonce, msg []byte) []byte { // want Encrypt:`param0->key\(crypto/aes.NewCipher\) param1->nonce\(crypto/cipher.AEAD.Seal\).* reads1`
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil
	}
	return aead.Seal(nil, nonce, msg, nil)
}

// Seal forwards to Encrypt: a wrapper of a wrapper.
func Seal(k, n, m []byte) []byte { // want Seal:`param0->key\(crypto/aes.NewCipher\) param1->nonce\(crypto/cipher.AEAD.Seal\)`
	return Encrypt(k, n, m)
}

// NewNonce returns a fresh random nonce.
func NewNonce() []byte { // want NewNonce:`result0=\{crypto/rand\}`
	n := make([]byte, 12)
	if _, err := io.ReadFull(rand.Reader, n); err != nil {
		panic(err)
	}
	return n
}

// Fill fills b with random bytes.
func Fill(b []byte) { // want Fill:`fills0=\{crypto/rand\}`
	rand.Read(b)
}

// LegacyKey returns a constant key.
func LegacyKey() []byte { // want LegacyKey:`result0=\{constant\(len 16\)\}`
	return []byte("fedcba9876543210")
}

// Box keeps a key for later use.
type Box struct{ key []byte }

// NewBox keeps key: its parameter reaches the key role through a field.
func NewBox(key []byte) *Box { return &Box{key: key} } // want NewBox:`param0->key\(crypto/aes.NewCipher\)`

// Block returns the block cipher for the kept key.
func (b *Box) Block() (cipher.Block, error) { return aes.NewCipher(b.key) }
