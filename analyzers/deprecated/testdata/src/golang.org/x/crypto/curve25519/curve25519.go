// Package curve25519 is a stub of golang.org/x/crypto/curve25519.
package curve25519

const (
	ScalarSize = 32
	PointSize  = 32
)

var Basepoint []byte

// Deprecated: when provided a low-order point, ScalarMult will set dst to all
// zeroes, irrespective of the scalar. Instead, use the X25519 function, which
// will return an error.
func ScalarMult(dst, scalar, point *[32]byte) {}

func ScalarBaseMult(dst, scalar *[32]byte) {}

func X25519(scalar, point []byte) ([]byte, error) { return nil, nil }
