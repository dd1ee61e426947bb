// Package legacy talks to a peer that only knows single DES.
package legacy

import "crypto/des"

// NewPeerCipher returns the cipher of the old peer.
func NewPeerCipher(key []byte) error {
	_, err := des.NewCipher(key)
	return err
}
