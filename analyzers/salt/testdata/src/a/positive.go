package a

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	mrand "math/rand/v2"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"
	xhkdf "golang.org/x/crypto/hkdf"
	xpbkdf2 "golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// A literal in the call.
func literal(pw string) ([]byte, error) {
	return pbkdf2.Key(sha512.New, pw, []byte("static salt value!"), 300000, 32) // want `constant salt`
}

// A package variable only ever assigned a constant.
var tenantSalt = []byte{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10}

func packageVar(pw []byte) ([]byte, error) {
	return scrypt.Key(pw, tenantSalt, 1<<17, 8, 1, 32) // want `constant salt`
}

// A named string constant, converted at the call.
const kekSalt = "kek-derivation"

func namedConst(pw []byte) []byte {
	return xpbkdf2.Key(pw, []byte(kekSalt), 700000, 32, sha256.New) // want `constant salt`
}

// A hex constant decoded at run time is still a constant.
func hexDecoded(pw []byte) ([]byte, error) {
	salt, err := hex.DecodeString("7d1c6f0aa4b9e2310c5e8f7a9b3d2e1f")
	if err != nil {
		return nil, err
	}
	return scrypt.Key(pw, salt, 1<<17, 8, 1, 32) // want `constant salt`
}

// A struct field whose default is never overwritten.
type options struct {
	salt    []byte
	time    uint32
	memory  uint32
	threads uint8
}

var defaultOptions = options{salt: []byte("defaults-salt-16"), time: 3, memory: 64 * 1024, threads: 4}

func structDefault(pw []byte) []byte {
	o := defaultOptions
	return argon2.IDKey(pw, o.salt, o.time, o.memory, o.threads, 32) // want `constant salt`
}

// A helper that returns a constant.
func appSalt() []byte { return []byte("my-application") }

func helper(pw []byte) []byte {
	return argon2.IDKey(pw, appSalt(), 3, 64*1024, 4, 32) // want `constant salt`
}

// No salt at all.
func noSalt(pw string) ([]byte, error) {
	return pbkdf2.Key(sha256.New, pw, nil, 600000, 32) // want `no salt`
}

// A salt made from the clock is predictable.
func clockSalt(pw []byte) []byte {
	salt := []byte(time.Now().Format(time.RFC3339Nano))
	return argon2.IDKey(pw, salt, 3, 64*1024, 4, 32) // want `clock`
}

// A salt drawn from math/rand is predictable.
func mathRandSalt(pw []byte) ([]byte, error) {
	salt := make([]byte, 16)
	for i := range salt {
		salt[i] = byte(mrand.IntN(256))
	}
	return scrypt.Key(pw, salt, 1<<17, 8, 1, 32) // want `math/rand`
}

// A random salt of 4 bytes repeats across users: an error.
func tinySalt(pw []byte) ([]byte, []byte) {
	salt := make([]byte, 4)
	if _, err := rand.Read(salt); err != nil {
		panic(err)
	}
	return salt, argon2.IDKey(pw, salt, 3, 64*1024, 4, 32) // want `4-byte salt`
}

// 12 random bytes: below 16, a warning.
func shortSalt(pw string) ([]byte, []byte, error) {
	salt := make([]byte, 12)
	rand.Read(salt)
	key, err := pbkdf2.Key(sha256.New, pw, salt, 600000, 32) // want `12-byte salt`
	return salt, key, err
}

// Constant text combined with the user name is predictable.
func userSalt(user, pw string) ([]byte, error) {
	salt := []byte("acme/" + strings.ToLower(user))
	return pbkdf2.Key(sha256.New, pw, salt, 600000, 32) // want `predictable salt`
}

// A hash of the e-mail address is the same on every installation.
func emailSalt(email string, pw []byte) []byte {
	sum := sha256.Sum256([]byte(email))
	return argon2.IDKey(pw, sum[:16], 3, 64*1024, 4, 32) // want `predictable salt`
}

// HKDF used to stretch a password is a password KDF: its salt matters.
func hkdfPassword(password string) ([]byte, error) {
	r := xhkdf.New(sha256.New, []byte(password), []byte("fixed"), []byte("login")) // want `constant salt`
	key := make([]byte, 32)
	_, err := r.Read(key)
	return key, err
}

func hkdfPassphrase(passphrase []byte) ([]byte, error) {
	return hkdf.Key(sha256.New, passphrase, nil, "backup key", 32) // want `no salt`
}
