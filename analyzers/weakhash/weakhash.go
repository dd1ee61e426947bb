package weakhash

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports MD4, MD5, SHA-1 and RIPEMD-160 used where security depends on them.
var Analyzer = &analysis.Analyzer{
	Name: "weakhash",
	Doc:  analysisutil.MustExtractDoc(doc, "weakhash"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/weakhash.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
