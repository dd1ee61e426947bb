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

// Buffers whose element type is a type parameter have no size: asking for
// their origins must not ask go/types for one.
func filled[T any](n int, v T) []T {
	s := make([]T, 8)
	for i := range s[:n] {
		s[i] = v
	}
	return s
}

type pair[T any] struct{ a, b T }

func zeroPairs[T any]() *[2]pair[T] { return new([2]pair[T]) }

var _ = filled[byte](4, 1)
var _ = zeroPairs[int]()
