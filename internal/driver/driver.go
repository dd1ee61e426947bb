// Package driver runs cryptovet's analyzers on packages loaded from source.
//
// Loading is the expensive part of any analysis, so the driver loads only
// the packages named on the command line from source; their dependencies,
// the standard library included, come from the compiler's export data.
// Analyzers that exchange facts run on the loaded packages in dependency
// order, so a wrapper in one analysed package is known at its callers in
// another; the standard library and golang.org/x/crypto are described by
// cryptovet's API table instead of being analysed.
package driver

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cryptovet/cryptovet/internal/output"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

// LoadMode is what the analyzers need of the packages being analysed.
// NeedDeps is deliberately absent: dependencies come from export data.
const LoadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// Config says what to load.
type Config struct {
	Dir      string   // working directory; "" means the current one
	Patterns []string // go list patterns; none means "."
	Tests    bool     // load test variants too
	Env      []string // environment for the go command; nil means os.Environ()
}

// ErrNoPackages is returned when the patterns match nothing.
var ErrNoPackages = errors.New("no packages to analyse")

// Load loads the packages. Packages that fail to load or type-check are
// returned with their errors too; the caller reports them and analyses the
// rest.
func Load(cfg Config) ([]*packages.Package, []output.PackageError, error) {
	patterns := cfg.Patterns
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	pcfg := &packages.Config{
		Mode:  LoadMode,
		Dir:   cfg.Dir,
		Tests: cfg.Tests,
		Env:   cfg.Env,
	}
	pkgs, err := packages.Load(pcfg, patterns...)
	if err != nil {
		return nil, nil, err
	}
	if len(pkgs) == 0 {
		return nil, nil, ErrNoPackages
	}
	var errs []output.PackageError
	for _, p := range pkgs {
		for _, e := range p.Errors {
			// The go command's "# pkg" compile failure repeats the
			// type errors that follow it.
			if e.Kind == packages.ListError && len(p.TypeErrors) > 0 && strings.HasPrefix(e.Msg, "# ") {
				continue
			}
			errs = append(errs, output.PackageError{Package: p.ID, Message: e.Error()})
		}
	}
	pkgs = dropTestMains(pkgs)
	linkRoots(pkgs)
	return pkgs, errs, nil
}

// dropTestMains removes the synthesized test main packages ("p.test"),
// which hold nothing to analyse.
func dropTestMains(pkgs []*packages.Package) []*packages.Package {
	out := pkgs[:0]
	for _, p := range pkgs {
		if strings.HasSuffix(p.ID, ".test") && p.Name == "main" {
			continue
		}
		out = append(out, p)
	}
	return out
}

// linkRoots rewrites each package's Imports to hold only the loaded
// packages it imports. Without NeedDeps, go/packages leaves stubs there;
// the checker follows Imports to run fact-producing analyzers on
// dependencies, and this keeps it to the packages that have syntax, in
// dependency order, with facts flowing between them.
func linkRoots(pkgs []*packages.Package) {
	byID := make(map[string]*packages.Package, len(pkgs))
	for _, p := range pkgs {
		byID[p.ID] = p
	}
	for _, p := range pkgs {
		imports := make(map[string]*packages.Package)
		for path, imp := range p.Imports {
			if root, ok := byID[imp.ID]; ok && root != p && !root.IllTyped {
				imports[path] = root
			}
		}
		p.Imports = imports
	}
}

// Run applies the analyzers to the packages and resolves their
// diagnostics. levelOf maps an analyzer name and a diagnostic category to
// the finding's level.
func Run(analyzers []*analysis.Analyzer, pkgs []*packages.Package, levelOf func(analyzer, category string) string) (*output.Report, error) {
	report := &output.Report{}
	if len(pkgs) == 0 {
		return report, nil
	}
	// Packages that did not type-check are reported by Load; do not also
	// report "analysis skipped" for each analyzer.
	var good []*packages.Package
	for _, p := range pkgs {
		if !p.IllTyped && p.Types != nil {
			good = append(good, p)
		}
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(AnalysisGCPercent))
	}
	graph, err := checker.Analyze(scheduled(analyzers), good, &checker.Options{})
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	errSeen := make(map[string]bool)
	for act := range graph.All() {
		if act.Err != nil && !act.IsRoot {
			// A failed prerequisite fails its dependents too; report
			// the root cause once, at the prerequisite.
			key := act.Package.ID + "\x00" + act.Err.Error()
			if !errSeen[key] {
				errSeen[key] = true
				report.Errors = append(report.Errors, output.PackageError{Package: act.Package.ID, Message: act.Err.Error()})
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			if strings.Contains(act.Err.Error(), "failed prerequisites") {
				continue
			}
			key := act.Package.ID + "\x00" + act.Err.Error()
			if !errSeen[key] {
				errSeen[key] = true
				report.Errors = append(report.Errors, output.PackageError{Package: act.Package.ID, Message: act.Err.Error()})
			}
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			f := resolve(fset, act.Analyzer.Name, d)
			f.Level = levelOf(act.Analyzer.Name, d.Category)
			// With tests loaded, a package's non-test files are
			// analysed twice (the package and its test variant).
			key := fmt.Sprintf("%s\x00%s\x00%d\x00%s", f.Analyzer, f.Pos.Filename, f.Pos.Offset, f.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			report.Findings = append(report.Findings, f)
		}
	}
	output.Sort(report.Findings)
	sort.Slice(report.Errors, func(i, j int) bool {
		if report.Errors[i].Package != report.Errors[j].Package {
			return report.Errors[i].Package < report.Errors[j].Package
		}
		return report.Errors[i].Message < report.Errors[j].Message
	})
	return report, nil
}

func resolve(fset *token.FileSet, analyzer string, d analysis.Diagnostic) output.Finding {
	f := output.Finding{
		Analyzer: analyzer,
		Category: d.Category,
		Message:  d.Message,
		Pos:      fset.Position(d.Pos),
	}
	f.End = f.Pos
	if d.End.IsValid() {
		f.End = fset.Position(d.End)
	}
	for _, r := range d.Related {
		rel := output.Related{Message: r.Message, Pos: fset.Position(r.Pos)}
		rel.End = rel.Pos
		if r.End.IsValid() {
			rel.End = fset.Position(r.End)
		}
		f.Related = append(f.Related, rel)
	}
	for _, sf := range d.SuggestedFixes {
		fix := output.Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			start := fset.Position(e.Pos)
			end := start
			if e.End.IsValid() {
				end = fset.Position(e.End)
			}
			fix.Edits = append(fix.Edits, output.Edit{File: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// Getwd is os.Getwd that never fails: positions fall back to absolute.
func Getwd() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return wd
}

// scheduled returns analyzers ready for the checker: the Run of each one
// passes through the gate (see gate), and the Run of each one that
// requires the provenance pass releases the pass's result when it is done
// (see provenance.Result.Release): once every consumer has run on a
// package, its SSA form can be collected while other packages are
// analysed. The checker keeps every action's result until it returns, so
// without this the SSA form of every package would be live at the end.
// The analyzers are copied; their prerequisites are gated in place.
func scheduled(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	gatePrerequisites(analyzers)
	n := 0
	for _, a := range analyzers {
		if slices.Contains(a.Requires, provenance.Analyzer) {
			n++
		}
	}
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		w := *a
		run := a.Run
		if slices.Contains(a.Requires, provenance.Analyzer) {
			w.Run = func(pass *analysis.Pass) (any, error) {
				defer func() {
					res, _ := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
					res.Release(n)
				}()
				return runGate.run(true, run, pass)
			}
		} else {
			w.Run = func(pass *analysis.Pass) (any, error) { return runGate.run(true, run, pass) }
		}
		out[i] = &w
	}
	return out
}

// GCPercent is the garbage collector's target that standalone runs use
// when the GOGC environment variable is not set: the type-checked syntax
// of every package stays live until the end of a run, so Go's default of
// 100 lets the heap grow to twice that before collecting. 50 keeps peak
// memory about a third lower for some 10-20% more CPU time.
const GCPercent = 50

// AnalysisGCPercent is the garbage collector's target while the analyzers
// run, when GOGC is not set. By then the loaded packages are most of the
// live heap, and the analyses add short-lived garbage: SSA forms and
// provenance tables built and released package by package. At
// GCPercent the heap would grow to half as much again as everything
// live before each collection; 25 keeps the peak some 15% lower for
// about as much more CPU time in the analysis (docs/benchmarks.md).
const AnalysisGCPercent = 25

// TuneGC sets the garbage collector's target to GCPercent unless GOGC is
// set. Standalone drivers call it once, before loading.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
	}
}
