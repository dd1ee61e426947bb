// Package xtea is a stub of golang.org/x/crypto/xtea.
//
// Deprecated: any new system should use AES.
package xtea

const BlockSize = 8

type Cipher struct{}

func (c *Cipher) BlockSize() int          { return BlockSize }
func (c *Cipher) Encrypt(dst, src []byte) {}
func (c *Cipher) Decrypt(dst, src []byte) {}

func NewCipher(key []byte) (*Cipher, error) { return &Cipher{}, nil }
