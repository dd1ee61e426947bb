// Package sshutil holds host key callbacks used by other packages.
package sshutil

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"net"

	"golang.org/x/crypto/ssh"
)

// AcceptAll accepts every key.
func AcceptAll(hostname string, remote net.Addr, key ssh.PublicKey) error { // want AcceptAll:"acceptsEveryKey"
	return nil
}

var inventory = map[string]bool{}

// KnownHostOnly checks the host name and reports the key in the error.
func KnownHostOnly(hostname string, remote net.Addr, key ssh.PublicKey) error { // want KnownHostOnly:`acceptsEveryKey\(ignores key\)`
	if !inventory[hostname] {
		return fmt.Errorf("unknown host %s presented %s", hostname, ssh.FingerprintSHA256(key))
	}
	log.Printf("%s: %s", hostname, key.Type())
	return nil
}

// Pinned compares the key with a recorded one.
type Pinned struct{ Key []byte }

// Check is a verifying callback.
func (p Pinned) Check(hostname string, remote net.Addr, key ssh.PublicKey) error {
	if !bytes.Equal(p.Key, key.Marshal()) {
		return errors.New("host key mismatch")
	}
	return nil
}

// Lenient is a method that accepts every key.
type Lenient struct{}

func (Lenient) Check(hostname string, remote net.Addr, key ssh.PublicKey) error { // want Check:"acceptsEveryKey"
	return nil
}

// unexported callbacks are not visible to other packages.
func acceptAll(hostname string, remote net.Addr, key ssh.PublicKey) error { return nil }

// Rejects does not have the shape of a callback.
func Rejects(hostname string, key ssh.PublicKey) error { return nil }
