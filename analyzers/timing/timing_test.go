package timing_test

import (
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/timing"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), timing.Analyzer, "a", "negative")
}

func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), timing.Analyzer, "fixdelete", "fixadd")
}

// TestSwitchClauseRange checks that the one finding of a case clause
// covers exactly the clause's case expressions that compare the secret.
func TestSwitchClauseRange(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), timing.Analyzer, "a")
	want := map[string]string{
		"ValidKey": `s.apiKey, os.Getenv("API_KEY")`,
		"Role":     `s.apiKey, s.password`,
		"Route":    `s.apiKey`,
	}
	for _, r := range results {
		for _, f := range r.Pass.Files {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || want[fd.Name.Name] == "" {
					continue
				}
				src, err := r.Pass.ReadFile(r.Pass.Fset.File(fd.Pos()).Name())
				if err != nil {
					t.Fatal(err)
				}
				tf := r.Pass.Fset.File(fd.Pos())
				var got []string
				for _, d := range r.Diagnostics {
					if d.Pos >= fd.Pos() && d.End <= fd.End() {
						got = append(got, string(src[tf.Offset(d.Pos):tf.Offset(d.End)]))
					}
				}
				if len(got) != 1 || got[0] != want[fd.Name.Name] {
					t.Errorf("%s: findings cover %q, want one covering %q", fd.Name.Name, got, want[fd.Name.Name])
				}
				delete(want, fd.Name.Name)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("functions not found: %s", strings.Join(keys(want), ", "))
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
