package hardcodedkey

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports constant keys, secrets and passwords reaching a crypto API.
var Analyzer = &analysis.Analyzer{
	Name: "hardcodedkey",
	Doc:  analysisutil.MustExtractDoc(doc, "hardcodedkey"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/hardcodedkey.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
