// Package twofish is a stub of golang.org/x/crypto/twofish.
package twofish

const BlockSize = 16

type Cipher struct{}

func (c *Cipher) BlockSize() int          { return BlockSize }
func (c *Cipher) Encrypt(dst, src []byte) {}
func (c *Cipher) Decrypt(dst, src []byte) {}

func NewCipher(key []byte) (*Cipher, error) { return &Cipher{}, nil }
