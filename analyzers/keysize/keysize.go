package keysize

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports RSA keys shorter than the minimum, DSA and weak curves.
var Analyzer = &analysis.Analyzer{
	Name: "keysize",
	Doc:  analysisutil.MustExtractDoc(doc, "keysize"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/keysize.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
