// Package legacy decodes batch files from the old terminal network.
package legacy

import (
	"crypto/des"
	"crypto/md5"
	"encoding/hex"
)

// NewBatchCipher returns the cipher the old terminals use.
func NewBatchCipher(key []byte) error {
	_, err := des.NewTripleDESCipher(key)
	return err
}

// ETag names a batch file for HTTP caching; MD5 is fine for that.
func ETag(content []byte) string {
	sum := md5.Sum(content)
	return `"` + hex.EncodeToString(sum[:]) + `"`
}
