// Package secretbox is a stub of golang.org/x/crypto/nacl/secretbox.
package secretbox

const Overhead = 16

func Seal(out, message []byte, nonce *[24]byte, key *[32]byte) []byte { return nil }

func Open(out, box []byte, nonce *[24]byte, key *[32]byte) ([]byte, bool) { return nil, false }
