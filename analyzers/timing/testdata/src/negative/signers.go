package negative

import (
	"bytes"
	"crypto/sha256"
)

// A signature hash is the digest that is signed: public data.
type Hash [32]byte

func SigHashMatches(tx []byte, gotSigHash Hash) bool {
	wantSigHash := Hash(sha256.Sum256(tx))
	return wantSigHash == gotSigHash
}

func SignatureDigestMatches(signatureDigest, want []byte) bool {
	return bytes.Equal(signatureDigest, want)
}

// A list of signer addresses, built as sigs (short for signers) and
// returned as signers: the nearer name says what sigs abbreviates.
type Address [20]byte

type Snapshot struct {
	Signers map[Address]struct{}
}

func (s *Snapshot) signers() []Address {
	sigs := make([]Address, 0, len(s.Signers))
	for sig := range s.Signers {
		sigs = append(sigs, sig)
	}
	for i := 0; i < len(sigs); i++ {
		for j := i + 1; j < len(sigs); j++ {
			if bytes.Compare(sigs[i][:], sigs[j][:]) > 0 {
				sigs[i], sigs[j] = sigs[j], sigs[i]
			}
		}
	}
	return sigs
}

func (s *Snapshot) inturn(number uint64, signer Address) bool {
	signers, offset := s.signers(), 0
	for offset < len(signers) && signers[offset] != signer {
		offset++
	}
	return (number % uint64(len(signers))) == uint64(offset)
}

func (s *Snapshot) InTurn(number uint64, signer Address) bool { return s.inturn(number, signer) }
