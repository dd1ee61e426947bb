package policy_test

import (
	"go/ast"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/analyzers/keysize"
	"github.com/cryptovet/cryptovet/internal/output"
	"github.com/cryptovet/cryptovet/internal/policy"
	"github.com/cryptovet/cryptovet/internal/suppress"
)

// toy reports every call of a function named bad.
var toy = &analysis.Analyzer{
	Name:     "toy",
	Doc:      "toy: report calls of bad",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
			call := n.(*ast.CallExpr)
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "bad" {
				pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "call of bad"})
			}
		})
		return nil, nil
	},
}

func TestSuppression(t *testing.T) {
	a := policy.Wrap(toy, &policy.Options{})
	analysistest.Run(t, analysistest.TestData(), a, "a", "b", "c")
}

func TestTestsGeneratedExcluded(t *testing.T) {
	base, err := filepath.Abs(filepath.Join("testdata", "src"))
	if err != nil {
		t.Fatal(err)
	}
	a := policy.Wrap(toy, &policy.Options{Exclude: []string{"f/legacy"}, ExcludeBase: base})
	analysistest.Run(t, analysistest.TestData(), a, "d", "e", "f/...")
}

func TestGosecMapping(t *testing.T) {
	a := policy.Wrap(keysize.Analyzer, &policy.Options{})
	analysistest.Run(t, analysistest.TestData(), a, "k")
}

// TestLog checks what the standalone command gets: suppressed findings
// reported and recorded, and the directives that silence nothing.
func TestLog(t *testing.T) {
	log := &suppress.Log{}
	a := policy.Wrap(toy, &policy.Options{Log: log})
	results := analysistest.Run(t, analysistest.TestData(), a, "g")

	var findings []output.Finding
	for _, r := range results {
		for _, d := range r.Diagnostics {
			findings = append(findings, output.Finding{
				Analyzer: r.Pass.Analyzer.Name,
				Message:  d.Message,
				Pos:      r.Pass.Fset.Position(d.Pos),
			})
		}
	}
	log.Mark(findings)
	var got []string
	for _, f := range findings {
		if s := f.Suppressed; s != nil {
			got = append(got, lineOf(f.Pos)+" "+s.Directive+" "+s.Justification+" @"+lineOf(s.Pos))
		}
	}
	want := []string{
		"g.go:9 //cryptovet:ignore the value is public @g.go:8",
		"g.go:15 //cryptovet:ignore reviewed @g.go:14",
		`g.go:17 //nolint want "call of bad" @g.go:17`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("suppressed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	got = nil
	for _, f := range log.Unused(func(name string) bool { return name == "toy" || name == "other" }) {
		got = append(got, lineOf(f.Pos)+" ["+f.Analyzer+"] "+f.Message)
	}
	want = []string{
		`g.go:11 [directive] //cryptovet:ignore toy suppresses nothing: toy reports nothing on the line it covers; remove it`,
		`g.go:14 [directive] //cryptovet:ignore names "nosuch", which is no analyzer (see cryptovet -list)`,
		`g.go:21 [directive] //cryptovet:ignore names no analyzer: write //cryptovet:ignore NAME[,NAME] reason`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("unused:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func lineOf(p interface {
	String() string
}) string {
	s := p.String()
	return s[strings.LastIndex(s, "/")+1 : strings.LastIndex(s, ":")]
}

func TestMatchExclude(t *testing.T) {
	for _, tc := range []struct {
		pattern, path string
		want          bool
	}{
		{"legacy", "legacy/a.go", true},
		{"legacy/", "legacy/sub/a.go", true},
		{"legacy/**", "legacy/sub/a.go", true},
		{"legacy", "legacyx/a.go", false},
		{"legacy", "x/legacy/a.go", false},
		{"**/legacy", "x/legacy/a.go", true},
		{"**/*_gen.go", "a_gen.go", true},
		{"**/*_gen.go", "x/y/a_gen.go", true},
		{"**/*_gen.go", "x/y/a.go", false},
		{"internal/*/testdata", "internal/foo/testdata/k.go", true},
		{"internal/*/testdata", "internal/foo/bar/testdata/k.go", false},
		{"cmd/tool/main.go", "cmd/tool/main.go", true},
		{"*.go", "a.go", true},
		{"*.go", "x/a.go", false},
		{"**", "x/a.go", true},
		{"legacy", "../legacy/a.go", false},
	} {
		if got := policy.MatchExclude(tc.pattern, tc.path); got != tc.want {
			t.Errorf("MatchExclude(%q, %q) = %v, want %v", tc.pattern, tc.path, got, tc.want)
		}
	}
	for _, bad := range []string{"", "[a-", "/abs/path"} {
		if policy.ValidateExclude(bad) == nil {
			t.Errorf("ValidateExclude(%q) = nil, want an error", bad)
		}
	}
}
