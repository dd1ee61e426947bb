package cli

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/cryptovet/cryptovet/internal/config"
	"github.com/cryptovet/cryptovet/internal/driver"
	"github.com/cryptovet/cryptovet/internal/policy"
	"github.com/cryptovet/cryptovet/internal/registry"
)

// VetMain runs the go vet tool protocol. It does not return.
//
// go vet runs the tool in each package's directory, so the configuration
// file is the .cryptovet.yml of the package's directory or its closest
// parent; flags override it. go vet caches results by the tool's -V=full
// output, which therefore includes a hash of the configuration file found
// from the directory go vet runs in.
func VetMain() {
	path, file, err := vetConfig(driver.Getwd())
	if err != nil {
		if !isVetQuery(os.Args[1:]) {
			fmt.Fprintf(os.Stderr, "cryptovet: %v\n", err)
			os.Exit(1)
		}
		// go vet hides the errors of its -flags and -V=full queries:
		// answer them, and report the error when analysing a package.
		path, _ = config.Find(driver.Getwd())
		file = nil
	}
	opts := &policy.Options{}
	tests := false
	var on map[string]bool
	if file != nil {
		if file.Settings.Tests != nil {
			tests = *file.Settings.Tests
		}
		opts.Exclude = file.Settings.Exclude
		opts.ExcludeBase = filepath.Dir(path)
		rules, err := file.Settings.Rules()
		if err != nil {
			fmt.Fprintf(os.Stderr, "cryptovet: %s: %v\n", path, err)
			os.Exit(1)
		}
		on = make(map[string]bool)
		for _, r := range rules {
			on[r.Name()] = true
		}
	}
	flag.BoolVar(&opts.Tests, "tests", tests, "also report findings located in _test.go files")
	flag.Var(versionFlag{config: path}, "V", "print version and exit")

	var as []*analysis.Analyzer
	for _, r := range registry.Rules() {
		w := policy.Wrap(r.Analyzer, opts)
		if on != nil && !on[r.Name()] {
			w = offUnlessFlagged(w)
		}
		as = append(as, w)
	}
	unitchecker.Main(as...)
}

// isVetQuery reports whether go vet is asking for the tool's flags or
// version rather than running it on a package.
func isVetQuery(args []string) bool {
	for _, a := range args {
		a = strings.TrimPrefix(a, "-")
		if a == "-flags" || a == "flags" || strings.HasPrefix(a, "V=") || strings.HasPrefix(a, "-V=") {
			return true
		}
	}
	return false
}

// vetConfig loads and applies the configuration file that applies to dir.
func vetConfig(dir string) (string, *config.File, error) {
	path, err := config.Find(dir)
	if err != nil || path == "" {
		return "", nil, err
	}
	f, err := config.Load(path)
	if err != nil {
		return "", nil, err
	}
	if err := f.Apply(); err != nil {
		return "", nil, err
	}
	return path, f, nil
}

// offUnlessFlagged returns a copy of a, turned off by the configuration
// file, that runs only when the command line names it (-NAME), as a flag
// overrides the file. unitchecker parses the flags; the copy reads them
// when it runs.
func offUnlessFlagged(a *analysis.Analyzer) *analysis.Analyzer {
	if a.ResultType != nil {
		return a // others depend on its result
	}
	w := *a
	run := a.Run
	w.Run = func(pass *analysis.Pass) (any, error) {
		flagged := false
		flag.Visit(func(f *flag.Flag) {
			if f.Name == a.Name && f.Value.String() == "true" {
				flagged = true
			}
		})
		if !flagged {
			return nil, nil
		}
		return run(pass)
	}
	return &w
}

// versionFlag answers go vet's -V=full query, as unitchecker does, with a
// build ID that also covers the configuration file, so that go vet's cache
// does not serve results computed with an older configuration.
type versionFlag struct{ config string }

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) Get() any         { return nil }
func (versionFlag) String() string   { return "" }
func (v versionFlag) Set(s string) error {
	if s != "full" {
		log.Fatalf("unsupported flag value: -V=%s (use -V=full)", s)
	}
	progname, err := os.Executable()
	if err != nil {
		return err
	}
	h := sha256.New()
	for _, name := range []string{progname, v.config} {
		if name == "" {
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			log.Fatal(err)
		}
		if name == v.config {
			fmt.Fprintf(h, "\x00config %s\x00", name)
		}
		if _, err := io.Copy(h, f); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	fmt.Printf("%s version devel comments-go-here buildID=%02x\n", progname, string(h.Sum(nil)))
	os.Exit(0)
	return nil
}
