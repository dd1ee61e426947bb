package a

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/nacl/box"
	"golang.org/x/crypto/nacl/secretbox"
)

var fixedNonce = []byte("abcdefghijkl") // the use is reported

func constants(aead cipher.AEAD, block cipher.Block, key, msg []byte) {
	aead.Seal(nil, fixedNonce, msg, nil)                                     // want `constant nonce: the nonce fixedNonce of cipher.AEAD.Seal is fixed`
	aead.Seal(nil, []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, msg, nil)     // want `constant nonce: the nonce of cipher.AEAD.Seal is fixed`
	cipher.NewCTR(block, make([]byte, aes.BlockSize)).XORKeyStream(msg, msg) // want `constant IV: the IV of cipher.NewCTR is a buffer that is never filled`
	iv := []byte(strconv.Itoa(12345678) + "abcdefgh")
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(msg, msg)        // want `constant IV: the IV of cipher.NewCBCEncrypter is fixed`
	chacha20.NewUnauthenticatedCipher(streamKey, make([]byte, 12)) // want `constant nonce: the nonce of chacha20.NewUnauthenticatedCipher`
}

var streamKey = []byte(os.Getenv("STREAM_KEY"))

func ivFromKey(key, msg []byte) {
	block, _ := aes.NewCipher(key)
	cipher.NewCBCEncrypter(block, key[:aes.BlockSize]).CryptBlocks(msg, msg) // want `IV derived from the key: the IV of cipher.NewCBCEncrypter is computed from the encryption key`
	h := sha256.Sum256(key)
	cipher.NewCTR(block, h[:16]).XORKeyStream(msg, msg) // want `IV derived from the key`
}

type codec struct{ key []byte }

func newCodec(k []byte) *codec { return &codec{key: k} }

func (c *codec) seal(msg []byte) []byte {
	aead, _ := chacha20poly1305.New(c.key)
	return aead.Seal(nil, c.key[:12], msg, nil) // want `nonce derived from the key`
}

func clock(peer, priv *[32]byte, msg []byte) []byte {
	var n [24]byte
	binary.LittleEndian.PutUint64(n[:], uint64(time.Now().UnixNano()))
	return box.Seal(nil, msg, &n, peer, priv) // want `predictable nonce: the nonce of box.Seal is computed from the clock`
}

func hashedTime(aead cipher.AEAD, msg []byte) []byte {
	sum := sha256.Sum256([]byte(time.Now().String()))
	return aead.Seal(nil, sum[:12], msg, nil) // want `predictable nonce: the nonce of cipher.AEAD.Seal is computed from the clock`
}

// seal is a helper: a constant nonce given to it is reported at its call.
func seal(aead cipher.AEAD, nonce, msg []byte) []byte {
	return aead.Seal(nil, nonce, msg, nil)
}

func viaHelper(aead cipher.AEAD, msg []byte) []byte {
	return seal(aead, make([]byte, 12), msg) // want `the nonce of a.seal \(which passes it to cipher.AEAD.Seal\) is a buffer that is never filled`
}

func loop(key []byte, msgs [][]byte) [][]byte {
	aead, _ := chacha20poly1305.NewX(key)
	nonce := make([]byte, aead.NonceSize())
	io.ReadFull(rand.Reader, nonce)
	var out [][]byte
	for _, m := range msgs {
		out = append(out, aead.Seal(nil, nonce, m, nil)) // want `nonce reused in a loop`
	}
	return out
}

func twice(aead cipher.AEAD, a, b []byte) ([]byte, []byte) {
	nonce := make([]byte, 12)
	rand.Read(nonce)
	ca := aead.Seal(nil, nonce, a, nil)
	cb := aead.Seal(nil, nonce, b, nil) // want `nonce reused: this cipher.AEAD.Seal takes the same nonce as the previous one`
	return ca, cb
}

// Stream keeps the nonce it was built with.
type stream struct {
	aead  cipher.AEAD
	nonce [12]byte
}

func newStream(aead cipher.AEAD) *stream {
	s := &stream{aead: aead}
	rand.Read(s.nonce[:])
	return s
}

type session struct {
	aead  cipher.AEAD
	nonce []byte
}

func newSession(aead cipher.AEAD) *session {
	n := make([]byte, 12)
	rand.Read(n)
	return &session{aead: aead, nonce: n}
}

func (s *session) send(msg []byte) []byte {
	return s.aead.Seal(nil, s.nonce, msg, nil) // want `nonce reused: the nonce given to cipher.AEAD.Seal is the field nonce, set once`
}

func (s *session) receive(ct []byte) ([]byte, error) {
	return s.aead.Open(nil, s.nonce, ct, nil) // decryption: not reported
}

// Negative cases: nothing below is reported.

func fresh(aead cipher.AEAD, msgs [][]byte) [][]byte {
	var out [][]byte
	for _, m := range msgs {
		nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(m)+aead.Overhead())
		if _, err := rand.Read(nonce); err != nil {
			panic(err)
		}
		out = append(out, aead.Seal(nonce, nonce, m, nil))
	}
	return out
}

func refreshedInLoop(aead cipher.AEAD, msgs [][]byte) {
	nonce := make([]byte, 12)
	for _, m := range msgs {
		rand.Read(nonce)
		aead.Seal(nil, nonce, m, nil)
	}
}

func keyPerIteration(keys [][]byte, msg []byte) {
	nonce := make([]byte, 12)
	rand.Read(nonce)
	for _, k := range keys {
		aead, _ := chacha20poly1305.New(k)
		aead.Seal(nil, nonce, msg, nil)
	}
}

func randomNonceAEAD(block cipher.Block, msg []byte) []byte {
	aead, _ := cipher.NewGCMWithRandomNonce(block)
	return aead.Seal(nil, nil, msg, nil)
}

func decrypt(aead cipher.AEAD, block cipher.Block, ct []byte) {
	aead.Open(nil, fixedNonce, ct, nil)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(ct, ct)
	var n [24]byte
	var k [32]byte
	secretbox.Open(nil, ct, &n, &k)
}

// counter is a per-key message counter (as in TLS 1.3).
type counter struct {
	aead   cipher.AEAD
	seq    atomic.Uint64
	prefix [4]byte
}

func newCounter(aead cipher.AEAD) *counter {
	c := &counter{aead: aead}
	rand.Read(c.prefix[:])
	return c
}

func (c *counter) seal(msg []byte) []byte {
	var nonce [12]byte
	copy(nonce[:4], c.prefix[:])
	binary.BigEndian.PutUint64(nonce[4:], c.seq.Add(1))
	return c.aead.Seal(nil, nonce[:], msg, nil)
}

func (c *counter) sealLoop(msgs [][]byte) {
	nonce := make([]byte, 12)
	for i, m := range msgs {
		binary.BigEndian.PutUint64(nonce[4:], uint64(i))
		c.aead.Seal(nil, nonce, m, nil)
	}
}

func hkdfNonce(master []byte, aead cipher.AEAD, msg []byte) []byte {
	salt := make([]byte, 32)
	rand.Read(salt)
	n, _ := hkdf.Key(sha256.New, master, salt, "nonce", 12)
	return aead.Seal(salt, n, msg, nil)
}

// A fixed nonce under a key used once is safe.
func oneTimeKeys(ct, msg []byte) {
	chacha20.NewUnauthenticatedCipher(ct[:32], make([]byte, 12)) // the key came with the data
	k := make([]byte, 32)
	rand.Read(k)
	aead, _ := chacha20poly1305.New(k)
	aead.Seal(nil, make([]byte, 12), msg, nil)
}

// wrapKey encrypts with a fixed nonce: its callers pass one-time keys.
func wrapKey(key, fileKey []byte) []byte {
	aead, _ := chacha20poly1305.New(key)
	return aead.Seal(nil, make([]byte, 12), fileKey, nil)
}

func wrapForRecipient(shared, fileKey []byte) []byte {
	salt := make([]byte, 32)
	rand.Read(salt)
	k, _ := hkdf.Key(sha256.New, shared, salt, "wrap", 32)
	return wrapKey(k, fileKey)
}

// sealRecord encrypts with a fixed nonce under the long-term key of its
// only caller.
func sealRecord(key, rec []byte) []byte {
	aead, _ := chacha20poly1305.New(key)
	return aead.Seal(nil, make([]byte, 12), rec, nil) // want `constant nonce`
}

func storeRecord(rec []byte) []byte { return sealRecord(streamKey, rec) }

func fromCaller(aead cipher.AEAD, nonce, msg []byte) []byte {
	return aead.Seal(nil, nonce, msg, nil)
}

func (s *stream) next(msg []byte) []byte {
	binary.BigEndian.PutUint32(s.nonce[8:], 1+binary.BigEndian.Uint32(s.nonce[8:]))
	return s.aead.Seal(nil, s.nonce[:], msg, nil)
}
