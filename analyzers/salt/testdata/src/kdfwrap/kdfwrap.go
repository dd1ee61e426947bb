// Package kdfwrap wraps the KDFs for the rest of the application.
package kdfwrap

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"

	"golang.org/x/crypto/argon2"
)

// Derive derives a key from a password and a salt.
func Derive(password string, salt []byte) ([]byte, error) {
	return pbkdf2.Key(sha256.New, password, salt, 600000, 32)
}

// Hasher hashes passwords with Argon2id.
type Hasher struct{ Memory uint32 }

// Hash hashes the password with the given salt.
func (h *Hasher) Hash(password, salt []byte) []byte {
	return argon2.IDKey(password, salt, 3, h.Memory, 4, 32)
}

// Hash hashes a password; a nil salt asks for a random one.
func Hash(password, salt []byte) ([]byte, []byte) {
	if salt == nil {
		salt = make([]byte, 16)
		if _, err := rand.Read(salt); err != nil {
			panic(err)
		}
	}
	return salt, argon2.IDKey(password, salt, 3, 64*1024, 4, 32)
}
