package tlsconfig_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cryptovet/cryptovet/analyzers/tlsconfig"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), tlsconfig.Analyzer, "suites", "misc", "legacyproxy", "libdebug")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), tlsconfig.Analyzer, "versions")
}

func TestMinVersionFlag(t *testing.T) {
	if err := tlsconfig.Analyzer.Flags.Set("minversion", "1.3"); err != nil {
		t.Fatal(err)
	}
	defer tlsconfig.Analyzer.Flags.Set("minversion", "1.2")
	analysistest.Run(t, analysistest.TestData(), tlsconfig.Analyzer, "strict")
}

// TestGoLine runs the analyzer in a module whose go line is older than Go
// 1.22.
func TestGoLine(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "oldgo"), tlsconfig.Analyzer, "./...")
}

// TestGoModGodebug checks that the godebug lines of go.mod are reported
// once per module, at their line. analysistest reads expectations from Go
// files only, so the diagnostics are compared here.
func TestGoModGodebug(t *testing.T) {
	for _, tc := range []struct {
		dir  string
		want []string
	}{
		{"godebugmod", []string{
			"go.mod:6: godebug tlsrsakex=1 weakens TLS and X.509 checks in every program of this module: it re-enables cipher suites with RSA key exchange",
			"go.mod:8: godebug default=go1.22 restores older defaults in every program of this module: tls3des=1",
		}},
		{"godebugnoroot", []string{
			"go.mod:5: godebug tls3des=1 weakens TLS and X.509 checks in every program of this module: it re-enables 3DES cipher suites",
		}},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			got := moduleDiagnostics(t, filepath.Join(analysistest.TestData(), tc.dir))
			if len(got) != len(tc.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%q", len(got), len(tc.want), got)
			}
			for i := range got {
				if len(got[i]) < len(tc.want[i]) || got[i][:len(tc.want[i])] != tc.want[i] {
					t.Errorf("diagnostic %d = %q, want prefix %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func moduleDiagnostics(t *testing.T, dir string) []string {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GO111MODULE=on", "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("packages had errors")
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{tlsconfig.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range graph.All() {
		if act.Analyzer != tlsconfig.Analyzer {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, d.Message))
		}
	}
	slices.Sort(out)
	return out
}
