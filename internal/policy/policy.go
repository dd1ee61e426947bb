// Package policy wraps cryptovet's analyzers with the behaviour every host
// shares (the standalone command, go vet and golangci-lint): findings in
// generated files are dropped, findings in test files are dropped unless
// tests are asked for, findings in excluded paths are dropped, findings
// silenced by a suppression comment (//cryptovet:ignore, //nolint, #nosec;
// see package suppress) are dropped, and a panic in an analyzer becomes an
// error for the package being analysed instead of a crash.
//
// A //cryptovet:ignore or //cryptovet:file-ignore directive without a
// reason suppresses nothing and is reported as a finding of each analyzer
// it names, so the same code gives the same findings in every host.
package policy

import (
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/internal/registry"
	"github.com/cryptovet/cryptovet/internal/suppress"
)

// Options are the policy settings of one run. Wrap reads them when an
// analyzer runs, so a host may fill them in (from flags) after wrapping.
type Options struct {
	// Tests reports findings located in _test.go files too.
	Tests bool
	// Exclude lists path globs (see MatchExclude) whose findings are not
	// reported; they are relative to ExcludeBase, or to the working
	// directory when ExcludeBase is "".
	Exclude     []string
	ExcludeBase string
	// Filter, when set, is asked about every finding that survives the
	// generated, test-file and exclude policies; it returns false to drop
	// it.
	Filter func(pass *analysis.Pass, d *analysis.Diagnostic) bool
	// Log, when set, records the suppression directives of the files
	// analysed and the findings they silence, and the silenced findings
	// are reported instead of dropped: a driver that sets Log must call
	// Log.Mark on its findings and leave out the marked ones unless asked
	// to show them.
	Log *suppress.Log
}

// Wrap returns a copy of a whose Run applies opts. The copy has the same
// name, flags, requirements and fact types, so it is a drop-in replacement
// for a in any driver. Wrap also makes the analyzers a requires recover
// from panics (see Harden).
func Wrap(a *analysis.Analyzer, opts *Options) *analysis.Analyzer {
	Harden(a.Requires...)
	w := *a
	run := a.Run
	var gosec []string
	if r := registry.Lookup(a.Name); r != nil {
		gosec = r.Gosec
	}
	w.Run = func(pass *analysis.Pass) (result any, err error) {
		files := scanFiles(pass, opts)
		if opts.Log != nil {
			for name, ds := range files.directives {
				if files.eligible(name) {
					opts.Log.File(name, pass.Analyzer.Name, ds)
				}
			}
		}
		p := *pass
		report := pass.Report
		p.Report = func(d analysis.Diagnostic) {
			if !d.Pos.IsValid() {
				report(d)
				return
			}
			pos := pass.Fset.Position(d.Pos)
			if !files.eligible(pos.Filename) {
				return
			}
			if opts.Filter != nil && !opts.Filter(pass, &d) {
				return
			}
			for _, dir := range files.directives[pos.Filename] {
				if dir.Silences(pass.Analyzer.Name, gosec, pos.Line) {
					if opts.Log != nil {
						opts.Log.Suppressed(pass.Analyzer.Name, pos, d.Message, dir)
						report(d)
					}
					return
				}
			}
			report(d)
		}
		result, err = safeRun(run, &p)
		reportBadDirectives(pass, files)
		return result, err
	}
	return &w
}

// files is what the policy knows of the files of a pass.
type files struct {
	opts      *Options
	base      string
	generated map[string]bool
	// directives holds the suppression directives of every file (nil
	// for a file without any), by the file name positions are reported
	// with: a cgo-processed file under the name of its source, through
	// its //line directives.
	directives map[string][]*suppress.Directive
}

func scanFiles(pass *analysis.Pass, opts *Options) *files {
	fs := &files{
		opts:       opts,
		generated:  make(map[string]bool),
		directives: make(map[string][]*suppress.Directive),
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		if ast.IsGenerated(f) {
			fs.generated[tf.Name()] = true
		}
		name := pass.Fset.Position(f.FileStart).Filename
		if _, ok := fs.directives[name]; !ok {
			fs.directives[name] = nil
		}
		for _, d := range suppress.Parse(pass.Fset, f) {
			fs.directives[d.Position.Filename] = append(fs.directives[d.Position.Filename], d)
		}
	}
	fs.base = opts.ExcludeBase
	if fs.base == "" && len(opts.Exclude) > 0 {
		fs.base, _ = os.Getwd()
	}
	return fs
}

// eligible reports whether findings in the named file may be reported:
// it is not generated, not a test file unless tests are asked for, and
// not excluded.
func (fs *files) eligible(name string) bool {
	return !fs.generated[name] &&
		(fs.opts.Tests || !strings.HasSuffix(name, "_test.go")) &&
		!excluded(name, fs.base, fs.opts.Exclude)
}

func excluded(filename, base string, patterns []string) bool {
	if len(patterns) == 0 {
		return false
	}
	rel, err := filepath.Rel(base, filename)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, p := range patterns {
		if MatchExclude(p, rel) {
			return true
		}
	}
	return false
}

// reportBadDirectives reports the malformed cryptovet directives that
// name the pass's analyzer: each host runs the wrapper, so each reports
// them the same way.
func reportBadDirectives(pass *analysis.Pass, fs *files) {
	for name, ds := range fs.directives {
		if !fs.eligible(name) {
			continue
		}
		for _, d := range ds {
			if d.Own() && d.Problem != "" && contains(d.Names, pass.Analyzer.Name) {
				pass.Report(analysis.Diagnostic{
					Pos:      d.Pos,
					End:      d.End,
					Category: analysisutil.LevelWarning,
					Message:  d.Problem,
				})
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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
