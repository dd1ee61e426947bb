package provenance_test

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

// sinks reports the sinks of the data roles with their origins, so that
// tests can state them with want comments.
var sinks = &analysis.Analyzer{
	Name:       "sinks",
	Doc:        "report sinks and origins (test only)",
	Requires:   []*analysis.Analyzer{provenance.Analyzer},
	ResultType: reflect.TypeFor[int](),
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
		for _, s := range res.SinksFor(cryptoapi.Key, cryptoapi.Nonce, cryptoapi.Password, cryptoapi.Salt, cryptoapi.PrivateKey) {
			msg := fmt.Sprintf("%s %s %s", s.Role, s.API, s.Origins)
			if s.Via != "" {
				msg += " via " + s.Via
			}
			pass.Reportf(s.Pos, "%s", msg)
		}
		return 0, nil
	},
}

func init() { os.Setenv("CRYPTOVET_PROVENANCE_PANIC", "1") }

func TestOrigins(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sinks, "origins", "generic")
}

// everyValue asks for the origins of every value of every function, the
// generic bodies included, before it reports the sinks as sinks does: a
// query must never panic, and what was asked first must not change the
// sinks' origins.
var everyValue = &analysis.Analyzer{
	Name:       "everyvalue",
	Doc:        "query the origins of every SSA value, then report sinks (test only)",
	Requires:   []*analysis.Analyzer{provenance.Analyzer},
	ResultType: reflect.TypeFor[int](),
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
		for _, fn := range res.Funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if v, ok := instr.(ssa.Value); ok {
						res.Origins(v)
					}
				}
			}
		}
		return sinks.Run(pass)
	},
}

func TestEveryValue(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), everyValue, "generic", "origins")
}

func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), provenance.Analyzer, "wrap")
}

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sinks, "use")
}

func TestOriginsHelpers(t *testing.T) {
	os := provenance.Origins{{Kind: provenance.Constant, Len: 16}, {Kind: provenance.Zero, Len: 16}}
	if !os.Only(provenance.Constant, provenance.Zero) || os.Only(provenance.Constant) {
		t.Errorf("Only is wrong for %s", os)
	}
	if n, ok := os.Len(); !ok || n != 16 {
		t.Errorf("Len = %d, %v", n, ok)
	}
	if !strings.Contains(os.String(), "constant(len 16)") {
		t.Errorf("String = %s", os)
	}
	if (provenance.Origins{}).Only(provenance.Constant) {
		t.Error("empty origins must not be Only(Constant)")
	}
}
