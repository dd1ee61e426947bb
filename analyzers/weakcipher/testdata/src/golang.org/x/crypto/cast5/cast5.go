// Package cast5 is a stub of golang.org/x/crypto/cast5.
//
// Deprecated: any new system should use AES.
package cast5

const BlockSize = 8

type Cipher struct{}

func (c *Cipher) BlockSize() int          { return BlockSize }
func (c *Cipher) Encrypt(dst, src []byte) {}
func (c *Cipher) Decrypt(dst, src []byte) {}

func NewCipher(key []byte) (c *Cipher, err error) { return &Cipher{}, nil }
