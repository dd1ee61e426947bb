package salt

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports constant, predictable or short salts in password hashing and KDFs.
var Analyzer = &analysis.Analyzer{
	Name: "salt",
	Doc:  analysisutil.MustExtractDoc(doc, "salt"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/salt.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
