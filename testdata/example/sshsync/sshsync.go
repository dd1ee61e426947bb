// Package sshsync uploads settlement files over SFTP.
package sshsync

import (
	"golang.org/x/crypto/ssh"
)

// Dial connects to the settlement host.
func Dial(addr, user string, signer ssh.Signer) (*ssh.Client, error) {
	cfg := &ssh.ClientConfig{
		User:            user,
		Auth:            []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
	return ssh.Dial("tcp", addr, cfg)
}
