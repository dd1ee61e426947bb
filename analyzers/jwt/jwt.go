package jwt

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports JWT verification mistakes.
var Analyzer = &analysis.Analyzer{
	Name: "jwt",
	Doc:  analysisutil.MustExtractDoc(doc, "jwt"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/jwt.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
