// want package:`checksPeerCertificates\(\(\*Service\)\.handleConns\)`

// Package a is a peer-to-peer connection service: peers present
// self-signed certificates and are identified by the fingerprint of their
// certificate, checked after every handshake.
package a

import (
	"crypto/sha256"
	"crypto/tls"
	"net"
)

type DeviceID [32]byte

func NewDeviceID(raw []byte) DeviceID { return sha256.Sum256(raw) }

type Service struct {
	cfg   *tls.Config
	peers map[DeviceID]bool
	conns chan *tls.Conn
}

func NewService(cfg *tls.Config, peers map[DeviceID]bool) *Service {
	return &Service{cfg: cfg, peers: peers, conns: make(chan *tls.Conn)}
}

func (s *Service) Connect(addr string) error {
	conn, err := tls.Dial("tcp", addr, s.cfg)
	if err != nil {
		return err
	}
	s.conns <- conn
	return nil
}

func (s *Service) Serve(l net.Listener) error {
	tl := tls.NewListener(l, s.cfg)
	for {
		c, err := tl.Accept()
		if err != nil {
			return err
		}
		s.conns <- c.(*tls.Conn)
	}
}

func (s *Service) handleConns() {
	for c := range s.conns {
		if err := c.Handshake(); err != nil {
			c.Close()
			continue
		}
		cs := c.ConnectionState()
		certs := cs.PeerCertificates
		if len(certs) != 1 {
			c.Close()
			continue
		}
		remoteID := NewDeviceID(certs[0].Raw)
		if !s.peers[remoteID] {
			c.Close()
			continue
		}
	}
}
