package sshhostkey

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports SSH clients that do not verify the server's host key.
var Analyzer = &analysis.Analyzer{
	Name: "sshhostkey",
	Doc:  analysisutil.MustExtractDoc(doc, "sshhostkey"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/sshhostkey.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
