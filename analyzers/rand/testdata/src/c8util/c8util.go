// Package c8util draws fast random bytes from ChaCha8 generators kept in a
// sync.Pool, each seeded with 32 bytes from crypto/rand: math/rand/v2
// documents ChaCha8 as a cryptographically strong generator, so its output
// is as unpredictable as its seed. Nothing is reported.
package c8util

import (
	"crypto/rand"
	"encoding/hex"
	rand2 "math/rand/v2"
	"sync"
)

func CryptoRandomBytes(length int) []byte {
	buf := make([]byte, length)
	if _, err := rand.Read(buf); err != nil {
		panic(err)
	}
	return buf
}

var chaCha8RandPool = sync.OnceValue(func() *sync.Pool {
	return &sync.Pool{New: func() any {
		seed := CryptoRandomBytes(32)
		return rand2.NewChaCha8([32]byte(seed))
	}}
})

func FastCryptoRandomBytes(length int) []byte { // want FastCryptoRandomBytes:"strongChaCha8"
	pool := chaCha8RandPool()
	chaCha8Rand := pool.Get().(*rand2.ChaCha8)
	defer pool.Put(chaCha8Rand)
	buf := make([]byte, length)
	_, _ = chaCha8Rand.Read(buf)
	return buf
}

func FastCryptoRandomHex(length int) string { // want FastCryptoRandomHex:"strongChaCha8"
	return hex.EncodeToString(FastCryptoRandomBytes(length / 2))
}

// A token in the package itself.
func NewToken() string { // want NewToken:"strongChaCha8"
	return FastCryptoRandomHex(32)
}

// A ChaCha8 seeded with a buffer that crypto/rand.Read filled, used
// directly.
func SessionKey() []byte { // want SessionKey:"strongChaCha8"
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		panic(err)
	}
	c := rand2.NewChaCha8(seed)
	sessionKey := make([]byte, 32)
	c.Read(sessionKey)
	return sessionKey
}

// A rand.Rand over a crypto-seeded ChaCha8.
func ResetCode() uint64 { // want ResetCode:"strongChaCha8"
	var seed [32]byte
	rand.Read(seed[:])
	r := rand2.New(rand2.NewChaCha8(seed))
	resetCode := r.Uint64()
	return resetCode
}

// A seed from a helper of the package that returns crypto/rand bytes.
func Nonce() []byte { // want Nonce:"strongChaCha8"
	c := rand2.NewChaCha8([32]byte(CryptoRandomBytes(32)))
	nonce := make([]byte, 24)
	c.Read(nonce)
	return nonce
}
