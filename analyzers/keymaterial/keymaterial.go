package keymaterial

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports private keys and problem certificates in files embedded in the program.
var Analyzer = &analysis.Analyzer{
	Name: "keymaterial",
	Doc:  analysisutil.MustExtractDoc(doc, "keymaterial"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/keymaterial.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
