package main_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// keymaterialDir is the fixture module with PEM files bundled by
// //go:embed: an expired certificate, a SHA-1-signed certificate and a
// private key (positives), a valid CA certificate and a public key
// (negatives).
func keymaterialDir(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "keymaterial"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

var keymaterialWant = []string{
	`server/server.go:13:1: embedded certificate "CN=api.example.com" (tls/server.pem) expired on 2025-01-31; renew it before it breaks TLS handshakes [keymaterial]`,
	`server/server.go:16:1: embedded file tls/server.key holds an EC private key: whoever has the source or the binary has the key; load it at run time from a secret store or a file outside the repository, and replace it [keymaterial]`,
	`server/server.go:19:1: embedded certificate "CN=legacy.example.com" (tls/legacy.pem) is signed with SHA1-RSA: SHA-1 and MD5 collisions make such signatures forgeable, and Go (since 1.18) and browsers reject them; reissue it signed with SHA-256 [keymaterial]`,
}

func TestKeymaterialFixture(t *testing.T) {
	dir := keymaterialDir(t)
	stdout, stderr, status := run(t, dir, "-keymaterial.now=2026-06-01", "./...")
	if status != 1 {
		t.Errorf("exit status %d, want 1 (findings); stderr:\n%s", status, stderr)
	}
	if got := mainLines(stdout); !slices.Equal(got, keymaterialWant) {
		t.Errorf("findings differ\n--- got\n%s\n--- want\n%s", strings.Join(got, "\n"), strings.Join(keymaterialWant, "\n"))
	}

	// go vet reads the embedded files too, and finds the same.
	_, stderr, _ = runCmd(t, dir, "go", "vet", "-vettool="+binary, "-keymaterial.now=2026-06-01", "./...")
	if got, want := findings(stderr), findings(stdout); !slices.Equal(got, want) {
		t.Errorf("go vet findings differ from standalone\n--- go vet\n%s\n--- standalone\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestKeymaterialNow checks that -keymaterial.now decides expiry: two
// weeks before its end the certificate is about to expire (a warning),
// a year before it is silent.
func TestKeymaterialNow(t *testing.T) {
	dir := keymaterialDir(t)
	stdout, _, _ := run(t, dir, "-keymaterial", "-keymaterial.now=2025-01-17", "./server")
	want := `server/server.go:13:1: embedded certificate "CN=api.example.com" (tls/server.pem) expires on 2025-01-31, in 14 days; renew it before it breaks TLS handshakes [keymaterial]`
	if !slices.Contains(mainLines(stdout), want) {
		t.Errorf("no expiry warning in\n%s", stdout)
	}
	stdout, _, _ = run(t, dir, "-keymaterial", "-keymaterial.now=2024-01-31", "./server")
	if strings.Contains(stdout, "tls/server.pem") {
		t.Errorf("certificate valid for a year reported:\n%s", stdout)
	}
}
