package tlsverify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/tlsverify"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), tlsverify.Analyzer, "client", "server",
		"acme", "relay", "httppeer", "a", "b", "c", "nocheck", "lenonly", "testcheck")
}
