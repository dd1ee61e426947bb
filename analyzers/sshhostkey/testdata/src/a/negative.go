package a

import (
	"bytes"
	"crypto/subtle"
	"errors"
	"fmt"
	"log"
	"net"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

func knownHosts(path string) (*ssh.ClientConfig, error) {
	cb, err := knownhosts.New(path)
	if err != nil {
		return nil, err
	}
	return &ssh.ClientConfig{HostKeyCallback: cb}, nil
}

func fixed(key ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: ssh.FixedHostKey(key)}
}

func fingerprint(want string) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error {
			if got := ssh.FingerprintSHA256(key); got != want {
				return fmt.Errorf("host key mismatch for %s: %s", hostname, got)
			}
			return nil
		},
	}
}

func marshalled(want []byte) ssh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error {
		if !bytes.Equal(key.Marshal(), want) {
			return errors.New("host key mismatch")
		}
		return nil
	}
}

// pinned is a named callback that compares in constant time.
type pinned struct{ keys map[string][]byte }

func (p *pinned) check(hostname string, remote net.Addr, key ssh.PublicKey) error {
	want, ok := p.keys[hostname]
	if !ok {
		return fmt.Errorf("no key recorded for %s", hostname)
	}
	got := key.Marshal()
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return errors.New("host key mismatch")
	}
	return nil
}

func (p *pinned) config() *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: p.check}
}

// Delegation to a verifying callback, with logging around it.
func logged(inner ssh.HostKeyCallback) ssh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error {
		log.Printf("checking %s key %s", hostname, ssh.FingerprintSHA256(key))
		return inner(hostname, remote, key)
	}
}

// Trust on first use on top of known_hosts: unknown hosts are added,
// changed keys are refused.
func tofu(inner ssh.HostKeyCallback, add func(string, ssh.PublicKey) error) ssh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error {
		err := inner(hostname, remote, key)
		var keyErr *knownhosts.KeyError
		if errors.As(err, &keyErr) && len(keyErr.Want) == 0 {
			return add(hostname, key)
		}
		return err
	}
}

// A key scanner captures the key and aborts the handshake.
var errCaptured = errors.New("host key captured")

func scan(addr string) (ssh.PublicKey, error) {
	var captured ssh.PublicKey
	cfg := &ssh.ClientConfig{
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error {
			captured = key
			return errCaptured
		},
	}
	if _, err := ssh.Dial("tcp", addr, cfg); !errors.Is(err, errCaptured) {
		return nil, err
	}
	return captured, nil
}

// Only some key types are accepted, and the rest is checked by inner.
func keyTypes(inner ssh.HostKeyCallback) ssh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error {
		switch key.Type() {
		case "ssh-ed25519", "ecdsa-sha2-nistp256":
		default:
			return fmt.Errorf("key type %s refused", key.Type())
		}
		return inner(hostname, remote, key)
	}
}

// A named result returned bare is not seen as nil.
func namedResult(cfg *ssh.ClientConfig, known map[string]string) {
	cfg.HostKeyCallback = func(hostname string, remote net.Addr, key ssh.PublicKey) (err error) {
		if known[hostname] != ssh.FingerprintSHA256(key) {
			err = errors.New("mismatch")
		}
		return
	}
}

// A function of the right shape that never becomes a HostKeyCallback.
func audit(hostname string, remote net.Addr, key ssh.PublicKey) error {
	log.Printf("%s: %s", hostname, ssh.FingerprintSHA256(key))
	return nil
}

func runAudit(key ssh.PublicKey) error { return audit("h", nil, key) }

// Callbacks from the caller are not seen.
func fromCaller(cfg *ssh.ClientConfig, cb ssh.HostKeyCallback, f func(string, net.Addr, ssh.PublicKey) error) {
	cfg.HostKeyCallback = cb
	cfg.HostKeyCallback = f
}

// A callback that panics on a mismatch.
func panics(want string) ssh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error {
		if ssh.FingerprintSHA256(key) != want {
			panic("host key mismatch")
		}
		return nil
	}
}
