// Package tea is a stub of golang.org/x/crypto/tea.
//
// Deprecated: any new system should use AES.
package tea

import "crypto/cipher"

const BlockSize = 8

func NewCipher(key []byte) (cipher.Block, error) { return nil, nil }

func NewCipherWithRounds(key []byte, rounds int) (cipher.Block, error) { return nil, nil }
