package deprecated_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/deprecated"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), deprecated.Analyzer, "a", "b")
}
