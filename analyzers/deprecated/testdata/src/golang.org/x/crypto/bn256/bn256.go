// Package bn256 is a stub of golang.org/x/crypto/bn256.
//
// Deprecated: due to its weakened security, new systems should not rely on this
// elliptic curve.
package bn256

import (
	"io"
	"math/big"
)

type G1 struct{}

type G2 struct{}

type GT struct{}

func RandomG2(r io.Reader) (*big.Int, *G2, error) { return nil, nil, nil }

func (e *G1) ScalarBaseMult(k *big.Int) *G1 { return e }

func (e *G1) ScalarMult(a *G1, k *big.Int) *G1 { return e }

func (e *G2) ScalarBaseMult(k *big.Int) *G2 { return e }

func (e *GT) Marshal() []byte { return nil }

func Pair(g1 *G1, g2 *G2) *GT { return nil }
