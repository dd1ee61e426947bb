package salt_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/salt"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), salt.Analyzer, "a", "b")
}
