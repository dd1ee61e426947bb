// Package poly1305 is a stub of golang.org/x/crypto/poly1305.
package poly1305

func Sum(out *[16]byte, m []byte, key *[32]byte) {}
