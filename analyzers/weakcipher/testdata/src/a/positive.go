package a

import (
	"crypto/cipher"
	"crypto/des"
	legacy "crypto/rc4"
	"errors"

	"golang.org/x/crypto/blowfish"
	"golang.org/x/crypto/cast5"
	"golang.org/x/crypto/tea"
	"golang.org/x/crypto/xtea"
)

func desCBC(key, iv, data []byte) ([]byte, error) {
	block, err := des.NewCipher(key) // want `des\.NewCipher creates a DES cipher, whose 56-bit key`
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)
	return out, nil
}

// Decrypting legacy data still uses the weak cipher.
func decryptLegacy(key, iv, data []byte) ([]byte, error) {
	block, err := des.NewTripleDESCipher(key) // want `des\.NewTripleDESCipher creates a 3DES cipher`
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	return out, nil
}

func stream(key []byte) (cipher.Stream, error) {
	return legacy.NewCipher(key) // want `rc4\.NewCipher creates an RC4 stream`
}

func inParens(key []byte) {
	c, _ := (des.NewCipher)(key) // want `des\.NewCipher creates a DES cipher`
	_ = c
}

func xtoys(key []byte) {
	_, _ = blowfish.NewCipher(key)          // want `blowfish\.NewCipher creates a Blowfish cipher, whose 64-bit block`
	_, _ = cast5.NewCipher(key)             // want `cast5\.NewCipher creates a CAST5 cipher`
	_, _ = xtea.NewCipher(key)              // want `xtea\.NewCipher creates an XTEA cipher`
	_, _ = tea.NewCipher(key)               // want `tea\.NewCipher creates a TEA cipher`
	_, _ = tea.NewCipherWithRounds(key, 64) // want `tea\.NewCipherWithRounds creates a TEA cipher`
}

// A constructor kept in a variable: every cipher it makes is weak.
var newBlock = des.NewTripleDESCipher // want `des\.NewTripleDESCipher, used as a function value, creates a 3DES cipher`

func viaVariable(key []byte) (cipher.Block, error) {
	return newBlock(key)
}

// Settings choose a constructor from a table.
type Settings struct{ Cipher string }

var blockCiphers = map[string]func([]byte) (cipher.Block, error){
	"3des": des.NewTripleDESCipher, // want `des\.NewTripleDESCipher, used as a function value`
	"tea":  tea.NewCipher,          // want `tea\.NewCipher, used as a function value`
}

func fromSettings(s Settings, key []byte) (cipher.Block, error) {
	newCipher, ok := blockCiphers[s.Cipher]
	if !ok {
		return nil, errors.New("unknown cipher")
	}
	return newCipher(key)
}

func apply(f func([]byte) (cipher.Block, error), key []byte) (cipher.Block, error) { return f(key) }

func asArgument(key []byte) {
	_, _ = apply(des.NewCipher, key) // want `des\.NewCipher, used as a function value`
}

func modes(block cipher.Block, iv, dst, src []byte) {
	cipher.NewCFBEncrypter(block, iv).XORKeyStream(dst, src) // want `cipher\.NewCFBEncrypter creates a stream in a mode deprecated since Go 1\.24`
	cipher.NewCFBDecrypter(block, iv).XORKeyStream(dst, src) // want `cipher\.NewCFBDecrypter creates a stream in a mode deprecated`
	cipher.NewOFB(block, iv).XORKeyStream(dst, src)          // want `cipher\.NewOFB creates a stream in a mode deprecated`
}
