package relay

import (
	"crypto/sha256"
	"crypto/tls"
	"errors"
	"fmt"
)

func performHandshakeAndValidation(conn *tls.Conn, relayID [32]byte) error {
	if err := conn.Handshake(); err != nil {
		return err
	}
	cs := conn.ConnectionState()
	if !cs.NegotiatedProtocolIsMutual || cs.NegotiatedProtocol != "bep-relay" {
		return errors.New("protocol negotiation error")
	}
	certs := cs.PeerCertificates
	if cl := len(certs); cl != 1 {
		return fmt.Errorf("unexpected certificate count: %d", cl)
	}
	if sha256.Sum256(certs[0].Raw) != relayID {
		return errors.New("relay id does not match")
	}
	return nil
}
