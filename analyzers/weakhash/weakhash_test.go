package weakhash_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/weakhash"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), weakhash.Analyzer, "sig", "certs", "passwords", "download", "negative")
}
