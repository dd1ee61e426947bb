// Package counters draws integers called nonce from math/rand: account
// nonces, proof-of-work nonces and block nonces are sequence numbers, not
// cryptographic nonces. Byte-string nonces and integer session identifiers
// are still secrets.
package counters

import (
	"math/rand"
	mrand "math/rand/v2"
)

type Address [20]byte

type Transaction struct {
	nonce uint64
	to    Address
}

// NewTransaction takes an account nonce, as go-ethereum's does.
func NewTransaction(nonce uint64, to Address) *Transaction {
	return &Transaction{nonce: nonce, to: to}
}

// Fuzz input made from a seeded generator.
func FuzzTxs(n int) []*Transaction {
	rand := rand.New(rand.NewSource(0x3a29))
	txs := make([]*Transaction, n)
	for i := range txs {
		txs[i] = NewTransaction(rand.Uint64(), Address{byte(rand.Intn(256))})
	}
	return txs
}

type Block struct {
	Number uint64
	Nonce  uint64
}

func RandomBlocks() []Block {
	b := Block{Number: 1, Nonce: rand.Uint64()}
	var c Block
	c.Nonce = mrand.Uint64()
	nonce := mrand.Uint32()
	var iv uint32 = uint32(rand.Int31())
	_ = iv
	return []Block{b, c, {Nonce: uint64(nonce)}}
}

func Mine(nonce uint64) uint64 { return nonce * 2 }

func StartMining() uint64 { return Mine(mrand.Uint64()) }

// A nonce as bytes is a cryptographic nonce, whatever it is passed to.
func seal(nonce []byte, msg []byte) []byte { return append(nonce, msg...) }

func Encrypt(msg []byte) []byte {
	nonce := make([]byte, 12)
	rand.Read(nonce) // want `rand.Read makes the nonce assigned to nonce`
	return seal(nonce, msg)
}

func EncryptV2(msg []byte) []byte {
	var n [12]byte
	for i := range n {
		n[i] = byte(mrand.IntN(256)) // want `rand.IntN makes the nonce passed as nonce to seal`
	}
	return seal(n[:], msg)
}

// An integer session identifier is a secret.
func NewSession(sessions map[int64]string, user string) int64 {
	sessionID := rand.Int63() // want `rand.Int63 makes the session identifier assigned to sessionID`
	sessions[sessionID] = user
	return sessionID
}
