// Package store keeps card tokens encrypted at rest.
package store

import (
	"crypto/rand"
	"os"

	"example.com/payments/vault"
)

// The nonce never changes: every record is sealed under the same key and nonce.
var recordNonce = make([]byte, 12)

// Put seals a card token with a zero nonce (a finding: the nonce reaches
// the AEAD through vault.Seal in another package).
func Put(token []byte) ([]byte, error) {
	return vault.Seal(loadKey(), recordNonce, token)
}

// PutFresh seals with a random nonce stored in front of the record.
func PutFresh(token []byte) ([]byte, error) {
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	sealed, err := vault.Seal(loadKey(), nonce, token)
	if err != nil {
		return nil, err
	}
	return append(nonce, sealed...), nil
}

// Get opens a record written by PutFresh: decryption with a stored nonce.
func Get(record []byte) ([]byte, error) {
	return vault.Open(loadKey(), record[:12], record[12:])
}

func loadKey() []byte {
	key, err := os.ReadFile("/run/secrets/store-key")
	if err != nil {
		panic(err)
	}
	return key
}
