package output

import (
	"bytes"
	"go/token"
	"path/filepath"
	"testing"
)

// textReport has findings out of order, one outside the working
// directory, related locations, suppressed findings and a package error,
// which is not written.
func textReport(cwd string) *Report {
	a := filepath.Join(cwd, "pkg", "a.go")
	other := filepath.Join(filepath.Dir(cwd), "other", "c.go")
	return &Report{
		Findings: []Finding{
			{Analyzer: "weakhash", Level: "error", Message: "MD5 signs tokens; use HMAC-SHA-256",
				Pos: token.Position{Filename: a, Line: 9, Column: 2}},
			{Analyzer: "nonce", Level: "error", Message: "constant nonce",
				Pos: token.Position{Filename: a, Line: 3, Column: 14},
				Related: []Related{
					{Message: "nonce defined here", Pos: token.Position{Filename: a, Line: 1, Column: 5}},
					{Message: "and reused here", Pos: token.Position{Filename: other, Line: 2, Column: 1}},
				}},
			{Analyzer: "timing", Level: "warning", Message: "secret compared with ==",
				Pos:        token.Position{Filename: other, Line: 7, Column: 5},
				Suppressed: &Suppression{Directive: "//cryptovet:ignore", Justification: "public value"}},
			{Analyzer: "rand", Level: "error", Message: "math/rand token",
				Pos:        token.Position{Filename: a, Line: 3, Column: 14},
				Suppressed: &Suppression{Directive: "//nosec"}},
		},
		Errors: []PackageError{{Package: "example.com/broken", Message: "could not import example.com/missing"}},
	}
}

func TestWriteText(t *testing.T) {
	cwd := filepath.Join(t.TempDir(), "repo")
	r := textReport(cwd)
	first := r.Findings[0]
	var buf bytes.Buffer
	if err := WriteText(&buf, r, cwd); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(filepath.Dir(cwd), "other", "c.go")
	a := filepath.Join("pkg", "a.go")
	// Sort orders by absolute file name: ../other/c.go comes first.
	want := other + ":7:5: secret compared with == [timing] (suppressed: public value)\n" +
		a + ":3:14: constant nonce [nonce]\n" +
		"\t" + a + ":1:5: nonce defined here\n" +
		"\t" + other + ":2:1: and reused here\n" +
		a + ":3:14: math/rand token [rand] (suppressed)\n" +
		a + ":9:2: MD5 signs tokens; use HMAC-SHA-256 [weakhash]\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if r.Findings[0].Message != first.Message {
		t.Error("WriteText reordered the caller's findings")
	}
}

func TestWriteTextEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, &Report{}, "/"); err != nil || buf.Len() != 0 {
		t.Errorf("empty report: %q, %v", buf.String(), err)
	}
}
