// Package poly1305 is a stub of golang.org/x/crypto/poly1305.
//
// Deprecated: Poly1305 as implemented by this package is a cryptographic
// building block that is not safe for general purpose use.
package poly1305

const TagSize = 16

func Sum(out *[16]byte, m []byte, key *[32]byte) {}

func Verify(mac *[16]byte, m []byte, key *[32]byte) bool { return false }

type MAC struct{}

func New(key *[32]byte) *MAC { return nil }

func (h *MAC) Write(p []byte) (n int, err error) { return 0, nil }

func (h *MAC) Sum(b []byte) []byte { return nil }
