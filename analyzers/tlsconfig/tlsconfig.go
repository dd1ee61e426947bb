package tlsconfig

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports TLS configurations that allow obsolete protocol versions or cipher suites.
var Analyzer = &analysis.Analyzer{
	Name: "tlsconfig",
	Doc:  analysisutil.MustExtractDoc(doc, "tlsconfig"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/tlsconfig.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
