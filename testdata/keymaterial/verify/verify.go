// Package verify checks release signatures with an embedded public key.
package verify

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	_ "embed"
	"encoding/pem"
	"errors"
)

//go:embed release.pub
var releaseKey []byte

// Release reports whether sig is a valid signature of data by the release key.
func Release(data, sig []byte) (bool, error) {
	b, _ := pem.Decode(releaseKey)
	if b == nil {
		return false, errors.New("verify: no PEM block")
	}
	k, err := x509.ParsePKIXPublicKey(b.Bytes)
	if err != nil {
		return false, err
	}
	pub, ok := k.(*ecdsa.PublicKey)
	if !ok {
		return false, errors.New("verify: not an ECDSA key")
	}
	sum := sha256.Sum256(data)
	return ecdsa.VerifyASN1(pub, sum[:], sig), nil
}
