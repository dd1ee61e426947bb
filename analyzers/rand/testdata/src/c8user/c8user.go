// Package c8user uses c8util's ChaCha8 output for a CSP nonce and a
// token: the generators are seeded from crypto/rand, nothing is reported.
package c8user

import (
	"crypto/aes"
	"crypto/cipher"

	"c8util"
)

type Base struct{ nonce string }

func (b *Base) CspScriptNonce() (ret string) { // want CspScriptNonce:"strongChaCha8"
	if b.nonce == "" {
		ret = c8util.FastCryptoRandomHex(32)
		b.nonce = ret
	}
	return b.nonce
}

func NewAPIKey() string { // want NewAPIKey:"strongChaCha8"
	apiKey := c8util.FastCryptoRandomHex(40)
	return apiKey
}

func Secret() []byte { // want Secret:"strongChaCha8"
	return c8util.FastCryptoRandomBytes(32)
}

func Block() (cipher.Block, error) {
	return aes.NewCipher(c8util.FastCryptoRandomBytes(32))
}
