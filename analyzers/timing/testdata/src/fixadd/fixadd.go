// Package fixadd: the fix adds crypto/hmac; bytes stays in use.
package fixadd

import (
	"bytes"
	"errors"

	"golang.org/x/crypto/poly1305"
)

func Open(key *[32]byte, msg []byte, tag *[16]byte) ([]byte, error) {
	var want [16]byte
	poly1305.Sum(&want, msg, key)
	if !bytes.Equal(want[:], tag[:]) { // want `bytes.Equal compares want\[:\] \(MAC computed by poly1305.Sum\)`
		return nil, errors.New("bad tag")
	}
	return bytes.TrimSpace(msg), nil
}
