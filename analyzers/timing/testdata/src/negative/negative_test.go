package negative

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"testing"
)

func TestMAC(t *testing.T) {
	m := hmac.New(sha256.New, []byte("k"))
	want := m.Sum(nil)
	if !bytes.Equal(m.Sum(nil), want) { // want `bytes\.Equal compares m\.Sum`
		t.Fatal("mismatch")
	}
}
