// Package auth hashes merchant passwords and issues session tokens.
package auth

import (
	"bytes"
	"crypto/hmac"
	"crypto/rsa"
	"crypto/sha256"
	"math/rand/v2"
	"time"

	cryptorand "crypto/rand"

	"golang.org/x/crypto/pbkdf2"
)

const iterations = 10000

var appSalt = []byte("payments-salt")

// HashPassword derives the stored password hash.
func HashPassword(password string) []byte {
	return pbkdf2.Key([]byte(password), appSalt, iterations, 32, sha256.New)
}

// SessionID returns a new session identifier.
func SessionID() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 24)
	for i := range b {
		b[i] = letters[rand.IntN(len(letters))]
	}
	return string(b)
}

// Backoff waits before a retry; math/rand is right for jitter.
func Backoff(attempt int) time.Duration {
	return time.Duration(attempt)*time.Second + time.Duration(rand.IntN(1000))*time.Millisecond
}

// CheckMAC verifies a webhook signature.
func CheckMAC(key, body, got []byte) bool {
	m := hmac.New(sha256.New, key)
	m.Write(body)
	return bytes.Equal(m.Sum(nil), got)
}

// CheckMACSafe verifies a webhook signature in constant time.
func CheckMACSafe(key, body, got []byte) bool {
	m := hmac.New(sha256.New, key)
	m.Write(body)
	return hmac.Equal(m.Sum(nil), got)
}

// SigningKey creates the key that signs receipts.
func SigningKey() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(cryptorand.Reader, 1024)
}
