package fix

import (
	"fmt"
	"go/token"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cryptovet/cryptovet/internal/output"
)

const src = `package p

import "crypto/tls"

var a = &tls.Config{MinVersion: tls.VersionTLS10}

var b = &tls.Config{MinVersion: tls.VersionTLS11}
`

func finding(file string, fixes ...[]output.Edit) output.Finding {
	f := output.Finding{Analyzer: "tlsconfig", Pos: token.Position{Filename: file}}
	for _, edits := range fixes {
		f.Fixes = append(f.Fixes, output.Fix{Message: "fix", Edits: edits})
	}
	return f
}

func edit(file, text, old, new string) output.Edit {
	i := strings.Index(text, old)
	if i < 0 {
		panic(old)
	}
	return output.Edit{File: file, Start: i, End: i + len(old), New: new}
}

func reader(files map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		s, ok := files[name]
		if !ok {
			return nil, os.ErrNotExist
		}
		return []byte(s), nil
	}
}

func TestCompute(t *testing.T) {
	files := map[string]string{"/m/p.go": src}
	fs := []output.Finding{
		finding("/m/p.go", []output.Edit{edit("/m/p.go", src, "tls.VersionTLS10", "tls.VersionTLS12")}),
		finding("/m/p.go", []output.Edit{edit("/m/p.go", src, "tls.VersionTLS11", "tls.VersionTLS12")}, []output.Edit{edit("/m/p.go", src, "tls.VersionTLS11", "tls.VersionTLS13")}),
		// Overlaps the first: skipped.
		finding("/m/p.go", []output.Edit{edit("/m/p.go", src, "MinVersion: tls.VersionTLS10", "")}),
		// No fix.
		finding("/m/p.go"),
		// Unreadable file.
		finding("/m/q.go", []output.Edit{{File: "/m/q.go", Start: 0, End: 1}}),
	}
	res := Compute(fs, reader(files))
	if len(res.Files) != 1 {
		t.Fatalf("%d files changed, want 1", len(res.Files))
	}
	want := strings.NewReplacer("VersionTLS10", "VersionTLS12", "VersionTLS11", "VersionTLS12").Replace(src)
	if got := string(res.Files[0].New); got != want {
		t.Errorf("fixed:\n%s\nwant:\n%s", got, want)
	}
	if len(res.Fixed) != 2 {
		t.Errorf("%d fixed, want 2", len(res.Fixed))
	}
	var reasons []string
	for _, s := range res.Skipped {
		reasons = append(reasons, s.Reason)
	}
	if len(reasons) != 2 || !strings.Contains(reasons[0], "overlaps another fix") || !strings.Contains(reasons[1], "cannot read /m/q.go") {
		t.Errorf("skipped: %q", reasons)
	}
}

func TestComputeSharedEditsAndFormat(t *testing.T) {
	in := "package p\n\nimport \"math/rand\"\n\nfunc f(b []byte) { rand.Read(b); rand.Read(b[1:]) }\n"
	files := map[string]string{"/m/p.go": in}
	imp := edit("/m/p.go", in, `"math/rand"`, `"crypto/rand"`)
	fs := []output.Finding{
		finding("/m/p.go", []output.Edit{imp}),
		finding("/m/p.go", []output.Edit{imp}), // the same edit again: applied once
		// An insertion that leaves the file unformatted.
		finding("/m/p.go", []output.Edit{{File: "/m/p.go", Start: strings.Index(in, "func"), End: strings.Index(in, "func"), New: "var   x=1\n"}}),
	}
	res := Compute(fs, reader(files))
	want := "package p\n\nimport \"crypto/rand\"\n\nvar x = 1\n\nfunc f(b []byte) { rand.Read(b); rand.Read(b[1:]) }\n"
	if len(res.Files) != 1 || string(res.Files[0].New) != want {
		t.Errorf("fixed: %+v\nwant:\n%s", res.Files, want)
	}
	if len(res.Fixed) != 3 || len(res.Skipped) != 0 {
		t.Errorf("fixed %d, skipped %v", len(res.Fixed), res.Skipped)
	}
}

func TestComputeBrokenFix(t *testing.T) {
	files := map[string]string{"/m/p.go": src}
	fs := []output.Finding{
		finding("/m/p.go", []output.Edit{edit("/m/p.go", src, "tls.VersionTLS10", "tls.VersionTLS12")}),
		finding("/m/p.go", []output.Edit{edit("/m/p.go", src, "}\n\nvar b", "\n\nvar b")}),
	}
	res := Compute(fs, reader(files))
	if len(res.Files) != 0 || len(res.Fixed) != 0 || len(res.Skipped) != 2 {
		t.Errorf("a fix that breaks the syntax: files %d, fixed %d, skipped %v", len(res.Files), len(res.Fixed), res.Skipped)
	}
}

func TestUnifiedGolden(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	new := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn"
	got := Unified("a/x", "b/x", []byte(old), []byte(new))
	want := `--- a/x
+++ b/x
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -11,3 +11,4 @@
 k
 l
 m
+n
\ No newline at end of file
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if Unified("a", "b", []byte(old), []byte(old)) != "" {
		t.Errorf("equal inputs give a diff")
	}
}

// TestUnifiedPatch checks random diffs with patch(1), when available.
func TestUnifiedPatch(t *testing.T) {
	patch, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("no patch command")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	dir := t.TempDir()
	for i := range 40 {
		a := randomLines(rng, rng.IntN(30))
		b := mutate(rng, a)
		oldText, newText := strings.Join(a, ""), strings.Join(b, "")
		d := Unified("a/f.txt", "b/f.txt", []byte(oldText), []byte(newText))
		checkOps(t, a, b)
		if d == "" {
			if oldText != newText {
				t.Fatalf("case %d: empty diff of different texts", i)
			}
			continue
		}
		f := filepath.Join(dir, "f.txt")
		os.WriteFile(f, []byte(oldText), 0o644)
		cmd := exec.Command(patch, "-s", "-p1", "--no-backup-if-mismatch")
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(d)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("case %d: patch: %v\n%s\n%s", i, err, out, d)
		}
		got, _ := os.ReadFile(f)
		if string(got) != newText {
			t.Fatalf("case %d: patched text differs\n%s", i, d)
		}
	}
}

// checkOps checks that the edit script turns a into b and is minimal.
func checkOps(t *testing.T, a, b []string) {
	t.Helper()
	ops := diffLines(a, b)
	var ra, rb []string
	changes := 0
	for _, o := range ops {
		if o.kind != '+' {
			ra = append(ra, o.text)
		}
		if o.kind != '-' {
			rb = append(rb, o.text)
		}
		if o.kind != ' ' {
			changes++
		}
	}
	if strings.Join(ra, "") != strings.Join(a, "") || strings.Join(rb, "") != strings.Join(b, "") {
		t.Fatalf("ops do not rebuild the texts")
	}
	if want := len(a) + len(b) - 2*lcs(a, b); changes != want {
		t.Fatalf("%d changes, want %d", changes, want)
	}
}

func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func randomLines(rng *rand.Rand, n int) []string {
	var out []string
	for range n {
		out = append(out, fmt.Sprintf("line %d\n", rng.IntN(6)))
	}
	return out
}

func mutate(rng *rand.Rand, a []string) []string {
	var b []string
	for _, l := range a {
		switch rng.IntN(6) {
		case 0: // drop
		case 1:
			b = append(b, l, fmt.Sprintf("new %d\n", rng.IntN(3)))
		case 2:
			b = append(b, fmt.Sprintf("changed %d\n", rng.IntN(3)))
		default:
			b = append(b, l)
		}
	}
	if rng.IntN(3) == 0 {
		b = append(b, "tail\n")
	}
	return b
}
