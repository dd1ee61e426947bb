package jwt_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptovet/cryptovet/analyzers/jwt"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwt.Analyzer, "none", "keyfunc", "unverified", "hmackey", "legacy")
}
