package rand_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/rand"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rand.Analyzer, "keys", "tokens", "sessions", "negative", "wrapuser", "tokenuser", "counters", "c8util", "c8user", "c8weak", "c8weakpool")
}

func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), rand.Analyzer, "fixunused", "fixadd")
}

// TestLegacy runs on a go 1.25 module, where crypto/rsa, crypto/ecdsa and
// crypto/ecdh still read the random source they are given.
func TestLegacy(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "go125"), rand.Analyzer, "./...")
}
