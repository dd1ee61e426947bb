// Package b calls the wrappers of package kdfwrap.
package b

import (
	"golang.org/x/crypto/bcrypt"

	"kdfwrap"
)

const cost = 7

func weakCost(pw []byte) ([]byte, error) {
	return kdfwrap.HashPassword(pw, cost) // want `bcrypt cost 7 \(cost\) in bcrypt.GenerateFromPassword \(through kdfwrap.HashPassword\)`
}

func defaultCost(pw []byte) ([]byte, error) {
	return kdfwrap.HashPassword(pw, bcrypt.DefaultCost)
}

func fewIterations(pw string, salt []byte) ([]byte, error) {
	return kdfwrap.Derive(pw, salt, 1000, 32) // want `PBKDF2 with 1000 iterations in pbkdf2.Key \(through kdfwrap.Derive\)`
}

func shortKey(pw string, salt []byte) ([]byte, error) {
	return kdfwrap.Derive(pw, salt, 600000, 10) // want `derives a key of 10 bytes`
}

// The wrappers clamp what they are given: no finding at the callers.
func clamped(pw string, salt []byte) ([]byte, error) {
	if _, err := kdfwrap.HashAtLeast([]byte(pw), 4); err != nil {
		return nil, err
	}
	return kdfwrap.DeriveAtLeast(pw, salt, 1000)
}
