// Package cli is cryptovet's command line: the standalone driver and the
// go vet tool protocol in one binary.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/cryptovet/cryptovet/internal/driver"
	"github.com/cryptovet/cryptovet/internal/output"
	"github.com/cryptovet/cryptovet/internal/policy"
	"github.com/cryptovet/cryptovet/internal/registry"
)

// Exit statuses.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings were reported
	ExitError    = 2 // usage error, or packages that could not be loaded or analysed
)

const usage = `cryptovet finds cryptographic misuse in Go code.

Usage:
	cryptovet [flags] [packages]          analyse packages (default ".")
	cryptovet help [analyzer]             describe the analyzers
	go vet -vettool=$(command -v cryptovet) [flags] [packages]

Exit status: 0 no findings, 1 findings, 2 usage error or packages that
could not be loaded or analysed (their errors are printed on standard
error; the results for the other packages are still written).

Flags:
`

// IsVetTool reports whether the arguments are go vet's tool protocol: a
// single *.cfg file, or the -flags and -V=full queries.
func IsVetTool(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V=") || strings.HasPrefix(a, "--V=") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// VetMain runs the go vet tool protocol. It does not return.
func VetMain() {
	opts := &policy.Options{}
	flag.BoolVar(&opts.Tests, "tests", false, "also report findings located in _test.go files")
	unitchecker.Main(wrapAll(opts)...)
}

func wrapAll(opts *policy.Options) []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, a := range registry.Analyzers() {
		as = append(as, policy.Wrap(a, opts))
	}
	return as
}

// Main runs the standalone command and returns its exit status.
func Main(args []string, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "cryptovet: internal error: %v\n%s", r, debug.Stack())
			status = ExitError
		}
	}()
	if len(args) > 0 && args[0] == "help" {
		return help(args[1:], stdout, stderr)
	}

	fs := flag.NewFlagSet("cryptovet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		format    = fs.String("format", "text", "output format: text, json or sarif")
		outFile   = fs.String("o", "", "write the report to `file` instead of standard output")
		sarifRoot = fs.String("sarif-root", "", "directory that SARIF URIs are relative to (default: the git top level, else the working directory)")
		list      = fs.Bool("list", false, "list the analyzers and exit")
		version   = fs.Bool("version", false, "print the version and exit")
	)
	opts := &policy.Options{}
	fs.BoolVar(&opts.Tests, "tests", false, "also report findings located in _test.go files")
	enabled := registerAnalyzerFlags(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if *version {
		fmt.Fprintf(stdout, "cryptovet %s\n", Version())
		return ExitClean
	}
	if *list {
		for _, r := range registry.Rules() {
			fmt.Fprintf(stdout, "%-13s %s\n", r.Name(), r.Title())
		}
		return ExitClean
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "cryptovet: unknown -format %q (want text, json or sarif)\n", *format)
		return ExitError
	}

	var analyzers []*analysis.Analyzer
	var rules []*registry.Rule
	for _, r := range selectRules(enabled) {
		rules = append(rules, r)
		analyzers = append(analyzers, policy.Wrap(r.Analyzer, opts))
	}

	pkgs, loadErrs, err := driver.Load(driver.Config{Patterns: fs.Args(), Tests: opts.Tests})
	if err != nil {
		fmt.Fprintf(stderr, "cryptovet: %v\n", err)
		return ExitError
	}
	report, err := driver.Run(analyzers, pkgs, levelOf)
	if err != nil {
		fmt.Fprintf(stderr, "cryptovet: %v\n", err)
		return ExitError
	}
	report.Errors = append(loadErrs, report.Errors...)
	for _, e := range report.Errors {
		fmt.Fprintf(stderr, "cryptovet: %s: %s\n", e.Package, e.Message)
	}

	w := stdout
	if *outFile != "" {
		f, err := os.Create(*outFile)
		if err != nil {
			fmt.Fprintf(stderr, "cryptovet: %v\n", err)
			return ExitError
		}
		defer f.Close()
		w = f
	}
	cwd := driver.Getwd()
	switch *format {
	case "text":
		err = output.WriteText(w, report, cwd)
	case "json":
		err = output.WriteJSON(w, report, cwd)
	case "sarif":
		root := *sarifRoot
		if root == "" {
			root = gitTopLevel(cwd)
		}
		if abs, aerr := filepath.Abs(root); aerr == nil {
			root = abs
		}
		err = output.WriteSARIF(w, report, output.SARIFOptions{
			Root:           root,
			ToolVersion:    Version(),
			InformationURI: "https://github.com/cryptovet/cryptovet",
			Rules:          rules,
		})
	}
	if err != nil {
		fmt.Fprintf(stderr, "cryptovet: writing the report: %v\n", err)
		return ExitError
	}
	switch {
	case len(report.Errors) > 0:
		return ExitError
	case len(report.Findings) > 0:
		return ExitFindings
	}
	return ExitClean
}

// registerAnalyzerFlags adds -NAME (enable) and -NAME.FLAG for every
// analyzer, the same flags go vet passes to the tool.
func registerAnalyzerFlags(fs *flag.FlagSet) map[string]*triState {
	enabled := make(map[string]*triState)
	for _, r := range registry.Rules() {
		a := r.Analyzer
		t := new(triState)
		enabled[a.Name] = t
		fs.Var(t, a.Name, fmt.Sprintf("enable the %s analyzer: %s", a.Name, r.Title()))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return enabled
}

// selectRules applies go vet's semantics: if any -NAME is true, only
// those run; otherwise all run except those set to false.
func selectRules(enabled map[string]*triState) []*registry.Rule {
	anyTrue := false
	for _, t := range enabled {
		if *t == setTrue {
			anyTrue = true
		}
	}
	var out []*registry.Rule
	for _, r := range registry.Rules() {
		t := *enabled[r.Name()]
		if (anyTrue && t == setTrue) || (!anyTrue && t != setFalse) {
			out = append(out, r)
		}
	}
	return out
}

func levelOf(analyzer, category string) string {
	switch category {
	case "warning", "note":
		return category
	}
	if r := registry.Lookup(analyzer); r != nil {
		return string(r.Level)
	}
	return "warning"
}

func gitTopLevel(dir string) string {
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return dir
	}
	return strings.TrimSpace(string(out))
}

// Version is the module version the binary was built from.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func help(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, strings.Replace(usage, "\nFlags:\n", "", 1))
		fmt.Fprintln(stdout, "\nAnalyzers:")
		for _, r := range registry.Rules() {
			fmt.Fprintf(stdout, "\t%-13s %s\n", r.Name(), r.Title())
		}
		fmt.Fprintln(stdout, "\nRun 'cryptovet help NAME' for an analyzer's documentation and flags.")
		return ExitClean
	}
	status := ExitClean
	for _, name := range args {
		r := registry.Lookup(name)
		if r == nil {
			fmt.Fprintf(stderr, "cryptovet: no analyzer %q (see 'cryptovet -list')\n", name)
			status = ExitError
			continue
		}
		fmt.Fprintf(stdout, "%s: %s\n\n%s\n", r.Name(), r.Title(), r.Help())
		first := true
		r.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				fmt.Fprintln(stdout, "\nFlags:")
				first = false
			}
			fmt.Fprintf(stdout, "\t-%s.%s=%s\t%s\n", r.Name(), f.Name, f.DefValue, f.Usage)
		})
	}
	return status
}

// triState is a boolean flag that remembers whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return "unset"
}

func (t *triState) Set(s string) error {
	switch strings.ToLower(s) {
	case "true", "1", "t":
		*t = setTrue
	case "false", "0", "f":
		*t = setFalse
	default:
		return fmt.Errorf("want true or false, got %q", s)
	}
	return nil
}

// IsBoolFlag lets -NAME stand for -NAME=true.
func (t *triState) IsBoolFlag() bool { return true }
