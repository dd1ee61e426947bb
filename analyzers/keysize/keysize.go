package keysize

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

//go:embed doc.go
var doc string

// Analyzer reports RSA keys shorter than the minimum, DSA and weak curves.
var Analyzer = &analysis.Analyzer{
	Name:     "keysize",
	Doc:      analysisutil.MustExtractDoc(doc, "keysize"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/keysize.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer, provenance.Analyzer},
	Run:      run,
}

// minBits is the smallest acceptable RSA modulus: NIST SP 800-131A Rev 2
// (Table 2), NIST SP 800-57 Part 1 Rev 5 (Table 2, 112-bit security) and
// RFC 7518 §3.3 all set it at 2048 bits.
var minBits = 2048

// fixBits is the modulus the suggested fix writes: 128-bit security per
// NIST SP 800-57 Part 1 Rev 5, Table 2, for keys used beyond 2030.
const fixBits = "3072"

func init() {
	Analyzer.Flags.IntVar(&minBits, "minbits", minBits,
		"smallest acceptable RSA modulus in bits (NIST SP 800-131A Rev 2, SP 800-57 Pt 1 Rev 5, RFC 7518 §3.3)")
}

// rsaBitsArg maps the crypto/rsa key generators to the index of their
// bit-size argument.
var rsaBitsArg = map[string]int{
	"GenerateKey":           1, // GenerateKey(random, bits)
	"GenerateMultiPrimeKey": 2, // GenerateMultiPrimeKey(random, nprimes, bits)
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	r := &resolver{pass: pass, in: in}

	for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := analysisutil.Callee(pass.TypesInfo, call)
		switch {
		case analysisutil.IsFunc(fn, "crypto/rsa", "GenerateKey", "GenerateMultiPrimeKey"):
			checkRSA(pass, r, call, fn.Name())
		case analysisutil.IsFunc(fn, "crypto/dsa", "GenerateParameters"):
			reportDSA(pass, call, "dsa.GenerateParameters")
		case analysisutil.IsFunc(fn, "crypto/dsa", "GenerateKey"):
			// One DSA key generation, one finding: the parameters
			// generated in the same function are reported already.
			if !callsInEnclosingFunc(pass, c, "crypto/dsa", "GenerateParameters") {
				reportDSA(pass, call, "dsa.GenerateKey")
			}
		case analysisutil.IsFunc(fn, "crypto/ecdsa", "GenerateKey"), analysisutil.IsFunc(fn, "crypto/elliptic", "GenerateKey"):
			// Only key generation is reported: parsing, naming and
			// comparing P-224 keep interoperability without creating
			// weak keys.
			if len(call.Args) > 0 && r.isP224(call.Args[0]) {
				pass.Report(analysis.Diagnostic{
					Pos:      call.Pos(),
					End:      call.End(),
					Category: analysisutil.LevelNote,
					Message: fmt.Sprintf("%s generates a P-224 key, which offers only 112-bit security and is accepted by "+
						"NIST SP 800-57 Pt 1 Rev 5 only until 2030; use elliptic.P256 or a stronger curve", types.ExprString(call.Fun)),
				})
			}
		}
	}
	checkWrappers(pass, pass.ResultOf[provenance.Analyzer].(*provenance.Result))
	return nil, nil
}

// checkWrappers reports calls of functions, of this package or another,
// that pass a parameter on to the bit size of rsa.GenerateKey or
// GenerateMultiPrimeKey (known from the provenance pass and its facts),
// when every value the argument can have is a constant under the
// minimum. Direct calls are checkRSA's.
func checkWrappers(pass *analysis.Pass, res *provenance.Result) {
	for _, s := range res.SinksFor(cryptoapi.Bits) {
		if s.Via == "" || s.API == nil || s.API.Pkg != "crypto/rsa" || !s.Origins.Only(provenance.Constant) {
			continue
		}
		var best *provenance.Origin
		for i := range s.Origins {
			o := &s.Origins[i]
			if !o.HasInt {
				best = nil
				break
			}
			if best == nil || o.Int > best.Int {
				best = o
			}
		}
		if best == nil || best.Int >= int64(minBits) {
			continue
		}
		from := ""
		if best.Name != "" {
			from = fmt.Sprintf(" (%s)", best.Name)
		}
		d := analysis.Diagnostic{
			Pos: s.Pos,
			End: s.End,
			Message: fmt.Sprintf("%s generates a %d-bit RSA key%s with rsa.%s: moduli under %d bits are within reach of factoring "+
				"and disallowed by NIST SP 800-131A; use at least %d bits (%s for keys used beyond 2030)",
				analysisutil.ShortFuncName(s.Via), best.Int, from, s.API.Name, minBits, minBits, fixBits),
		}
		if best.Pos.IsValid() {
			d.Related = []analysis.RelatedInformation{{Pos: best.Pos, Message: "the bit size comes from here"}}
		}
		pass.Report(d)
	}
}

func checkRSA(pass *analysis.Pass, r *resolver, call *ast.CallExpr, name string) {
	i := rsaBitsArg[name]
	if i >= len(call.Args) {
		return
	}
	arg := call.Args[i]
	bits, ok := r.intValue(arg, 0)
	if !ok || bits >= int64(minBits) {
		return
	}
	from := ""
	if _, lit := ast.Unparen(arg).(*ast.BasicLit); !lit {
		from = fmt.Sprintf(" (%s)", types.ExprString(arg))
	}
	d := analysis.Diagnostic{
		Pos: call.Pos(),
		End: call.End(),
		Message: fmt.Sprintf("rsa.%s generates a %d-bit RSA key%s: moduli under %d bits are within reach of factoring "+
			"and disallowed by NIST SP 800-131A; use at least %d bits (%s for keys used beyond 2030)",
			name, bits, from, minBits, minBits, fixBits),
	}
	if lit, ok := arg.(*ast.BasicLit); ok && lit.Kind == token.INT {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use a " + fixBits + "-bit modulus",
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(fixBits)}},
		}}
	}
	pass.Report(d)
}

func reportDSA(pass *analysis.Pass, call *ast.CallExpr, name string) {
	analysisutil.Reportf(pass, call, "",
		"%s generates a DSA key: DSA is deprecated since Go 1.16 and no longer approved for signatures by FIPS 186-5, "+
			"and its common L1024N160 size is weak; generate an Ed25519 (crypto/ed25519) or ECDSA P-256 key instead", name)
}

// callsInEnclosingFunc reports whether the function around c calls
// pkgPath.name.
func callsInEnclosingFunc(pass *analysis.Pass, c inspector.Cursor, pkgPath, name string) bool {
	for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		found := false
		ast.Inspect(fc.Node(), func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && analysisutil.IsFunc(analysisutil.Callee(pass.TypesInfo, call), pkgPath, name) {
				found = true
			}
			return !found
		})
		return found
	}
	return false
}

// A resolver finds the integer an expression always holds.
type resolver struct {
	pass   *analysis.Pass
	in     *inspector.Inspector
	writes *analysisutil.Writes // built on first use
	funcs  map[*types.Func]*ast.FuncDecl
}

// value returns the only value variable v of this package ever holds.
func (r *resolver) value(v *types.Var) (ast.Expr, bool) {
	if v.Pkg() != r.pass.Pkg {
		return nil, false
	}
	if r.writes == nil {
		r.writes = analysisutil.NewWrites(r.pass.TypesInfo, r.in)
	}
	return r.writes.Value(v)
}

// maxDepth bounds how many indirections intValue follows.
const maxDepth = 8

// intValue returns the integer e always evaluates to: a constant
// expression (literals, named constants of any package), a variable only
// ever assigned one such value, a struct field whose composite-literal
// value is never overwritten (Options{Bits: 1024}, reached through locals
// and package variables), or a call of a function of this package that
// returns such values on every path (the largest is returned). Anything
// else is unknown.
//
// This is the one place where keysize follows values; it is meant to be
// replaced by the provenance pass.
func (r *resolver) intValue(e ast.Expr, depth int) (int64, bool) {
	if depth > maxDepth {
		return 0, false
	}
	info := r.pass.TypesInfo
	if v, ok := analysisutil.ConstInt(info, e); ok {
		return v, true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return 0, false
		}
		val, ok := r.value(v)
		if !ok {
			return 0, false
		}
		return r.intValue(val, depth+1)
	case *ast.SelectorExpr:
		val, ok := r.fieldValue(e, depth+1)
		if !ok {
			return 0, false
		}
		return r.intValue(val, depth+1)
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return r.intValue(e.Args[0], depth+1) // conversion
		}
		return r.returnValue(e, depth+1)
	}
	return 0, false
}

// fieldValue returns the expression the field selected by sel holds: the
// value given to it in the composite literal that the selected struct
// comes from, when nothing writes the field afterwards.
func (r *resolver) fieldValue(sel *ast.SelectorExpr, depth int) (ast.Expr, bool) {
	s, ok := r.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 || depth > maxDepth {
		return nil, false
	}
	f := s.Obj().(*types.Var)
	lit, ok := r.literalOf(sel.X, f, depth+1)
	if !ok {
		return nil, false
	}
	st, ok := r.pass.TypesInfo.TypeOf(lit).Underlying().(*types.Struct)
	if !ok {
		return nil, false
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == f {
				return kv.Value, true
			}
		} else if i < st.NumFields() && st.Field(i) == f {
			return elt, true
		}
	}
	return nil, false // the zero value: nothing to report
}

// literalOf returns the composite literal that x (a struct or a pointer to
// one) comes from, when its field f still holds the literal's value.
func (r *resolver) literalOf(x ast.Expr, f *types.Var, depth int) (*ast.CompositeLit, bool) {
	if depth > maxDepth {
		return nil, false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		return x, true
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if lit, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok {
				return lit, true
			}
		}
	case *ast.Ident:
		v, ok := r.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return nil, false
		}
		val, ok := r.value(v) // builds r.writes
		if !ok || !r.writes.FieldStable(v, f) {
			return nil, false
		}
		return r.literalOf(val, f, depth+1)
	case *ast.SelectorExpr:
		val, ok := r.fieldValue(x, depth+1)
		if !ok {
			return nil, false
		}
		return r.literalOf(val, f, depth+1)
	}
	return nil, false
}

// isP224 reports whether e is elliptic.P224(), directly or through a
// variable that only ever holds it.
func (r *resolver) isP224(e ast.Expr) bool {
	for range maxDepth {
		e = ast.Unparen(e)
		if call, ok := e.(*ast.CallExpr); ok {
			return analysisutil.IsFunc(analysisutil.Callee(r.pass.TypesInfo, call), "crypto/elliptic", "P224")
		}
		id, ok := e.(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := r.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return false
		}
		if e, ok = r.value(v); !ok {
			return false
		}
	}
	return false
}

// returnValue resolves a call of a function declared in this package with
// a single result: every return statement must resolve, and the largest
// value is returned.
func (r *resolver) returnValue(call *ast.CallExpr, depth int) (int64, bool) {
	fn := analysisutil.Callee(r.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != r.pass.Pkg || fn.Signature().Results().Len() != 1 {
		return 0, false
	}
	decl := r.funcDecl(fn)
	if decl == nil || decl.Body == nil {
		return 0, false
	}
	var (
		max   int64
		found bool
		ok    = true
	)
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			v, vok := r.intValue(n.Results[0], depth+1)
			if !vok {
				ok = false
				return false
			}
			if !found || v > max {
				max = v
			}
			found = true
		}
		return ok
	})
	return max, ok && found
}

func (r *resolver) funcDecl(fn *types.Func) *ast.FuncDecl {
	if r.funcs == nil {
		r.funcs = make(map[*types.Func]*ast.FuncDecl)
		for _, f := range r.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if obj, ok := r.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						r.funcs[obj] = fd
					}
				}
			}
		}
	}
	return r.funcs[fn]
}
