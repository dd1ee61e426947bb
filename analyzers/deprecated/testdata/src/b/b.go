package b

import (
	"crypto/rand"
	"errors"
	"math/big"

	dgrijalva "github.com/dgrijalva/jwt-go"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bn256"
	"golang.org/x/crypto/curve25519"
	"golang.org/x/crypto/poly1305"
)

func Shared(priv, peer *[32]byte) [32]byte {
	var out [32]byte
	curve25519.ScalarMult(&out, priv, peer) // want `curve25519.ScalarMult is deprecated and insecure: for a low-order peer point .*; use curve25519.X25519`
	return out
}

func SharedChecked(priv, peer []byte) ([]byte, error) {
	if len(priv) != curve25519.ScalarSize {
		return nil, errors.New("bad key")
	}
	return curve25519.X25519(priv, peer)
}

func Public(priv *[32]byte) [32]byte {
	var pub [32]byte
	curve25519.ScalarBaseMult(&pub, priv)
	return pub
}

func SigningKey(pemBytes []byte, passphrase string) (any, error) {
	return jwt.ParseRSAPrivateKeyFromPEMWithPassword(pemBytes, passphrase) // want `jwt.ParseRSAPrivateKeyFromPEMWithPassword is deprecated and insecure: it decrypts with x509.DecryptPEMBlock`
}

func LegacySigningKey(pemBytes []byte, passphrase string) (any, error) {
	return dgrijalva.ParseRSAPrivateKeyFromPEMWithPassword(pemBytes, passphrase) // want `jwt.ParseRSAPrivateKeyFromPEMWithPassword is deprecated`
}

func PlainSigningKey(pemBytes []byte) (any, error) {
	return jwt.ParseRSAPrivateKeyFromPEM(pemBytes)
}

// Packages deprecated as a whole: the first use in each declaration.

func Tag(msg []byte, key *[32]byte) [16]byte {
	var tag [16]byte
	poly1305.Sum(&tag, msg, key) // want `poly1305.Sum \(package golang.org/x/crypto/poly1305\) is deprecated and insecure: Poly1305 is a one-time authenticator`
	if !poly1305.Verify(&tag, msg, key) {
		panic("unreachable")
	}
	return tag
}

func Streaming(msg []byte, key *[32]byte) []byte {
	h := poly1305.New(key) // want `poly1305.New \(package golang.org/x/crypto/poly1305\)`
	h.Write(msg)
	return h.Sum(nil)
}

func BLSKey() (*big.Int, *bn256.G2, error) {
	return bn256.RandomG2(rand.Reader) // want `bn256.RandomG2 \(package golang.org/x/crypto/bn256\) is deprecated and insecure`
}

func BLSSign(k *big.Int, h *bn256.G1) []byte {
	sig := new(bn256.G1).ScalarMult(h, k) // want `new\(bn256.G1\).ScalarMult \(package golang.org/x/crypto/bn256\)`
	return bn256.Pair(sig, new(bn256.G2).ScalarBaseMult(big.NewInt(1))).Marshal()
}
