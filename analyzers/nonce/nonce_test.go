package nonce_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/nonce"
)

func init() { os.Setenv("CRYPTOVET_PROVENANCE_PANIC", "1") }

func TestNonce(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), nonce.Analyzer, "a", "vaultuser")
}
