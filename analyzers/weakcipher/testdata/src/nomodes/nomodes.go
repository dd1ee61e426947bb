package nomodes

import (
	"crypto/cipher"
	"crypto/rc4"
)

func modes(block cipher.Block, iv, dst, src []byte) {
	cipher.NewCFBEncrypter(block, iv).XORKeyStream(dst, src)
	cipher.NewOFB(block, iv).XORKeyStream(dst, src)
}

func stream(key []byte) (*rc4.Cipher, error) {
	return rc4.NewCipher(key) // want `rc4\.NewCipher creates an RC4 stream`
}
