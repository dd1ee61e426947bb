package tlsverify

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports TLS configurations that do not verify the peer's certificate.
var Analyzer = &analysis.Analyzer{
	Name: "tlsverify",
	Doc:  analysisutil.MustExtractDoc(doc, "tlsverify"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/tlsverify.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
