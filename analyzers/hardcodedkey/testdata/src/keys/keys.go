// Package keys exports key material and a wrapper for package a.
package keys

import "crypto/hmac"
import "crypto/sha256"
import "hash"

// Legacy is the key of the old format, compiled in.
var Legacy = []byte("legacy-format-key-0123456789abcd")

// Signer returns an HMAC-SHA256 over key.
func Signer(key []byte) hash.Hash { return hmac.New(sha256.New, key) }
