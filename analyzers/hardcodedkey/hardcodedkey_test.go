package hardcodedkey_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/hardcodedkey"
)

func init() { os.Setenv("CRYPTOVET_PROVENANCE_PANIC", "1") }

func TestHardcodedKey(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedkey.Analyzer, "a")
}
