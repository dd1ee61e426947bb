// Package blowfish is a stub of golang.org/x/crypto/blowfish.
//
// Deprecated: any new system should use AES.
package blowfish

const BlockSize = 8

type Cipher struct{}

func (c *Cipher) BlockSize() int          { return BlockSize }
func (c *Cipher) Encrypt(dst, src []byte) {}
func (c *Cipher) Decrypt(dst, src []byte) {}

func NewCipher(key []byte) (*Cipher, error) { return &Cipher{}, nil }

func NewSaltedCipher(key, salt []byte) (*Cipher, error) { return &Cipher{}, nil }

func ExpandKey(key []byte, c *Cipher) {}
