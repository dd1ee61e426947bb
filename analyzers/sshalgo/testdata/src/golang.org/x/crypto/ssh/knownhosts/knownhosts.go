// Package knownhosts is a stub of golang.org/x/crypto/ssh/knownhosts.
package knownhosts

import "golang.org/x/crypto/ssh"

func New(files ...string) (ssh.HostKeyCallback, error) { return nil, nil }

type KnownKey struct {
	Filename string
	Line     int
}

type KeyError struct{ Want []KnownKey }

func (u *KeyError) Error() string { return "" }
