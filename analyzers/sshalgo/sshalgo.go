package sshalgo

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports insecure SSH ciphers, key exchanges, MACs and host key algorithms.
var Analyzer = &analysis.Analyzer{
	Name: "sshalgo",
	Doc:  analysisutil.MustExtractDoc(doc, "sshalgo"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/sshalgo.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
