package sshhostkey_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/sshhostkey"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sshhostkey.Analyzer, "a", "sshutil", "c", "golang.org/x/crypto/ssh")
}
