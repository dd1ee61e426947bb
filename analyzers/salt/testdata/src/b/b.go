// Package b calls the wrappers of package kdfwrap.
package b

import (
	"crypto/rand"

	"kdfwrap"
)

var fixedSalt = []byte("b-fixed-salt-123")

func constantThroughWrapper(pw string) ([]byte, error) {
	return kdfwrap.Derive(pw, fixedSalt) // want `constant salt`
}

func methodWrapper(h *kdfwrap.Hasher, pw []byte) []byte {
	return h.Hash(pw, []byte("method-salt")) // want `constant salt`
}

func randomThroughWrapper(pw string) ([]byte, []byte, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, nil, err
	}
	key, err := kdfwrap.Derive(pw, salt)
	return salt, key, err
}

func stored(h *kdfwrap.Hasher, pw, salt []byte) []byte {
	return h.Hash(pw, salt)
}

func randomByDefault(pw []byte) ([]byte, []byte) {
	return kdfwrap.Hash(pw, nil)
}

func constantAnyway(pw []byte) ([]byte, []byte) {
	return kdfwrap.Hash(pw, []byte("not random")) // want `constant salt`
}
