package c

import (
	"golang.org/x/crypto/ssh"

	"sshutil"
)

func configs(p sshutil.Pinned) []*ssh.ClientConfig {
	var l sshutil.Lenient
	return []*ssh.ClientConfig{
		{HostKeyCallback: sshutil.AcceptAll},     // want `sshutil\.AcceptAll, used as a HostKeyCallback, returns nil for every host key`
		{HostKeyCallback: sshutil.KnownHostOnly}, // want `sshutil\.KnownHostOnly, used as a HostKeyCallback, accepts every host key: no error it returns depends on the key`
		{HostKeyCallback: l.Check},               // want `l\.Check, used as a HostKeyCallback, returns nil for every host key`
		{HostKeyCallback: p.Check},
	}
}
