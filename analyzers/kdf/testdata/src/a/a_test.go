package a

import (
	"testing"

	"golang.org/x/crypto/bcrypt"
)

// Tests use the cheapest cost to stay fast; the driver shows this only with -tests.
func TestHash(t *testing.T) {
	if _, err := bcrypt.GenerateFromPassword([]byte("pw"), bcrypt.MinCost); err != nil { // want `bcrypt cost 4`
		t.Fatal(err)
	}
}
