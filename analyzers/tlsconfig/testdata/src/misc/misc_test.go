package misc

import (
	"crypto/tls"
	"os"
	"testing"
)

func TestKeyLog(t *testing.T) {
	cfg := &tls.Config{KeyLogWriter: os.Stderr, MinVersion: tls.VersionTLS10} // want `MinVersion tls.VersionTLS10 lets peers connect with TLS 1.0`
	os.Setenv("GODEBUG", "tls10server=1")
	_ = cfg
}
