package client

import (
	"crypto/tls"
	"testing"
)

func TestInsecure(t *testing.T) {
	cfg := &tls.Config{InsecureSkipVerify: true} // want `InsecureSkipVerify: true disables verification`
	_ = cfg
}

// Findings in test files are the analyzer's like any other; the driver
// reports them only with -tests.
