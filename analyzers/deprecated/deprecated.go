package deprecated

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports deprecated, insecure crypto APIs.
var Analyzer = &analysis.Analyzer{
	Name: "deprecated",
	Doc:  analysisutil.MustExtractDoc(doc, "deprecated"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/deprecated.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
