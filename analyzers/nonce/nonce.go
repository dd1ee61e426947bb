package nonce

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports constant, predictable or reused nonces and IVs.
var Analyzer = &analysis.Analyzer{
	Name: "nonce",
	Doc:  analysisutil.MustExtractDoc(doc, "nonce"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/nonce.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
