package a

import (
	"crypto"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	xpbkdf2 "golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

func pbkdf2Literal(pw string, salt []byte) ([]byte, error) {
	return pbkdf2.Key(sha256.New, pw, salt, 10000, 32) // want `PBKDF2-HMAC-SHA256 with 10000 iterations in pbkdf2.Key is fast to brute-force on GPUs; OWASP recommends at least 600000 \(set -kdf.pbkdf2-sha256 to change the threshold\)`
}

const legacyIterations = 100_000

func pbkdf2SHA512(pw, salt []byte) []byte {
	return xpbkdf2.Key(pw, salt, legacyIterations, 64, sha512.New) // want `PBKDF2-HMAC-SHA512 with 100000 iterations \(legacyIterations\)`
}

// SHA-1 needs more iterations: 1,000,000 is not enough.
func pbkdf2SHA1(pw, salt []byte) []byte {
	return xpbkdf2.Key(pw, salt, 1_000_000, 32, sha1.New) // want `PBKDF2-HMAC-SHA1 with 1000000 iterations`
}

// The hash as a crypto.Hash method value.
func pbkdf2CryptoHash(pw string, salt []byte) ([]byte, error) {
	return pbkdf2.Key(crypto.SHA256.New, pw, salt, 310000, 32) // want `PBKDF2-HMAC-SHA256 with 310000 iterations`
}

// A function literal returning the hash.
func pbkdf2Closure(pw, salt []byte) []byte {
	return xpbkdf2.Key(pw, salt, 500000, 32, func() hash.Hash { return sha256.New() }) // want `PBKDF2-HMAC-SHA256 with 500000 iterations`
}

// An unknown hash: the smallest threshold applies.
func pbkdf2AnyHash(h func() hash.Hash, pw, salt []byte) []byte {
	return xpbkdf2.Key(pw, salt, 4096, 32, h) // want `PBKDF2 with 4096 iterations in pbkdf2.Key is fast to brute-force on GPUs whatever the hash`
}

var loginCost = 9

func bcryptVar(pw []byte) ([]byte, error) {
	return bcrypt.GenerateFromPassword(pw, loginCost) // want `bcrypt cost 9 \(loginCost\)`
}

// scrypt: N=2^15 with p=1 is below every OWASP set.
func scryptLocal(pw, salt []byte) ([]byte, error) {
	n, r, p := 32768, 8, 1
	return scrypt.Key(pw, salt, n, r, p, 32) // want `scrypt with N=32768, r=8, p=1 in scrypt.Key uses too little memory`
}

// N=2^17 with r=4 uses half the memory of r=8.
func scryptSmallBlock(pw, salt []byte) ([]byte, error) {
	return scrypt.Key(pw, salt, 1<<17, 4, 1, 32) // want `scrypt with N=131072, r=4, p=1`
}

// Argon2id through a struct default.
type params struct {
	time, memory uint32
	threads      uint8
}

var fast = params{time: 2, memory: 8 * 1024, threads: 1}

func argonStruct(pw, salt []byte) []byte {
	p := fast
	return argon2.IDKey(pw, salt, p.time, p.memory, p.threads, 32) // want `Argon2id with t=2 and m=8192 KiB`
}

// Argon2i needs three passes.
func argon2i(pw, salt []byte) []byte {
	return argon2.Key(pw, salt, 1, 64*1024, 4, 32) // want `Argon2i with t=1 in argon2.Key`
}

// A derived key of 8 bytes is an error, 15 bytes a warning.
const tagKeyLen = 8

func shortKey(pw string, salt []byte) ([]byte, error) {
	return pbkdf2.Key(sha256.New, pw, salt, 600000, tagKeyLen) // want `pbkdf2.Key derives a key of 8 bytes \(64 bits\) \(tagKeyLen\)`
}

func almostKey(pw, salt []byte) ([]byte, error) {
	return scrypt.Key(pw, salt, 1<<17, 8, 1, 15) // want `scrypt.Key derives a key of 15 bytes`
}

// A weak constant chosen on one path, a weaker one on the other.
func eitherWeak(pw []byte, fastMode bool) ([]byte, error) {
	cost := 8
	if fastMode {
		cost = 5
	}
	return bcrypt.GenerateFromPassword(pw, cost) // want `bcrypt cost 8`
}

// A wrapper of the package that fixes the hash.
func deriveSHA256(pw string, salt []byte, iter int) ([]byte, error) {
	return pbkdf2.Key(sha256.New, pw, salt, iter, 32)
}

func callsWrapper(pw string, salt []byte) ([]byte, error) {
	return deriveSHA256(pw, salt, 300000) // want `PBKDF2-HMAC-SHA256 with 300000 iterations in pbkdf2.Key \(through a.deriveSHA256\)`
}
