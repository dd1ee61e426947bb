package k

import (
	"crypto/rand"
	"crypto/rsa"
)

func f() {
	rsa.GenerateKey(rand.Reader, 1024) // want "1024-bit"
	rsa.GenerateKey(rand.Reader, 1024) // #nosec G403 -- the HSM accepts only 1024-bit keys
	rsa.GenerateKey(rand.Reader, 1024) //#nosec G401 G403
	rsa.GenerateKey(rand.Reader, 1024) /* #nosec */
	rsa.GenerateKey(rand.Reader, 1024) /* #nosec G402 */ // want "1024-bit"
	rsa.GenerateKey(rand.Reader, 1024) /* #nosecure */   // want "1024-bit"

	// #nosec G403 -- above the call
	rsa.GenerateKey(rand.Reader, 1024)
}
