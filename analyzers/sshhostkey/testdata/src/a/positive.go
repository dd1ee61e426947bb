package a

import (
	"errors"
	"log"
	"log/slog"
	"net"

	"golang.org/x/crypto/ssh"
)

func literal(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            user,
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), // want `ssh\.InsecureIgnoreHostKey\(\) accepts every host key, so an attacker on the network path can impersonate the server`
	}
}

func assignedLater(cfg *ssh.ClientConfig) {
	cfg.HostKeyCallback = ssh.InsecureIgnoreHostKey() // want `ssh\.InsecureIgnoreHostKey\(\) accepts every host key`
}

func throughVariable(cfg *ssh.ClientConfig, strict ssh.HostKeyCallback, insecure bool) {
	cb := strict
	if insecure {
		cb = ssh.InsecureIgnoreHostKey() // want `ssh\.InsecureIgnoreHostKey\(\) accepts every host key`
	}
	cfg.HostKeyCallback = cb
}

var makeCallback = ssh.InsecureIgnoreHostKey // want `ssh\.InsecureIgnoreHostKey makes host key callbacks that accept every key`

func funcLiteral() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error { // want `this HostKeyCallback returns nil for every host key`
			return nil
		},
	}
}

// logKey logs the key and accepts it.
func logKey(hostname string, remote net.Addr, key ssh.PublicKey) error {
	log.Printf("%s (%s) presented %s %s", hostname, remote, key.Type(), ssh.FingerprintSHA256(key))
	return nil
}

func namedFunction(cfg *ssh.ClientConfig) {
	cfg.HostKeyCallback = logKey // want `logKey, used as a HostKeyCallback, returns nil for every host key`
}

type dialer struct{ logger *slog.Logger }

func (d *dialer) seen(hostname string, remote net.Addr, key ssh.PublicKey) error {
	d.logger.Info("host key", slog.String("fingerprint", ssh.FingerprintSHA256(key)))
	return nil
}

func (d *dialer) config() *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: d.seen} // want `d\.seen, used as a HostKeyCallback, returns nil for every host key`
}

func localFuncVar(cfg *ssh.ClientConfig) {
	accept := func(string, net.Addr, ssh.PublicKey) error { return nil }
	cfg.HostKeyCallback = accept // want `accept, used as a HostKeyCallback, returns nil for every host key`
}

// Only the host name is checked: every key of an allowed host passes.
var allowed = map[string]bool{"build.internal:22": true}

func hostNameOnly(cfg *ssh.ClientConfig) {
	cfg.HostKeyCallback = func(hostname string, remote net.Addr, key ssh.PublicKey) error { // want `this HostKeyCallback accepts every host key: no error it returns depends on the key`
		if !allowed[hostname] {
			return errors.New("host not allowed")
		}
		fp := ssh.FingerprintSHA256(key)
		log.Println("accepting", hostname, "key", fp)
		return nil
	}
}

// A wrapper that logs a mismatch and accepts the key anyway.
func warnOnly(inner ssh.HostKeyCallback) ssh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error { // want `this HostKeyCallback returns nil for every host key`
		if err := inner(hostname, remote, key); err != nil {
			log.Printf("warning: %v", err)
		}
		return nil
	}
}

func dial(addr string, cb ssh.HostKeyCallback) error { return nil }

func argument() error {
	return dial("db:22", func(_ string, _ net.Addr, _ ssh.PublicKey) error { return nil }) // want `this HostKeyCallback returns nil for every host key`
}

func conversion(cfg *ssh.ClientConfig) {
	cb := ssh.HostKeyCallback(func(h string, r net.Addr, k ssh.PublicKey) error { return nil }) // want `this HostKeyCallback returns nil`
	cfg.HostKeyCallback = cb
}

// Callbacks chosen by environment.
var callbacks = map[string]ssh.HostKeyCallback{
	"dev": logKey, // want `logKey, used as a HostKeyCallback, returns nil for every host key`
}

// A struct of the program with a HostKeyCallback field.
type Target struct {
	Addr     string
	HostKeys ssh.HostKeyCallback
}

var devTarget = Target{
	Addr:     "dev:22",
	HostKeys: func(string, net.Addr, ssh.PublicKey) error { return nil }, // want `this HostKeyCallback returns nil`
}
