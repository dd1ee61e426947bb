package misc

import (
	"crypto/tls"
	"io"
	"os"
)

func freely() *tls.Config {
	return &tls.Config{Renegotiation: tls.RenegotiateFreelyAsClient} // want `Renegotiation tls.RenegotiateFreelyAsClient lets the server renegotiate`
}

func keyLog() *tls.Config {
	return &tls.Config{KeyLogWriter: os.Stderr} // want `KeyLogWriter writes the connection secrets`
}

func keyLogAssigned(cfg *tls.Config) error {
	f, err := os.OpenFile(os.Getenv("SSLKEYLOGFILE"), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	cfg.KeyLogWriter = f // want `KeyLogWriter writes the connection secrets`
	return nil
}

func setenv() {
	os.Setenv("GODEBUG", "tls3des=1") // want `setting GODEBUG weakens TLS and X.509 checks for the whole process: tls3des=1 re-enables 3DES cipher suites`
}

func setenvAppend() error {
	return os.Setenv("GODEBUG", os.Getenv("GODEBUG")+",tlssha1=1,") // want `tlssha1=1 re-allows SHA-1 signatures`
}

const debugSettings = "http2client=0,rsa1024min=0"

func setenvConst() {
	_ = os.Setenv("GODEBUG", debugSettings) // want `rsa1024min=0 lets crypto/rsa accept RSA keys shorter than 1024 bits`
}

func setenvRemoved() {
	os.Setenv("GODEBUG", "x509sha1=1") // want `x509sha1=1 asks for SHA-1 signed certificates`
}

// Negatives.

func once() *tls.Config {
	return &tls.Config{Renegotiation: tls.RenegotiateOnceAsClient}
}

func noKeyLog() *tls.Config {
	return &tls.Config{KeyLogWriter: nil}
}

// The caller decides.
func keyLogParam(w io.Writer) *tls.Config {
	return &tls.Config{KeyLogWriter: w}
}

type options struct{ keyLog io.Writer }

func keyLogOption(o options) *tls.Config {
	return &tls.Config{KeyLogWriter: o.keyLog}
}

func cloned(c *tls.Config) *tls.Config {
	return &tls.Config{KeyLogWriter: c.KeyLogWriter, MinVersion: c.MinVersion}
}

func setenvHarmless() {
	os.Setenv("GODEBUG", "http2client=0,tls10server=0")
}

func setenvOverridden() {
	os.Setenv("GODEBUG", "tlsrsakex=1,tlsrsakex=0")
}

func setenvOther() {
	os.Setenv("GOFLAGS", "tls10server=1")
}

func setenvPartial(prefix string) {
	os.Setenv("GODEBUG", prefix+"10server=1")
}
