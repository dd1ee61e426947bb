package analysisutil_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

const writesSrc = `package p

type T struct{ A, B int }

var once = 1
var twice = 1
var addressed = 1
var lit = T{A: 1, B: 2}

func f(param int) {
	twice = 2
	_ = &addressed
	local := T{A: 1}
	local.B = 3
	ptr := &T{A: 1}
	g(ptr)
	val := T{A: 1}
	val.m()
	_, _, _, _ = param, local, ptr, val
}

func g(*T) {}

func (t *T) m() {}
`

func TestWrites(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", writesSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	w := analysisutil.NewWrites(info, inspector.New([]*ast.File{f}))
	vars := make(map[string]*types.Var)
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok && !v.IsField() {
			vars[id.Name] = v
		}
	}
	var fieldA, fieldB *types.Var
	st := vars["lit"].Type().Underlying().(*types.Struct)
	fieldA, fieldB = st.Field(0), st.Field(1)

	for name, want := range map[string]bool{"once": true, "twice": false, "addressed": false, "param": false, "local": true} {
		if _, got := w.Value(vars[name]); got != want {
			t.Errorf("Value(%s): got %v, want %v", name, got, want)
		}
	}
	for _, tc := range []struct {
		v      string
		f      *types.Var
		stable bool
	}{
		{"lit", fieldA, true},
		{"local", fieldA, true},
		{"local", fieldB, false}, // local.B = 3
		{"ptr", fieldA, false},   // passed to g
		{"val", fieldA, false},   // pointer method m
	} {
		if got := w.FieldStable(vars[tc.v], tc.f); got != tc.stable {
			t.Errorf("FieldStable(%s, %s): got %v, want %v", tc.v, tc.f.Name(), got, tc.stable)
		}
	}
	if w.FieldWritten(vars["ptr"], fieldA) {
		t.Errorf("FieldWritten(ptr, A): got true, want false")
	}
}
