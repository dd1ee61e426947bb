// Package use calls package wrap's wrappers.
package use

import "wrap"

func constants(msg []byte) {
	wrap.Encrypt([]byte("0123456789abcdef"), make([]byte, 12), msg) // want `key aes.NewCipher \{constant\(len 16\)\} via wrap.Encrypt` `nonce cipher.AEAD.Seal \{zero\(len 12\)\} via wrap.Encrypt`
	wrap.Seal(wrap.DefaultKey, wrap.NewNonce(), msg)                // want `key aes.NewCipher \{constant\(len 16\)\} via wrap.Seal` `nonce cipher.AEAD.Seal \{crypto/rand\} via wrap.Seal`
	n := make([]byte, 12)
	wrap.Fill(n)
	wrap.Encrypt(wrap.LegacyKey(), n, msg)  // want `key aes.NewCipher \{constant\(len 16\)\} via wrap.Encrypt` `nonce cipher.AEAD.Seal \{crypto/rand\} via wrap.Encrypt`
	wrap.NewBox([]byte("0123456789abcdef")) // want `key aes.NewCipher \{constant\(len 16\)\} via wrap.NewBox`
}
