package cryptoapi_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

func isStd(path string) bool { return !strings.Contains(strings.SplitN(path, "/", 2)[0], ".") }

// TestStdlibEntries checks every standard library entry against the real
// API: the function or method exists and every parameter index is valid.
func TestStdlibEntries(t *testing.T) {
	var paths []string
	seen := map[string]bool{}
	for _, f := range cryptoapi.All() {
		if isStd(f.Pkg) && !seen[f.Pkg] {
			seen[f.Pkg] = true
			paths = append(paths, f.Pkg)
		}
	}
	sort.Strings(paths)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Fatalf("%s: %v", p.PkgPath, p.Errors)
		}
		byPath[p.PkgPath] = p.Types
	}
	for _, f := range cryptoapi.All() {
		if !isStd(f.Pkg) {
			continue
		}
		pkg := byPath[f.Pkg]
		if pkg == nil {
			t.Errorf("%s: package not loaded", f.ID())
			continue
		}
		if f.Name == "*" {
			if f.Recv != "" && pkg.Scope().Lookup(f.Recv) == nil {
				t.Errorf("%s: no type %s", f.ID(), f.Recv)
			}
			continue
		}
		var fn *types.Func
		if f.Recv == "" {
			fn, _ = pkg.Scope().Lookup(f.Name).(*types.Func)
		} else if tn, ok := pkg.Scope().Lookup(f.Recv).(*types.TypeName); ok {
			var typ types.Type = types.NewPointer(tn.Type())
			if types.IsInterface(tn.Type()) {
				typ = tn.Type()
			}
			obj, _, _ := types.LookupFieldOrMethod(typ, true, pkg, f.Name)
			fn, _ = obj.(*types.Func)
		}
		if fn == nil {
			t.Errorf("%s: not found", f.ID())
			continue
		}
		if got := cryptoapi.Lookup(fn); got != f && !(f.Recv != "" && got != nil) {
			t.Errorf("Lookup(%s) = %v, want %s", fn, got, f.ID())
		}
		checkParams(t, f, fn.Type().(*types.Signature).Params().Len())
	}
}

func checkParams(t *testing.T, f *cryptoapi.Func, n int) {
	t.Helper()
	for _, p := range f.Params {
		if p.Index < cryptoapi.Receiver || p.Index >= n || (p.Index == cryptoapi.Receiver && f.Recv == "") {
			t.Errorf("%s: parameter %d (%s) out of range (%d parameters)", f.ID(), p.Index, p.Role, n)
		}
	}
}

// TestModuleEntries checks the golang.org/x/crypto and golang-jwt entries
// against the sources in the module cache, when they are there.
func TestModuleEntries(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Skip("no go env")
	}
	cache := strings.TrimSpace(string(out))
	roots := map[string]string{
		"golang.org/x/crypto/":         "golang.org/x/crypto@v0.59.0",
		"github.com/golang-jwt/jwt/v5": "github.com/golang-jwt/jwt/v5@v5.3.1",
	}
	checked := 0
	for _, f := range cryptoapi.All() {
		var dir string
		for prefix, mod := range roots {
			if f.Pkg == prefix || strings.HasPrefix(f.Pkg, prefix) {
				dir = filepath.Join(cache, mod, strings.TrimPrefix(strings.TrimPrefix(f.Pkg, prefix), "/"))
				if prefix == "golang.org/x/crypto/" {
					dir = filepath.Join(cache, mod, strings.TrimPrefix(f.Pkg, prefix))
				}
			}
		}
		if dir == "" || f.Name == "*" {
			continue
		}
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		n, ok := paramCount(t, dir, f.Recv, f.Name)
		if !ok {
			t.Errorf("%s: not found in %s", f.ID(), dir)
			continue
		}
		checkParams(t, f, n)
		checked++
	}
	if checked == 0 {
		t.Skip("module sources not in the module cache")
	}
}

// paramCount finds a function or method (or interface method) in the Go
// files of dir and returns its number of parameters.
func paramCount(t *testing.T, dir, recv, name string) (int, bool) {
	fset := token.NewFileSet()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	count := func(ft *ast.FuncType) int {
		n := 0
		for _, f := range ft.Params.List {
			if len(f.Names) == 0 {
				n++
			}
			n += len(f.Names)
		}
		return n
	}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Name.Name != name {
					continue
				}
				r := ""
				if d.Recv != nil && len(d.Recv.List) > 0 {
					typ := d.Recv.List[0].Type
					if s, ok := typ.(*ast.StarExpr); ok {
						typ = s.X
					}
					if id, ok := typ.(*ast.Ident); ok {
						r = id.Name
					}
				}
				if r == recv {
					return count(d.Type), true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					ts, ok := s.(*ast.TypeSpec)
					if !ok || ts.Name.Name != recv {
						continue
					}
					if it, ok := ts.Type.(*ast.InterfaceType); ok {
						for _, m := range it.Methods.List {
							if ft, ok := m.Type.(*ast.FuncType); ok && len(m.Names) > 0 && m.Names[0].Name == name {
								return count(ft), true
							}
						}
					}
				}
			}
		}
	}
	return 0, false
}

func TestLookupName(t *testing.T) {
	if f := cryptoapi.LookupName("crypto/cipher", "AEAD", "Seal"); f == nil || f.Role(1) != cryptoapi.Nonce || !f.Encrypts() {
		t.Errorf("AEAD.Seal: %+v", f)
	}
	if f := cryptoapi.LookupName("math/rand/v2", "", "IntN"); f == nil || f.Produces != cryptoapi.MathRand {
		t.Errorf("math/rand/v2.IntN: %+v", f)
	}
	if f := cryptoapi.LookupName("crypto/cipher", "AEAD", "Open"); f == nil || f.Encrypts() {
		t.Errorf("AEAD.Open: %+v", f)
	}
	if got := cryptoapi.LookupName("github.com/golang-jwt/jwt/v5", "Token", "SignedString").String(); got != "jwt.Token.SignedString" {
		t.Errorf("String = %q", got)
	}
	if !cryptoapi.IsCryptoPackage("crypto/aes") || cryptoapi.IsCryptoPackage("encoding/hex") {
		t.Error("IsCryptoPackage")
	}
}
