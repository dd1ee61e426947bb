package weakcipher

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports encryption with broken or 64-bit-block ciphers and deprecated modes.
var Analyzer = &analysis.Analyzer{
	Name: "weakcipher",
	Doc:  analysisutil.MustExtractDoc(doc, "weakcipher"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/weakcipher.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
