package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestGoVet checks that suppression and the configuration file work the
// same under go vet as in the standalone command.
func TestGoVet(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cryptovet")
	}
	tool := filepath.Join(t.TempDir(), "cryptovet")
	build := exec.Command("go", "build", "-o", tool, "github.com/cryptovet/cryptovet/cmd/cryptovet")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building cryptovet: %v\n%s", err, out)
	}
	dir := writeModule(t, map[string]string{"keys/keys.go": keys})
	vet := func(args ...string) ([]string, int) {
		t.Helper()
		cmd := exec.Command("go", append([]string{"vet", "-vettool=" + tool}, append(args, "./...")...)...)
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range regexp.MustCompile(`(?m)^(keys/keys\.go:\d+):\d+: (\S+)`).FindAllStringSubmatch(stderr.String(), -1) {
			got = append(got, m[1]+" "+m[2])
		}
		slices.Sort(got)
		return got, status
	}

	got, status := vet()
	want := []string{
		"keys/keys.go:18 //cryptovet:ignore", // no reason: reported, as by the standalone command
		"keys/keys.go:18 rsa.GenerateKey",
		"keys/keys.go:9 rsa.GenerateKey",
	}
	if status == 0 || !slices.Equal(got, want) {
		t.Errorf("go vet: status %d, findings\n%s\nwant\n%s", status, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	os.WriteFile(filepath.Join(dir, ".cryptovet.yml"), []byte("disable: [keysize]\n"), 0o644)
	if got, status := vet(); status != 0 || len(got) != 0 {
		t.Errorf("go vet with keysize disabled in the file: status %d, %v", status, got)
	}
	if got, _ := vet("-keysize"); !slices.Equal(got, want) {
		t.Errorf("go vet -keysize over the file: %v", got)
	}
	os.WriteFile(filepath.Join(dir, ".cryptovet.yml"), []byte("settings:\n  keysize:\n    minbits: 512\n"), 0o644)
	if got, _ := vet(); !slices.Equal(got, want[:1]) {
		t.Errorf("go vet with minbits 512 in the file (and go vet's cache): %v", got)
	}
}
