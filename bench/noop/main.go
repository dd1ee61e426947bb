// Command noop is the floor of cryptovet's cost: it loads and
// type-checks packages exactly as cryptovet does (driver.Load, then
// driver.Run through go/analysis/checker) and runs one analyzer that
// requires only the inspect pass and reports nothing.
//
// The difference between cryptovet and noop on the same packages is the
// cost of cryptovet's analyzers; noop itself is the cost of go list,
// parsing, type-checking and the inspector. bench/run.sh runs both.
//
// Usage:
//
//	noop [-tests] [packages]
//
// It prints, on standard error, the number of packages and the time
// spent loading and analysing them. Exit status: 0, or 2 when packages
// could not be loaded or analysed (their errors are printed).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/cryptovet/cryptovet/internal/driver"
)

var analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop: requires the inspector, reports nothing",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	tests := flag.Bool("tests", false, "load test variants too")
	flag.Parse()
	os.Exit(run(flag.Args(), *tests))
}

func run(patterns []string, tests bool) int {
	start := time.Now()
	driver.TuneGC()
	pkgs, loadErrs, err := driver.Load(driver.Config{Patterns: patterns, Tests: tests})
	if err != nil {
		fmt.Fprintf(os.Stderr, "noop: %v\n", err)
		return 2
	}
	loaded := time.Now()
	report, err := driver.Run([]*analysis.Analyzer{analyzer}, pkgs, func(string, string) string { return "warning" })
	if err != nil {
		fmt.Fprintf(os.Stderr, "noop: %v\n", err)
		return 2
	}
	done := time.Now()
	errs := append(loadErrs, report.Errors...)
	for _, e := range errs {
		fmt.Fprintf(os.Stderr, "noop: %s: %s\n", e.Package, e.Message)
	}
	fmt.Fprintf(os.Stderr, "noop: %d packages, load %.2fs, analysis %.2fs\n",
		len(pkgs), loaded.Sub(start).Seconds(), done.Sub(loaded).Seconds())
	if len(errs) > 0 {
		return 2
	}
	return 0
}
