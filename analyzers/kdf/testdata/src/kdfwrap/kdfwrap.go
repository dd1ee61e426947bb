// Package kdfwrap wraps the KDFs for the rest of the application.
package kdfwrap

import (
	"crypto/pbkdf2"
	"crypto/sha256"

	"golang.org/x/crypto/bcrypt"
)

// HashPassword hashes a password with the given bcrypt cost.
func HashPassword(password []byte, cost int) ([]byte, error) {
	return bcrypt.GenerateFromPassword(password, cost)
}

// Derive derives a key with PBKDF2-HMAC-SHA256.
func Derive(password string, salt []byte, iterations, keyLen int) ([]byte, error) {
	return pbkdf2.Key(sha256.New, password, salt, iterations, keyLen)
}

// DeriveAtLeast raises a low iteration count to the OWASP minimum.
func DeriveAtLeast(password string, salt []byte, iterations int) ([]byte, error) {
	if iterations < 600000 {
		iterations = 600000
	}
	return pbkdf2.Key(sha256.New, password, salt, iterations, 32)
}

// HashAtLeast never hashes below cost 12.
func HashAtLeast(password []byte, cost int) ([]byte, error) {
	return bcrypt.GenerateFromPassword(password, max(cost, 12))
}
