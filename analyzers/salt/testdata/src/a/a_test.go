package a

import (
	"crypto/pbkdf2"
	"crypto/sha1"
	"testing"
)

// RFC 6070 test vector: reported, and shown by the driver only with -tests.
func TestVector(t *testing.T) {
	if _, err := pbkdf2.Key(sha1.New, "password", []byte("salt"), 4096, 20); err != nil { // want `constant salt in pbkdf2\.Key`
		t.Fatal(err)
	}
}
