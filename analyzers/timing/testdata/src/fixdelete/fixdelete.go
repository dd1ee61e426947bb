// Package fixdelete: crypto/hmac is imported; bytes is no longer needed.
package fixdelete

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
)

func Verify(key, msg, sig []byte) bool {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return bytes.Equal(m.Sum(nil), sig) // want `bytes.Equal compares m.Sum\(nil\) \(MAC computed with hmac.New\)`
}
