package negative

import (
	"math/rand"
	"testing"
)

// The analyzer reports test files like any other; the driver shows them
// only with -tests.
func TestToken(t *testing.T) {
	token := make([]byte, 16)
	rand.Read(token) // want `math/rand output is predictable`
	_ = token
}
