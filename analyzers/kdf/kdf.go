package kdf

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports password hashing and key derivation with too little work.
var Analyzer = &analysis.Analyzer{
	Name: "kdf",
	Doc:  analysisutil.MustExtractDoc(doc, "kdf"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/kdf.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
