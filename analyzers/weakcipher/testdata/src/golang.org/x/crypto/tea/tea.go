// Package tea is a stub of golang.org/x/crypto/tea.
//
// Deprecated: any new system should use AES.
package tea

import "crypto/cipher"

const BlockSize = 8

// NewCipher is the package's own use of its constructor: not reported.
func NewCipher(key []byte) (cipher.Block, error) { return NewCipherWithRounds(key, numRounds) }

const numRounds = 64

func NewCipherWithRounds(key []byte, rounds int) (cipher.Block, error) { return nil, nil }
