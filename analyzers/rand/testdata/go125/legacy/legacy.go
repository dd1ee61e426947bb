// Package legacy is in a go 1.25 module: rsa, ecdsa and ecdh read the
// reader they are given.
package legacy

import (
	"crypto/ecdh"
	"crypto/rsa"
	"math/rand"
)

func Key(seed int64) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.New(rand.NewSource(seed)), 2048) // want `rsa.GenerateKey uses a math/rand generator .*before Go 1.26`
}

func Exchange(seed int64) (*ecdh.PrivateKey, error) {
	r := rand.New(rand.NewSource(seed))
	return ecdh.X25519().GenerateKey(r) // want `ecdh.Curve.GenerateKey uses a math/rand generator`
}
