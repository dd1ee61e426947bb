package a

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"fmt"
	"strings"

	"golang.org/x/crypto/blowfish"
	"golang.org/x/crypto/twofish"
	"golang.org/x/crypto/xts"
)

// Names in strings are not encryption.
var refused = map[string]string{
	"des":      "56-bit key",
	"3des":     "64-bit block",
	"rc4":      "biased keystream",
	"blowfish": "64-bit block",
}

func validate(name string) error {
	if why, bad := refused[strings.ToLower(name)]; bad {
		return fmt.Errorf("cipher %s refused: %s", name, why)
	}
	return nil
}

// Constants and types of a weak package are not a use of the cipher.
func sizes(key []byte) error {
	if len(key) != 3*des.BlockSize {
		return des.KeySizeError(len(key))
	}
	return nil
}

func gcm(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plaintext, nil), nil
}

func ctr(block cipher.Block, iv, dst, src []byte) {
	cipher.NewCTR(block, iv).XORKeyStream(dst, src)
}

func disk(key []byte, sector uint64, dst, src []byte) error {
	c, err := xts.NewCipher(aes.NewCipher, key)
	if err != nil {
		return err
	}
	c.Encrypt(dst, src, sector)
	return nil
}

// Twofish has a 128-bit block and no practical break.
func legacyTwofish(key []byte) (*twofish.Cipher, error) {
	return twofish.NewCipher(key)
}

// A local function of the same name is not crypto/des.
type localDES struct{}

func (localDES) NewCipher(key []byte) error { return nil }

func shadow(key []byte) {
	var des localDES
	_ = des.NewCipher(key)
}

// bcrypt's expensive key setup: Blowfish's salted key schedule encrypts a
// fixed text as a password hash, not data.
func eksBlowfishSetup(password, salt []byte, cost uint32) (*blowfish.Cipher, error) {
	c, err := blowfish.NewSaltedCipher(password, salt)
	if err != nil {
		return nil, err
	}
	for i := uint64(0); i < 1<<cost; i++ {
		blowfish.ExpandKey(password, c)
		blowfish.ExpandKey(salt, c)
	}
	return c, nil
}
