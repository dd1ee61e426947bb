package keymaterial_test

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/keymaterial"
)

// The test keys and certificates are written by testdata/gencerts.go
// (see its comment for the command) with fixed validity dates, which the
// tests check against a pinned -now.

// setFlags sets the analyzer's flags for one test and restores them
// afterwards.
func setFlags(t *testing.T, kv ...string) {
	t.Helper()
	for i := 0; i < len(kv); i += 2 {
		f := keymaterial.Analyzer.Flags.Lookup(kv[i])
		if f == nil {
			t.Fatalf("no flag %q", kv[i])
		}
		old := f.Value.String()
		if err := f.Value.Set(kv[i+1]); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = f.Value.Set(old) })
	}
}

func Test(t *testing.T) {
	setFlags(t, "now", "2026-06-01")
	results := analysistest.Run(t, analysistest.TestData(), keymaterial.Analyzer, "a")

	// A finding covers exactly the directive or the string constant.
	for _, r := range results {
		for _, d := range r.Diagnostics {
			pos, end := r.Pass.Fset.Position(d.Pos), r.Pass.Fset.Position(d.End)
			src, err := os.ReadFile(pos.Filename)
			if err != nil {
				t.Fatal(err)
			}
			text := string(src[pos.Offset:end.Offset])
			switch {
			case strings.HasPrefix(text, "//go:embed "):
				if strings.Contains(text, "\n") {
					t.Errorf("%v: range %q is more than the directive", pos, text)
				}
			case strings.HasPrefix(text, "`-----BEGIN CERTIFICATE-----"), strings.HasPrefix(text, `"-----BEGIN CERTIFICATE-----`):
				if !strings.HasSuffix(text, "`") && !strings.HasSuffix(text, `"`) {
					t.Errorf("%v: range %q does not end the constant", pos, text)
				}
			default:
				t.Errorf("%v: unexpected range %q for %q", pos, text, d.Message)
			}
		}
	}
}

func TestFlags(t *testing.T) {
	setFlags(t, "now", "2026-06-01T00:00:00Z", "expiry-days", "90", "minbits", "1024")
	analysistest.Run(t, analysistest.TestData(), keymaterial.Analyzer, "b")
}

func TestNowFlag(t *testing.T) {
	f := keymaterial.Analyzer.Flags.Lookup("now")
	old := f.Value.String()
	defer f.Value.Set(old)
	for _, ok := range []string{"", "2026-06-01", "2026-06-01T12:30:00+02:00", "2026-06-01 00:00:00 +0000 UTC"} {
		if err := f.Value.Set(ok); err != nil {
			t.Errorf("Set(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"tomorrow", "2026-13-01", "01/06/2026"} {
		if err := f.Value.Set(bad); err == nil {
			t.Errorf("Set(%q) accepted", bad)
		}
	}
}
