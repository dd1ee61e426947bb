package rand

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports math/rand values used for keys, nonces, salts and tokens.
var Analyzer = &analysis.Analyzer{
	Name: "rand",
	Doc:  analysisutil.MustExtractDoc(doc, "rand"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/rand.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
