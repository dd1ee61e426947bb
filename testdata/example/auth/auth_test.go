package auth

import (
	"crypto/tls"
	"testing"
)

// Test code is analysed but its findings are reported only with -tests.
func TestTLS(t *testing.T) {
	cfg := &tls.Config{InsecureSkipVerify: true}
	if cfg == nil {
		t.Fatal("no config")
	}
}
