package hmackey

import (
	"crypto/rand"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var demoKey = []byte("dev-secret")

const longSecret = "a-64-character-secret-for-hs512-tokens-0123456789abcdef012345678"

func Short(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub}).SignedString([]byte("secret")) // want `HS256 signing key is 6 bytes, shorter than the 32-byte hash output`
}

func PackageKey(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub})
	return tok.SignedString(demoKey) // want `HS256 signing key is 10 bytes`
}

func HS512(sub string) (string, error) {
	method := jwt.SigningMethodHS512
	key := []byte("0123456789abcdef0123456789abcdef")
	return jwt.New(method).SignedString(key) // want `HS512 signing key is 32 bytes, shorter than the 64-byte hash output`
}

func RandomButShort() (string, error) {
	key := make([]byte, 16)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return jwt.New(jwt.SigningMethodHS384).SignedString(key) // want `HS384 signing key is 16 bytes, shorter than the 48-byte hash output`
}

func ByteLiteral() ([]byte, error) {
	return jwt.SigningMethodHS256.Sign("header.payload", []byte{1, 2, 3, 4}) // want `HS256 signing key is 4 bytes`
}

// Negative: long enough, unknown length, or not HMAC.

func LongEnough() (string, error) {
	return jwt.New(jwt.SigningMethodHS512).SignedString([]byte(longSecret))
}

func RandomKey() (string, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString(key)
}

func FromEnvironment() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv("JWT_SECRET")))
}

func Rotated(next bool) (string, error) {
	key := []byte("old")
	if next {
		key = []byte(os.Getenv("JWT_SECRET"))
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString(key)
}

func NotHMAC(key any) (string, error) {
	return jwt.New(jwt.SigningMethodRS256).SignedString(key)
}

var passphrase = "hunter2"

func StringVariable() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(passphrase)) // want `HS256 signing key is 7 bytes`
}
