// Package c8weak seeds ChaCha8 generators with a constant or the time: the
// generator is strong, its seed is not, and the output can be recomputed.
package c8weak

import (
	"c8weakpool"
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"encoding/hex"
	"math/rand/v2"
	"time"
)

func APIKey() string {
	c := rand.NewChaCha8([32]byte{})
	apiKey := make([]byte, 16)
	c.Read(apiKey) // want `\(\*rand.ChaCha8\).Read makes the API key`
	return hex.EncodeToString(apiKey)
}

func NewToken() string {
	var seed [32]byte
	binary.LittleEndian.PutUint64(seed[:], uint64(time.Now().UnixNano()))
	c := rand.NewChaCha8(seed)
	b := make([]byte, 16)
	c.Read(b) // want `\(\*rand.ChaCha8\).Read makes the token returned by NewToken`
	return hex.EncodeToString(b)
}

// Output of a pool of time-seeded ChaCha8s in another package.
func Block() (cipher.Block, error) {
	return aes.NewCipher(c8weakpool.RandomBytes(32)) // want `c8weakpool.RandomBytes returns math/rand output, and it becomes the key of aes.NewCipher`
}

func Session() string {
	sessionKey := hex.EncodeToString(c8weakpool.RandomBytes(16)) // want `c8weakpool.RandomBytes returns math/rand output, and it becomes the session`
	return sessionKey
}
