package a

import (
	"bytes"
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"os"

	"golang.org/x/crypto/argon2"
	xpbkdf2 "golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// A random 16-byte salt, stored with the hash and read back to verify.
type record struct {
	salt []byte
	hash []byte
}

func newRecord(pw []byte) (*record, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, err
	}
	return &record{salt: salt, hash: argon2.IDKey(pw, salt, 3, 64*1024, 4, 32)}, nil
}

func (r *record) check(pw []byte) bool {
	return subtle.ConstantTimeCompare(argon2.IDKey(pw, r.salt, 3, 64*1024, 4, 32), r.hash) == 1
}

// The salt comes from the caller: checked where the wrapper is called.
func wrapper(pw string, salt []byte) ([]byte, error) {
	return pbkdf2.Key(sha256.New, pw, salt, 600000, 32)
}

// A salt read from a file is not visible.
func fromFile(pw []byte) ([]byte, error) {
	salt, err := os.ReadFile("/etc/app/salt")
	if err != nil {
		return nil, err
	}
	return scrypt.Key(pw, salt, 1<<17, 8, 1, 32)
}

// A fixed prefix in front of random bytes: still unique per password.
func prefixed(pw []byte) ([]byte, []byte) {
	r := make([]byte, 16)
	rand.Read(r)
	salt := append([]byte("v2:"), r...)
	return salt, argon2.IDKey(pw, salt, 3, 64*1024, 4, 32)
}

// A domain-separation prefix in front of a salt given by the caller.
func domainSeparated(pw []byte, salt []byte) []byte {
	return argon2.IDKey(pw, append([]byte("files:"), salt...), 3, 64*1024, 4, 32)
}

// HKDF on an ECDH shared secret: a fixed application salt, or none, is
// fine (RFC 5869 §3.1).
var handshakeSalt = []byte("example.org/handshake/v1")

func sessionKey(priv *ecdh.PrivateKey, peer *ecdh.PublicKey) ([]byte, error) {
	shared, err := priv.ECDH(peer)
	if err != nil {
		return nil, err
	}
	prk, err := hkdf.Extract(sha256.New, shared, handshakeSalt)
	if err != nil {
		return nil, err
	}
	return hkdf.Expand(sha256.New, prk, "session", 32)
}

func subkey(master []byte) ([]byte, error) {
	return hkdf.Key(sha256.New, master, nil, "subkey", 32)
}

// A protocol label in front of a salt read from the message header is
// domain separation.
func labelled(pw []byte, header string) ([]byte, error) {
	stored, err := hex.DecodeString(header)
	if err != nil {
		return nil, err
	}
	salt := append([]byte("example.org/v1/scrypt"), stored...)
	return scrypt.Key(pw, salt, 1<<17, 8, 1, 32)
}

// The JWE PBES2 salt: algorithm name, a zero byte, then the salt input.
func pbes2(pw string, alg string, p2s []byte, p2c int) ([]byte, error) {
	salt := bytes.Join([][]byte{[]byte(alg), p2s}, []byte{0})
	return pbkdf2.Key(sha256.New, pw, salt, p2c, 16)
}

// PBKDF2 over a random key wraps a key: the salt does not protect a
// password.
func wrapKey(salt []byte) ([]byte, []byte) {
	key := make([]byte, 32)
	rand.Read(key)
	return key, xpbkdf2.Key(key, []byte("wrapping"), 4096, 32, sha256.New)
}

// Filled through the io.Reader interface of crypto/rand.
func readerFill(pw []byte) ([]byte, []byte) {
	salt := make([]byte, 16)
	if _, err := rand.Reader.Read(salt); err != nil {
		panic(err)
	}
	return salt, argon2.IDKey(pw, salt, 3, 64*1024, 4, 32)
}

// An array salt filled by crypto/rand.
func arraySalt(pw []byte) ([32]byte, []byte) {
	var salt [32]byte
	rand.Read(salt[:])
	return salt, argon2.IDKey(pw, salt[:], 3, 64*1024, 4, 32)
}

// A configured salt with a constant fallback is not certain to be
// constant; the configured value is not visible.
type config struct{ Salt string }

func configuredSalt(cfg *config, pw []byte) ([]byte, error) {
	salt := cfg.Salt
	if salt == "" {
		salt = os.Getenv("APP_SALT")
	}
	return scrypt.Key(pw, []byte(salt), 1<<17, 8, 1, 32)
}
