package a

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"

	"golang.org/x/crypto/argon2"
	xhkdf "golang.org/x/crypto/hkdf"
	"golang.org/x/crypto/scrypt"
)

// A salt buffer that is never filled is all zeros.
func zeroSalt(pw []byte) []byte {
	var salt [16]byte
	return argon2.IDKey(pw, salt[:], 3, 64*1024, 4, 32) // want `constant salt.*all zeros`
}

// io.ReadFull from crypto/rand, into 8 bytes: a warning.
func eightBytes(pw []byte) ([]byte, []byte, error) {
	salt := make([]byte, 8)
	if _, err := io.ReadFull(rand.Reader, salt); err != nil {
		return nil, nil, err
	}
	key, err := scrypt.Key(pw, salt, 1<<17, 8, 1, 32) // want `8-byte salt`
	return salt, key, err
}

// A helper that returns 16 random bytes.
func newSalt() []byte {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}

func fromHelper(pw []byte) ([]byte, []byte) {
	salt := newSalt()
	return salt, argon2.IDKey(pw, salt, 3, 64*1024, 4, 32)
}

// A constant salt captured by a closure.
func closure() func([]byte) []byte {
	salt := []byte("closure-salt")
	return func(pw []byte) []byte {
		return argon2.IDKey(pw, salt, 3, 64*1024, 4, 32) // want `constant salt`
	}
}

// The e-mail address formatted into a salt.
func formatted(email string, pw []byte) ([]byte, error) {
	return scrypt.Key(pw, []byte(fmt.Sprintf("%s@acme-login", email)), 1<<17, 8, 1, 32) // want `predictable salt`
}

// HKDF on a password held in a struct field.
type loginRequest struct {
	Email, Password string
}

func hkdfField(req *loginRequest) ([]byte, error) {
	return hkdf.Key(sha256.New, []byte(req.Password), []byte("login"), "auth", 32) // want `constant salt`
}

// HKDF on a key: a fixed salt is fine.
func hkdfKey(master []byte) []byte {
	return xhkdf.Extract(sha256.New, master, []byte("app-v1"))
}
