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

	"github.com/cryptovet/cryptovet/internal/config"
	"github.com/cryptovet/cryptovet/internal/driver"
	"github.com/cryptovet/cryptovet/internal/fix"
	"github.com/cryptovet/cryptovet/internal/output"
	"github.com/cryptovet/cryptovet/internal/policy"
	"github.com/cryptovet/cryptovet/internal/registry"
	"github.com/cryptovet/cryptovet/internal/suppress"
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
	cryptovet -fix [packages]             apply the suggested fixes (-diff: show them)
	cryptovet -print-config               show the effective configuration
	cryptovet help [analyzer]             describe the analyzers
	go vet -vettool=$(command -v cryptovet) [flags] [packages]

Settings come from the .cryptovet.yml of the working directory or its
closest parent (or -config FILE); flags override it. A finding is
silenced by "//cryptovet:ignore NAME reason" on its line or the line
above; see docs/suppression.md and docs/configuration.md.

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
	resetAnalyzerFlags()

	fs := flag.NewFlagSet("cryptovet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		format         = fs.String("format", "text", "output format: text, json or sarif")
		outFile        = fs.String("o", "", "write the report to `file` instead of standard output")
		sarifRoot      = fs.String("sarif-root", "", "directory that SARIF URIs are relative to (default: the git top level, else the working directory)")
		list           = fs.Bool("list", false, "list the analyzers and exit")
		version        = fs.Bool("version", false, "print the version and exit")
		configFile     = fs.String("config", "", "read the configuration from `file` (default: the "+config.FileName+" of the working directory or its closest parent)")
		printConfig    = fs.Bool("print-config", false, "print the effective configuration, with where each value comes from, and exit")
		showSuppressed = fs.Bool("show-suppressed", false, "also report the findings that suppression comments silence, marked as suppressed")
		unusedDirs     = fs.Bool("unused-directives", false, "report //cryptovet:ignore and //cryptovet:file-ignore directives that suppress nothing")
		fixFlag        = fs.Bool("fix", false, "apply the suggested fixes to the files, and report the findings that remain")
		diffFlag       = fs.Bool("diff", false, "print the suggested fixes as a unified diff instead of the report; change nothing")
		tests          = fs.Bool("tests", false, "also report findings located in _test.go files")
		cpuProfile     = fs.String("debug.cpuprofile", "", "write a CPU profile to `file`")
		memProfile     = fs.String("debug.memprofile", "", "write a heap profile of the live objects after the analysis to `file`")
	)
	var given []recorded
	enabled := registerAnalyzerFlags(fs, &given)
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
	testsSet := false
	fs.Visit(func(f *flag.Flag) { testsSet = testsSet || f.Name == "tests" })

	cwd := driver.Getwd()
	eff, err := resolve(*configFile, cwd, enabled, tests, testsSet, given)
	if err != nil {
		fmt.Fprintf(stderr, "cryptovet: %v\n", err)
		return ExitError
	}
	if *printConfig {
		eff.print(stdout)
		return ExitClean
	}

	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "cryptovet: %v\n", err)
			return ExitError
		}
		defer stop()
	}
	if *memProfile != "" {
		defer writeHeapProfile(*memProfile, stderr)
	}

	log := &suppress.Log{}
	opts := &policy.Options{Tests: eff.tests, Exclude: eff.exclude, ExcludeBase: eff.base, Log: log}
	rules := eff.rules()
	var analyzers []*analysis.Analyzer
	for _, r := range rules {
		analyzers = append(analyzers, policy.Wrap(r.Analyzer, opts))
	}

	driver.TuneGC()
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

	// Suppressed findings come through marked; keep them only on request.
	log.Mark(report.Findings)
	if *unusedDirs {
		report.Findings = append(report.Findings, log.Unused(func(name string) bool { return registry.Lookup(name) != nil })...)
		output.Sort(report.Findings)
	}
	active := 0
	for _, f := range report.Findings {
		if f.Suppressed == nil {
			active++
		}
	}

	if *fixFlag || *diffFlag {
		remaining, ok := applyFixes(report, cwd, *diffFlag, stdout, stderr)
		if !ok {
			return ExitError
		}
		if *diffFlag {
			return exitStatus(report, active)
		}
		report.Findings = remaining
		active = 0
		for _, f := range remaining {
			if f.Suppressed == nil {
				active++
			}
		}
	}
	if !*showSuppressed {
		kept := report.Findings[:0]
		for _, f := range report.Findings {
			if f.Suppressed == nil {
				kept = append(kept, f)
			}
		}
		report.Findings = kept
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
	return exitStatus(report, active)
}

// exitStatus is the status of a run with the given number of findings
// that are not suppressed.
func exitStatus(report *output.Report, active int) int {
	switch {
	case len(report.Errors) > 0:
		return ExitError
	case active > 0:
		return ExitFindings
	}
	return ExitClean
}

// applyFixes applies the suggested fixes of the findings that are not
// suppressed, or with diff prints them as a unified diff to stdout. It
// returns the findings that remain, and false on an error writing files.
func applyFixes(report *output.Report, cwd string, diff bool, stdout, stderr io.Writer) ([]output.Finding, bool) {
	var candidates []output.Finding
	for _, f := range report.Findings {
		if f.Suppressed == nil {
			candidates = append(candidates, f)
		}
	}
	res := fix.Compute(candidates, nil)
	for _, s := range res.Skipped {
		fmt.Fprintf(stderr, "cryptovet: %s: fix of [%s] not applied: %s\n", displayPos(s.Finding, cwd), s.Finding.Analyzer, s.Reason)
	}
	if diff {
		for _, f := range res.Files {
			name := filepath.ToSlash(relTo(f.Name, cwd))
			fmt.Fprint(stdout, fix.Unified("a/"+name, "b/"+name, f.Old, f.New))
		}
		return report.Findings, true
	}
	if err := res.Write(); err != nil {
		fmt.Fprintf(stderr, "cryptovet: writing fixes: %v\n", err)
		return nil, false
	}
	if n := len(res.Fixed); n > 0 {
		fmt.Fprintf(stderr, "cryptovet: fixed %d %s in %d %s\n", n, plural(n, "finding"), len(res.Files), plural(len(res.Files), "file"))
	}
	fixed := map[string]bool{}
	for _, f := range res.Fixed {
		fixed[findingKey(f)] = true
	}
	var remaining []output.Finding
	for _, f := range report.Findings {
		if !fixed[findingKey(f)] {
			remaining = append(remaining, f)
		}
	}
	return remaining, true
}

func findingKey(f output.Finding) string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%s", f.Analyzer, f.Pos.Filename, f.Pos.Offset, f.Message)
}

func displayPos(f output.Finding, cwd string) string {
	return fmt.Sprintf("%s:%d:%d", relTo(f.Pos.Filename, cwd), f.Pos.Line, f.Pos.Column)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// registerAnalyzerFlags adds -NAME (enable) and -NAME.FLAG for every
// analyzer, the same flags go vet passes to the tool. The -NAME.FLAG
// settings given are also appended to given, to be applied again over the
// configuration file's.
func registerAnalyzerFlags(fs *flag.FlagSet, given *[]recorded) map[string]*triState {
	enabled := make(map[string]*triState)
	for _, r := range registry.Rules() {
		a := r.Analyzer
		t := new(triState)
		enabled[a.Name] = t
		fs.Var(t, a.Name, fmt.Sprintf("enable the %s analyzer: %s", a.Name, r.Title()))
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			fs.Var(&recorder{Value: f.Value, name: name, f: f, log: given}, name, f.Usage)
		})
	}
	return enabled
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
		if r.Analyzer.URL != "" {
			fmt.Fprintf(stdout, "\nConfiguration and suppression: %s\n", r.Analyzer.URL)
		}
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
