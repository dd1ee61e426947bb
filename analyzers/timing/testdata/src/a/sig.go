package a

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
)

// Names of signatures compared with bytes.Equal.
func CheckExpectedSig(got, expectedSig []byte) bool {
	return bytes.Equal(got, expectedSig) // want `bytes.Equal compares expectedSig \(MAC or signature\)`
}

func CheckSigHex(sigHex, want []byte) bool {
	return bytes.Equal(sigHex, want) // want `bytes.Equal compares sigHex \(MAC or signature\)`
}

// An HMAC named signature.
func CheckHMAC(key, msg []byte, want string) bool {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	signature := string(m.Sum(nil))
	return signature == want // want `the == operator compares signature \(MAC computed with hmac.New\)`
}

// A list of signatures abbreviated sigs, read through a name that does
// not spell out another word: still signatures.
type Envelope struct {
	Sigs [][]byte
}

func (e *Envelope) Signed(want []byte) bool {
	sigs := e.Sigs
	for i := range sigs {
		got := sigs[i]
		if bytes.Equal(got, want) { // want `bytes.Equal compares got \(MAC or signature\)`
			return true
		}
	}
	return false
}
