// Package c8weakpool keeps time-seeded ChaCha8 generators in a sync.Pool:
// one generator of the package is not seeded from crypto/rand, so a
// *ChaCha8 taken out of the pool is not known to be strong.
package c8weakpool

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	rand2 "math/rand/v2"
	"sync"
	"time"
)

var pool = sync.Pool{New: func() any {
	var seed [32]byte
	binary.LittleEndian.PutUint64(seed[:], uint64(time.Now().UnixNano()))
	return rand2.NewChaCha8(seed)
}}

func strong() *rand2.ChaCha8 {
	var seed [32]byte
	rand.Read(seed[:])
	return rand2.NewChaCha8(seed)
}

func randomBytes(n int) []byte {
	c := pool.Get().(*rand2.ChaCha8)
	defer pool.Put(c)
	b := make([]byte, n)
	c.Read(b) // want `\(\*rand.ChaCha8\).Read makes the token returned by NewToken`
	return b
}

func NewToken() string {
	return hex.EncodeToString(randomBytes(16))
}

func Salt() []byte { // want Salt:"strongChaCha8"
	salt := make([]byte, 16)
	strong().Read(salt)
	return salt
}

func RandomBytes(n int) []byte {
	return randomBytes(n)
}
