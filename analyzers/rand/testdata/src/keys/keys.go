// Package keys draws key material from math/rand in many ways.
package keys

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/pbkdf2"
	crand "crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"io"
	"math/big"
	"math/rand"
	randv2 "math/rand/v2"
	"time"

	"golang.org/x/crypto/nacl/box"
)

var rng = rand.New(rand.NewSource(time.Now().UnixNano()))

// A CBC IV read from a math/rand generator through io.ReadFull.
func encryptCBC(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	if _, err := io.ReadFull(rng, iv); err != nil { // want `io.ReadFull reads from a math/rand generator, and the result becomes the nonce of cipher.NewCBCEncrypter`
		return nil, err
	}
	out := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plaintext)
	return append(iv, out...), nil
}

// An HMAC key built from rand.Uint64 through a helper.
func macKey() []byte {
	k := make([]byte, 16)
	binary.BigEndian.PutUint64(k, rand.Uint64()) // want `rand.Uint64 makes the key of hmac.New`
	return k
}

func sign(msg []byte) []byte {
	m := hmac.New(sha256.New, macKey())
	m.Write(msg)
	return m.Sum(nil)
}

// A salt from a time-seeded ChaCha8, kept in a struct field.
type hasher struct {
	src *randv2.ChaCha8
}

func newHasher() *hasher {
	var seed [32]byte
	binary.LittleEndian.PutUint64(seed[:], uint64(time.Now().UnixNano()))
	return &hasher{src: randv2.NewChaCha8(seed)}
}

func (h *hasher) hash(password string) ([]byte, error) {
	salt := make([]byte, 16)
	h.src.Read(salt) // want `\(\*rand.ChaCha8\).Read makes the salt of pbkdf2.Key`
	return pbkdf2.Key(sha256.New, password, salt, 600000, 32)
}

// A ChaCha8 seeded from crypto/rand is a cryptographically strong
// generator: not reported.
func strongSalt(password string) ([]byte, error) {
	var seed [32]byte
	if _, err := crand.Read(seed[:]); err != nil {
		return nil, err
	}
	c := randv2.NewChaCha8(seed)
	salt := make([]byte, 16)
	c.Read(salt)
	return pbkdf2.Key(sha256.New, password, salt, 600000, 32)
}

// Key generation with a math/rand source.
func identity() (ed25519.PrivateKey, error) {
	_, priv, err := ed25519.GenerateKey(rng) // want `ed25519.GenerateKey uses a math/rand generator as its random source`
	return priv, err
}

func boxKey(seed int64) (*[32]byte, error) {
	r := rand.New(rand.NewSource(seed))
	_, priv, err := box.GenerateKey(r) // want `box.GenerateKey uses a math/rand generator`
	return priv, err
}

// Since Go 1.26 (the go line of this test) rsa, ecdsa and ecdh ignore the
// reader: not reported here (see go125/legacy for older modules).
func rsaKey() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rng, 3072)
}

func ecKey() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P256(), rng)
}

// Certificates: the reader makes the serial number.
func selfSigned(tmpl *x509.Certificate, key *ecdsa.PrivateKey) ([]byte, error) {
	return x509.CreateCertificate(rng, tmpl, tmpl, &key.PublicKey, key) // want `x509.CreateCertificate uses a math/rand generator`
}

// crypto/rand.Int over a math/rand reader is math/rand.
func pin() (*big.Int, error) {
	pinCode, err := crand.Int(rng, big.NewInt(1000000)) // want `rand.Int reads from a math/rand generator, and the result becomes the pin code`
	return pinCode, err
}

// Properly random keys are not reported.
func goodKey() ([]byte, error) {
	key := make([]byte, 32)
	_, err := crand.Read(key)
	return key, err
}
