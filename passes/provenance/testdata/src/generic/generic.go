// Package generic exercises generic functions.
package generic

import "crypto/aes"

func keyOf[T ~[]byte | ~string](v T) []byte { return []byte(v) }

func use() {
	aes.NewCipher(keyOf("0123456789abcdef")) // want `key aes.NewCipher \{constant\(len 16\)\}`
}

type Keyed[K ~[]byte] struct{ key K }

func (k Keyed[K]) block() { aes.NewCipher([]byte(k.key)) } // want `key aes.NewCipher \{`

func build() {
	k := Keyed[[]byte]{key: []byte("0123456789abcdef")}
	k.block()
}
