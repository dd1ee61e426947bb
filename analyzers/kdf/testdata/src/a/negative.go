package a

import (
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"os"
	"strconv"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	xpbkdf2 "golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// OWASP parameters through named constants.
const (
	iterations = 600_000
	scryptN    = 1 << 17
	argonTime  = 3
	argonMem   = 64 * 1024
)

func good(pw string, salt []byte) {
	pbkdf2.Key(sha256.New, pw, salt, iterations, 32)
	pbkdf2.Key(sha512.New, pw, salt, 220_000, 64)
	scrypt.Key([]byte(pw), salt, scryptN, 8, 1, 32)
	scrypt.Key([]byte(pw), salt, 1<<14, 8, 5, 32)  // an OWASP equivalent
	scrypt.Key([]byte(pw), salt, 1<<16, 16, 1, 32) // r=16 doubles the memory
	argon2.IDKey([]byte(pw), salt, argonTime, argonMem, 4, 32)
	argon2.IDKey([]byte(pw), salt, 1, 47104, 1, 32)
	argon2.Key([]byte(pw), salt, 3, 32*1024, 4, 32)
	bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	bcrypt.GenerateFromPassword([]byte(pw), 12)
}

// A cost under bcrypt.MinCost is replaced by the default.
func zeroCost(pw []byte) ([]byte, error) {
	return bcrypt.GenerateFromPassword(pw, 0)
}

// Clamped to at least the default.
func clamped(pw []byte, cost int) ([]byte, error) {
	if cost < bcrypt.DefaultCost {
		cost = bcrypt.DefaultCost
	}
	return bcrypt.GenerateFromPassword(pw, cost)
}

func clampedMax(pw []byte, cost int) ([]byte, error) {
	return bcrypt.GenerateFromPassword(pw, max(cost, bcrypt.DefaultCost))
}

// Rehash on login when the stored cost is lower than the current one.
func rehash(stored, pw []byte) ([]byte, error) {
	cost, err := bcrypt.Cost(stored)
	if err != nil {
		return nil, err
	}
	if cost < bcrypt.DefaultCost {
		return bcrypt.GenerateFromPassword(pw, bcrypt.DefaultCost)
	}
	return nil, nil
}

// Parameters from the environment are not visible.
func configured(pw, salt []byte) ([]byte, error) {
	n, err := strconv.Atoi(os.Getenv("SCRYPT_N"))
	if err != nil {
		return nil, err
	}
	return scrypt.Key(pw, salt, n, 8, 1, 32)
}

// Parameters stored with a hash and read back to verify it.
type stored struct {
	Time, Memory uint32
	Threads      uint8
	Salt, Hash   []byte
}

func (s *stored) verify(pw []byte) []byte {
	return argon2.IDKey(pw, s.Salt, s.Time, s.Memory, s.Threads, uint32(len(s.Hash)))
}

// HKDF derives short values from high-entropy keys: not a password KDF.
func nonceFromKey(master, salt []byte) ([]byte, error) {
	return hkdf.Key(sha256.New, master, salt, "nonce", 12)
}

// A strong cost chosen on one path.
func eitherStrong(pw []byte, fastMode bool) ([]byte, error) {
	cost := 12
	if fastMode {
		cost = 8
	}
	return bcrypt.GenerateFromPassword(pw, cost)
}

// PBKDF2 over a random key wraps a key: no work factor is needed.
func wrapKey(salt []byte) ([]byte, []byte) {
	key := make([]byte, 32)
	rand.Read(key)
	return key, xpbkdf2.Key(key, salt, 4096, 32, sha256.New)
}

// A 12-byte output used as a GCM nonce is not a key.
func sealWithDerivedNonce(aead cipher.AEAD, pw, salt, msg []byte) []byte {
	nonce := xpbkdf2.Key(pw, salt, 600000, 12, sha256.New)
	return aead.Seal(nil, nonce, msg, nil)
}
