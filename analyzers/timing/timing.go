package timing

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports secrets compared in variable time.
var Analyzer = &analysis.Analyzer{
	Name: "timing",
	Doc:  analysisutil.MustExtractDoc(doc, "timing"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/timing.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
