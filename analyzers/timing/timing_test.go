package timing_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/timing"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), timing.Analyzer, "a", "negative")
}

func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), timing.Analyzer, "fixdelete", "fixadd")
}
