package weakcipher_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/weakcipher"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), weakcipher.Analyzer, "a", "golang.org/x/crypto/tea")
}

func TestModesFlag(t *testing.T) {
	if err := weakcipher.Analyzer.Flags.Set("modes", "false"); err != nil {
		t.Fatal(err)
	}
	defer weakcipher.Analyzer.Flags.Set("modes", "true")
	analysistest.Run(t, analysistest.TestData(), weakcipher.Analyzer, "nomodes")
}
