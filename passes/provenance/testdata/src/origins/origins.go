// Package origins exercises the provenance of values reaching crypto APIs.
package origins

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"io"
	mrand "math/rand"
	"os"
	"strconv"
	"time"

	"golang.org/x/crypto/chacha20poly1305"
)

const hexKey = "000102030405060708090a0b0c0d0e0f"

var packageKey = []byte("0123456789abcdef") // only ever a constant

var reassigned = []byte("0123456789abcdef")

func init() {
	reassigned = []byte(os.Getenv("KEY"))
}

type settings struct {
	key    []byte
	apiKey string
}

var defaults = settings{key: []byte("fedcba9876543210")}

func literal() {
	aes.NewCipher([]byte("0123456789abcdef")) // want `key aes.NewCipher \{constant\(len 16\)\}`
}

func constArith() {
	const n = 4 * 4
	aes.NewCipher(bytes.Repeat([]byte{'k'}, n)) // want `key aes.NewCipher \{constant\(len 16\)\}`
}

func decoded() {
	k, _ := hex.DecodeString(hexKey)
	aes.NewCipher(k) // want `key aes.NewCipher \{constant\(len 16\)\}`
	b, _ := base64.StdEncoding.DecodeString("MDEyMzQ1Njc4OWFiY2RlZg==")
	aes.NewCipher(b) // want `key aes.NewCipher \{constant\(len 16\)\}`
}

func byteLiteral() {
	aes.NewCipher([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}) // want `key aes.NewCipher \{constant\(len 16\)\}`
}

func appended() {
	k := append([]byte("01234567"), "89abcdef"...)
	aes.NewCipher(k) // want `key aes.NewCipher \{constant\(len 16\)\}`
}

func parsed() {
	n, _ := strconv.Atoi("1000")
	pbkdf2.Key(sha256.New, os.Getenv("PW"), []byte("salt-salt-salt-1"), n, 32) // want `password pbkdf2.Key \{unknown` `salt pbkdf2.Key \{constant\(len 16\)\}`
}

func packageVars() {
	aes.NewCipher(packageKey) // want `key aes.NewCipher \{constant\(len 16\)\}`
	aes.NewCipher(reassigned) // want `key aes.NewCipher \{constant\(len 16\), unknown`
}

func structField() {
	s := defaults
	hmac.New(sha256.New, s.key) // want `key hmac.New \{constant\(len 16\)\}`
}

func env() {
	aes.NewCipher([]byte(os.Getenv("KEY"))) // want `key aes.NewCipher \{unknown\(result of Getenv\)\}`
}

func zeroAndRandom(aead cipher.AEAD, msg []byte) {
	zero := make([]byte, 12)
	aead.Seal(nil, zero, msg, nil) // want `nonce cipher.AEAD.Seal \{zero\(len 12\)\}`

	filled := make([]byte, 12)
	if _, err := io.ReadFull(rand.Reader, filled); err != nil {
		return
	}
	aead.Seal(nil, filled, msg, nil) // want `nonce cipher.AEAD.Seal \{crypto/rand\}`

	var arr [12]byte
	rand.Read(arr[:])
	aead.Seal(nil, arr[:], msg, nil) // want `nonce cipher.AEAD.Seal \{crypto/rand\}`

	partial := make([]byte, 12)
	rand.Read(partial[:4])
	aead.Seal(nil, partial, msg, nil) // want `nonce cipher.AEAD.Seal \{zero\(len 12\), crypto/rand\}`
}

func fill(b []byte) { io.ReadFull(rand.Reader, b) }

func helperFill(aead cipher.AEAD, msg []byte) {
	n := make([]byte, 12)
	fill(n)
	aead.Seal(nil, n, msg, nil) // want `nonce cipher.AEAD.Seal \{crypto/rand\}`
}

func readerFill(aead cipher.AEAD, msg []byte, r io.Reader) {
	n := make([]byte, 12)
	r.Read(n)
	aead.Seal(nil, n, msg, nil) // want `nonce cipher.AEAD.Seal \{param\(2\)\}`
}

func unknownFill(aead cipher.AEAD, msg []byte, f func([]byte)) {
	n := make([]byte, 12)
	f(n)
	aead.Seal(nil, n, msg, nil) // want `nonce cipher.AEAD.Seal \{zero\(len 12\), unknown`
}

func clock(aead cipher.AEAD, msg []byte) {
	n := make([]byte, 12)
	binary.BigEndian.PutUint64(n[4:], uint64(time.Now().UnixNano()))
	aead.Seal(nil, n, msg, nil) // want `nonce cipher.AEAD.Seal \{zero\(len 12\), time\}`
}

func mathRand(aead cipher.AEAD, msg []byte) {
	n := make([]byte, 12)
	r := mrand.New(mrand.NewSource(1))
	r.Read(n)
	aead.Seal(nil, n, msg, nil) // want `nonce cipher.AEAD.Seal \{math/rand\}`
}

func counter(aead cipher.AEAD, msgs [][]byte) {
	n := make([]byte, 12)
	for i := 0; i < len(msgs); i++ {
		binary.BigEndian.PutUint64(n[4:], uint64(i))
		aead.Seal(nil, n, msgs[i], nil) // want `nonce cipher.AEAD.Seal \{zero\(len 12\), unknown\(counter\)\}`
	}
}

func derived(master []byte, aead cipher.AEAD, msg []byte) {
	salt := make([]byte, 32)
	rand.Read(salt)
	n, _ := hkdf.Key(sha256.New, master, salt, "nonce", 12) // want `key hkdf.Key \{param\(0\)\}` `salt hkdf.Key \{crypto/rand\}`
	aead.Seal(nil, n, msg, nil)                             // want `nonce cipher.AEAD.Seal \{derived\(len 12\)\(from constant\|crypto/rand\|param\)\}`
	k := sha256.Sum256([]byte("passphrase"))
	aes.NewCipher(k[:]) // want `key aes.NewCipher \{derived\(len 32\)\(from constant\)\}`
}

func constKey() []byte { return []byte("0123456789abcdef0123456789abcdef") }

func helperReturn() {
	chacha20poly1305.New(constKey()) // want `key chacha20poly1305.New \{constant\(len 32\)\}`
}

func closure() {
	key := []byte("0123456789abcdef")
	f := func() {
		aes.NewCipher(key) // want `key aes.NewCipher \{constant\(len 16\)\}`
	}
	f()
}

type box struct{ key []byte }

func (b *box) cipher() (cipher.Block, error) {
	return aes.NewCipher(b.key) // want `key aes.NewCipher \{param\(0\)\}`
}

func newBox(k []byte) *box { return &box{key: k} }

func methodValue() {
	b := newBox([]byte("0123456789abcdef")) // want `key aes.NewCipher \{constant\(len 16\)\} via`
	f := b.cipher
	f()
}

func wrapper(key, nonce, msg []byte) []byte {
	block, _ := aes.NewCipher(key) // want `key aes.NewCipher \{param\(0\)\}`
	aead, _ := cipher.NewGCM(block)
	return aead.Seal(nil, nonce, msg, nil) // want `nonce cipher.AEAD.Seal \{param\(1\)\}`
}

func callsWrapper(msg []byte) {
	wrapper([]byte("0123456789abcdef"), make([]byte, 12), msg) // want `key aes.NewCipher \{constant\(len 16\)\} via origins.wrapper` `nonce cipher.AEAD.Seal \{zero\(len 12\)\} via origins.wrapper`
}
