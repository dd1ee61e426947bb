// Package policy wraps cryptovet's analyzers with the behaviour every host
// shares (the standalone command, go vet and golangci-lint): findings in
// generated files are dropped, findings in test files are dropped unless
// tests are asked for, and a panic in an analyzer becomes an error for the
// package being analysed instead of a crash.
package policy

import (
	"fmt"
	"go/ast"
	"runtime/debug"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Options are the policy settings of one run.
type Options struct {
	// Tests reports findings located in _test.go files too.
	Tests bool
	// Filter, when set, is asked about every finding that survives the
	// generated and test-file policies; it returns false to drop it.
	Filter func(pass *analysis.Pass, d *analysis.Diagnostic) bool
}

// Wrap returns a copy of a whose Run applies opts. The copy has the same
// name, flags, requirements and fact types, so it is a drop-in replacement
// for a in any driver. Wrap also makes the analyzers a requires recover
// from panics (see Harden).
func Wrap(a *analysis.Analyzer, opts *Options) *analysis.Analyzer {
	Harden(a.Requires...)
	w := *a
	run := a.Run
	w.Run = func(pass *analysis.Pass) (result any, err error) {
		generated := generatedFiles(pass)
		p := *pass
		report := pass.Report
		p.Report = func(d analysis.Diagnostic) {
			if !d.Pos.IsValid() {
				report(d)
				return
			}
			name := pass.Fset.Position(d.Pos).Filename
			if generated[name] {
				return
			}
			if !opts.Tests && strings.HasSuffix(name, "_test.go") {
				return
			}
			if opts.Filter != nil && !opts.Filter(pass, &d) {
				return
			}
			report(d)
		}
		return safeRun(run, &p)
	}
	return &w
}

var hardened sync.Map // *analysis.Analyzer -> struct{}

// Harden makes the Run functions of the given analyzers, and of everything
// they require, turn a panic into an error. It changes the analyzers in
// place, once each, and is safe to call more than once.
func Harden(as ...*analysis.Analyzer) {
	for _, a := range as {
		if _, loaded := hardened.LoadOrStore(a, struct{}{}); loaded {
			continue
		}
		Harden(a.Requires...)
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) { return safeRun(run, pass) }
	}
}

func safeRun(run func(*analysis.Pass) (any, error), pass *analysis.Pass) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			result = nil
			err = fmt.Errorf("internal error: analyzer %s panicked on package %s: %v\n%s",
				pass.Analyzer.Name, pass.Pkg.Path(), r, trimStack(debug.Stack()))
		}
	}()
	return run(pass)
}

// trimStack keeps the frames below the panic, which are the ones that
// help a bug report, and at most a screenful of them.
func trimStack(stack []byte) string {
	s := string(stack)
	if i := strings.Index(s, "panic("); i >= 0 {
		if j := strings.Index(s[i:], "\n"); j >= 0 {
			s = s[i+j+1:]
		}
	}
	lines := strings.Split(s, "\n")
	if len(lines) > 24 {
		lines = append(lines[:24], "\t...")
	}
	return strings.Join(lines, "\n")
}

// generatedFiles returns the names of the files of the pass that carry the
// standard "Code generated ... DO NOT EDIT." header.
func generatedFiles(pass *analysis.Pass) map[string]bool {
	m := make(map[string]bool)
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		if ast.IsGenerated(f) {
			m[tf.Name()] = true
		}
	}
	return m
}
