package tlsverify

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// verdict is what a VerifyPeerCertificate or VerifyConnection callback
// does with the certificate chain it is given.
type verdict int

const (
	unknown    verdict = iota // the analysis cannot tell: silence
	verifies                  // verifies the chain, or compares it with a pinned value
	rejects                   // returns an error on every path
	acceptsAll                // accepts every chain an attacker can build
)

// Fields of x509.Certificate that the peer cannot choose without the
// issuer's or the pinned key's cooperation: comparing them with a pinned
// value is a real check. Every other field (Subject, Issuer, DNSNames,
// SerialNumber, validity, extensions) is whatever the peer's self-signed
// certificate says when the chain is not verified.
var strongCertFields = map[string]bool{
	"Raw":                     true,
	"RawTBSCertificate":       true,
	"RawSubjectPublicKeyInfo": true,
	"PublicKey":               true,
	"Signature":               true,
}

// Functions that compare their arguments: a comparison of certificate
// bytes, a key or a fingerprint with another value is a pin check.
var comparators = map[[2]string]bool{
	{"bytes", "Equal"}:                       true,
	{"bytes", "Compare"}:                     true,
	{"crypto/subtle", "ConstantTimeCompare"}: true,
	{"crypto/hmac", "Equal"}:                 true,
	{"slices", "Equal"}:                      true,
	{"slices", "Contains"}:                   true,
	{"slices", "Index"}:                      true,
	{"reflect", "DeepEqual"}:                 true,
	{"strings", "EqualFold"}:                 true,
	{"strings", "Compare"}:                   true,
}

// Packages whose signature verification functions check a certificate's
// signature with a pinned key.
var signaturePkgs = map[string]bool{
	"crypto/ecdsa":   true,
	"crypto/rsa":     true,
	"crypto/ed25519": true,
}

// callbackAnalyzer decides what callbacks do; one per pass.
type callbackAnalyzer struct {
	x        *analysisutil.TLSIndex
	info     *types.Info
	visiting map[ast.Node]bool
}

// fnState is the state of the analysis of one function body.
type fnState struct {
	a       *callbackAnalyzer
	body    *ast.BlockStmt
	derived map[*types.Var]bool // holds certificate data
	strong  map[*types.Var]bool // holds certificate bytes, a key or a fingerprint

	evidence      bool // a real check was found
	unknownFlow   bool // certificate data goes where the analysis cannot follow
	ignoredVerify bool // Verify is called but its result is ignored
	weak          map[string]bool
}

// callbackFunc returns the function that a callback setting's value
// denotes: a function literal, or a function or method of the package
// (through variables assigned once and factory helpers). It returns nil
// when the callback is not visible, and isNil when the value is nil.
func (a *callbackAnalyzer) callbackFunc(value ast.Expr) (ftype *ast.FuncType, body *ast.BlockStmt, isNil bool) {
	vals := a.x.Resolve(value)
	if len(vals) != 1 {
		return nil, nil, false
	}
	switch v := ast.Unparen(vals[0]).(type) {
	case *ast.FuncLit:
		return v.Type, v.Body, false
	case *ast.Ident:
		switch obj := a.info.Uses[v].(type) {
		case *types.Nil:
			return nil, nil, true
		case *types.Func:
			if fd := a.x.FuncDecl(obj); fd != nil {
				return fd.Type, fd.Body, false
			}
		}
	case *ast.SelectorExpr:
		if fn, ok := a.info.Uses[v.Sel].(*types.Func); ok {
			if fd := a.x.FuncDecl(fn); fd != nil {
				return fd.Type, fd.Body, false
			}
		}
	}
	return nil, nil, false
}

// analyze decides what the callback with the given signature and body does
// with the certificates it receives, and says why when it accepts all.
func (a *callbackAnalyzer) analyze(ftype *ast.FuncType, body *ast.BlockStmt) (verdict, string) {
	if body == nil {
		return unknown, ""
	}
	params := paramVars(a.info, ftype)
	derived := make(map[*types.Var]bool)
	strong := make(map[*types.Var]bool)
	for _, p := range params {
		if p == nil {
			continue
		}
		derived[p] = true
		if isRawCerts(p.Type()) {
			strong[p] = true
		}
	}
	v, st := a.analyzeBody(body, derived, strong, 0)
	if v != acceptsAll {
		return v, ""
	}
	return v, st.reason()
}

// analyzeBody analyses body with the given variables known to hold
// certificate data.
func (a *callbackAnalyzer) analyzeBody(body *ast.BlockStmt, derived, strong map[*types.Var]bool, depth int) (verdict, *fnState) {
	st := &fnState{a: a, body: body, derived: derived, strong: strong, weak: make(map[string]bool)}
	if body == nil || depth > 3 || a.visiting[body] {
		return unknown, st
	}
	a.visiting[body] = true
	defer delete(a.visiting, body)

	st.propagate()
	st.scan(depth)
	switch {
	case st.evidence:
		return verifies, st
	case st.unknownFlow:
		return unknown, st
	case st.rejectsAll():
		return rejects, st
	}
	return acceptsAll, st
}

func (st *fnState) reason() string {
	switch {
	case len(st.body.List) == 0:
		return "has an empty body"
	case st.ignoredVerify:
		return "calls (*x509.Certificate).Verify but ignores its result"
	case len(st.weak) > 0:
		var names []string
		for n := range st.weak {
			names = append(names, n)
		}
		sort.Strings(names)
		return "only checks " + strings.Join(names, ", ") + ", which the peer's own certificate sets to anything when the chain is not verified"
	}
	return "never verifies the chain or compares the certificate with a pinned value"
}

// isLocal reports whether v is declared inside the analysed body.
func (st *fnState) isLocal(v *types.Var) bool {
	return v.Pos() > st.body.Pos() && v.Pos() < st.body.End()
}

func (st *fnState) varOf(id *ast.Ident) *types.Var {
	obj := st.a.info.Defs[id]
	if obj == nil {
		obj = st.a.info.Uses[id]
	}
	v, _ := obj.(*types.Var)
	if v != nil && v.IsField() {
		return nil
	}
	return v
}

// propagate marks the variables assigned from certificate data, until
// nothing changes.
func (st *fnState) propagate() {
	for range 4 {
		changed := false
		mark := func(lhs ast.Expr, derived, strong bool) {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				return
			}
			v := st.varOf(id)
			if v == nil {
				return
			}
			if derived && !st.derived[v] {
				st.derived[v], changed = true, true
			}
			if strong && !st.strong[v] {
				st.strong[v], changed = true, true
			}
		}
		ast.Inspect(st.body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, rhs := range n.Rhs {
						mark(n.Lhs[i], st.isDerived(rhs), st.isStrong(rhs))
					}
				} else if len(n.Rhs) == 1 {
					d, s := st.isDerived(n.Rhs[0]), st.isStrong(n.Rhs[0])
					for _, lhs := range n.Lhs {
						mark(lhs, d, s)
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						mark(name, st.isDerived(n.Values[i]), st.isStrong(n.Values[i]))
					} else if len(n.Values) == 1 {
						mark(name, st.isDerived(n.Values[0]), st.isStrong(n.Values[0]))
					}
				}
			case *ast.RangeStmt:
				d, s := st.isDerived(n.X), st.isStrong(n.X)
				if n.Value != nil {
					mark(n.Value, d, s)
				}
			case *ast.CallExpr:
				// h.Write(certBytes) makes h hold a fingerprint.
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Write" || sel.Sel.Name == "WriteString") {
					for _, arg := range n.Args {
						if st.isStrong(arg) {
							mark(sel.X, true, true)
						}
					}
				}
			}
			return true
		})
		if !changed {
			return
		}
	}
}

// isDerived reports whether e mentions certificate data.
func (st *fnState) isDerived(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		if id, ok := n.(*ast.Ident); ok {
			if v := st.varOf(id); v != nil && (st.derived[v] || st.strong[v]) {
				found = true
			}
		}
		return true
	})
	return found
}

// isStrong reports whether e is certificate bytes, a public key or a
// value computed from them (a fingerprint).
func (st *fnState) isStrong(e ast.Expr) bool {
	info := st.a.info
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := st.varOf(e)
		return v != nil && st.strong[v]
	case *ast.SelectorExpr:
		if f := analysisutil.SelectedField(info, e); f != nil && isX509OrTLS(f.Pkg()) {
			// Of a certificate, only the bytes and the key are strong;
			// its names, dates and extensions are the peer's choice.
			return strongCertFields[f.Name()] && isCertField(f) && st.isDerived(e.X)
		}
		return st.isStrong(e.X)
	case *ast.StarExpr:
		return st.isStrong(e.X)
	case *ast.UnaryExpr:
		return st.isStrong(e.X)
	case *ast.IndexExpr:
		return st.isStrong(e.X)
	case *ast.SliceExpr:
		return st.isStrong(e.X)
	case *ast.TypeAssertExpr:
		return st.isStrong(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return st.isStrong(e.X) || st.isStrong(e.Y)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsBuiltin() {
			if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "append" {
				for _, arg := range e.Args {
					if st.isStrong(arg) {
						return true
					}
				}
			}
			return false
		}
		if t := info.TypeOf(e); t != nil {
			if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
				t = tup.At(0).Type()
			}
			if isBasicNumberOrBool(t) || holdsCertificate(t) {
				return false // a length, a verdict, or a parsed certificate
			}
		}
		for _, arg := range e.Args {
			if st.isStrong(arg) {
				return true
			}
		}
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				return st.isStrong(sel.X)
			}
		}
	}
	return false
}

// scan looks for checks and for flows of certificate data the analysis
// cannot follow.
func (st *fnState) scan(depth int) {
	info := st.a.info
	ast.Inspect(st.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				if (st.pinOperand(n.X) && !isTrivial(info, n.Y)) || (st.pinOperand(n.Y) && !isTrivial(info, n.X)) {
					st.evidence = true
				}
			}
		case *ast.IndexExpr:
			if t := info.TypeOf(n.X); t != nil {
				if _, ok := t.Underlying().(*types.Map); ok && st.isStrong(n.Index) {
					st.evidence = true // lookup of a fingerprint in a set of pins
				}
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && st.isStrong(n.Tag) {
				st.evidence = true
			}
		case *ast.SelectorExpr:
			if f := analysisutil.SelectedField(info, n); f != nil && isCertField(f) && !strongCertFields[f.Name()] && st.isDerived(n.X) {
				name := f.Name()
				if p, ok := st.a.x.Parent(n).(*ast.SelectorExpr); ok && p.X == n {
					name += "." + p.Sel.Name
				}
				st.weak[name] = true
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				var rhs ast.Expr
				if len(n.Lhs) == len(n.Rhs) {
					rhs = n.Rhs[i]
				} else if len(n.Rhs) == 1 {
					rhs = n.Rhs[0]
				}
				if rhs != nil && st.isDerived(rhs) && !st.localTarget(lhs) {
					st.unknownFlow = true // stored for a later check
				}
			}
		case *ast.SendStmt:
			if st.isDerived(n.Value) {
				st.unknownFlow = true
			}
		case *ast.CallExpr:
			st.call(n, depth)
		}
		return true
	})
}

// localTarget reports whether an assignment to lhs stays inside the
// function: a variable declared in the body, or part of one.
func (st *fnState) localTarget(lhs ast.Expr) bool {
	for {
		switch e := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			if e.Name == "_" {
				return true
			}
			v := st.varOf(e)
			return v != nil && st.isLocal(v)
		case *ast.SelectorExpr:
			lhs = e.X
		case *ast.IndexExpr:
			lhs = e.X
		case *ast.StarExpr:
			lhs = e.X
		default:
			return false
		}
	}
}

func (st *fnState) call(call *ast.CallExpr, depth int) {
	info := st.a.info
	if tv, ok := info.Types[call.Fun]; ok && (tv.IsBuiltin() || tv.IsType()) {
		return
	}
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			recv = sel.X
		}
	}
	anyDerived, anyStrong := false, false
	for _, e := range append([]ast.Expr{recv}, call.Args...) {
		if e == nil {
			continue
		}
		anyDerived = anyDerived || st.isDerived(e)
		anyStrong = anyStrong || st.isStrong(e)
	}
	fn := analysisutil.Callee(info, call)
	switch {
	case fn == nil:
		if anyDerived {
			st.unknownFlow = true // a function value
		}
	case analysisutil.IsMethod(fn, "crypto/x509", "Certificate", "Verify"),
		analysisutil.IsMethod(fn, "crypto/x509", "Certificate", "CheckSignatureFrom"),
		analysisutil.IsMethod(fn, "crypto/x509", "Certificate", "CheckSignature"):
		if st.resultChecked(call) {
			st.evidence = true
		} else {
			st.ignoredVerify = true
		}
	case analysisutil.IsMethod(fn, "crypto/x509", "Certificate", "VerifyHostname"):
		if anyDerived {
			st.weak["the host name (VerifyHostname)"] = true
		}
	case analysisutil.IsMethod(fn, "crypto/x509", "Certificate", "Equal"):
		if anyDerived {
			st.evidence = true
		}
	case (fn.Name() == "Equal" || fn.Name() == "Cmp") && anyStrong:
		st.evidence = true // a public key or fingerprint compared with another
	case fn.Pkg() != nil && comparators[[2]string{fn.Pkg().Path(), fn.Name()}]:
		if anyStrong {
			st.evidence = true
		}
	case fn.Pkg() != nil && signaturePkgs[fn.Pkg().Path()] && strings.HasPrefix(fn.Name(), "Verify"):
		if anyDerived {
			st.evidence = true
		}
	case st.a.x.FuncDecl(fn) != nil:
		if !anyDerived {
			return
		}
		fd := st.a.x.FuncDecl(fn)
		derived := make(map[*types.Var]bool)
		strong := make(map[*types.Var]bool)
		params := paramVars(info, fd.Type)
		for i, arg := range call.Args {
			if i >= len(params) {
				break
			}
			if params[i] == nil {
				continue
			}
			if st.isDerived(arg) {
				derived[params[i]] = true
			}
			if st.isStrong(arg) {
				strong[params[i]] = true
			}
		}
		if recv != nil && fd.Recv != nil && st.isDerived(recv) {
			for _, p := range paramVars(info, &ast.FuncType{Params: fd.Recv}) {
				derived[p] = true
			}
		}
		v, sub := st.a.analyzeBody(fd.Body, derived, strong, depth+1)
		switch v {
		case verifies:
			st.evidence = true
		case unknown:
			st.unknownFlow = true
		}
		for w := range sub.weak {
			st.weak[w] = true
		}
		st.ignoredVerify = st.ignoredVerify || sub.ignoredVerify
	case isStd(fn.Pkg()):
		// Formatting, logging, hashing, parsing: no check, no escape.
	default:
		if anyDerived {
			st.unknownFlow = true // another package may verify
		}
	}
}

// resultChecked reports whether the error result of call decides
// something: it is returned, or tested by a condition that leads to a
// return or a panic.
func (st *fnState) resultChecked(call *ast.CallExpr) bool {
	x := st.a.x
	switch p := x.Parent(call).(type) {
	case *ast.ExprStmt:
		return false
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 {
			return true
		}
		errLHS := p.Lhs[len(p.Lhs)-1]
		id, ok := ast.Unparen(errLHS).(*ast.Ident)
		if !ok {
			return true
		}
		if id.Name == "_" {
			return false
		}
		v := st.varOf(id)
		if v == nil {
			return true
		}
		return st.varDecides(v)
	}
	return true
}

// varDecides reports whether a use of v is returned, decides a condition
// whose branch returns or panics, or goes to another function of the
// package.
func (st *fnState) varDecides(v *types.Var) bool {
	x := st.a.x
	decides := false
	ast.Inspect(st.body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || decides || st.a.info.Uses[id] != v {
			return !decides
		}
		var prev ast.Node = id
		for p := x.Parent(id); p != nil && p != st.body; prev, p = p, x.Parent(p) {
			switch p := p.(type) {
			case *ast.ReturnStmt:
				decides = true
				return false
			case *ast.IfStmt:
				if prev == p.Cond && leaves(p.Body) {
					decides = true
				}
				return false
			case *ast.CallExpr:
				if fn := analysisutil.Callee(st.a.info, p); fn != nil && x.FuncDecl(fn) != nil {
					decides = true
					return false
				}
			case ast.Stmt:
				return false
			}
		}
		return false
	})
	return decides
}

// leaves reports whether block contains a return statement or a call of
// panic or of a log.Fatal function.
func leaves(block *ast.BlockStmt) bool {
	found := false
	ast.Inspect(block, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "panic" {
				found = true
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "Fatal") {
				found = true
			}
		}
		return !found
	})
	return found
}

// rejectsAll reports whether every return statement of the body returns
// an error that is certainly not nil.
func (st *fnState) rejectsAll() bool {
	n, nonNil := 0, 0
	ast.Inspect(st.body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			if len(node.Results) == 1 && st.certainlyNonNil(node.Results[0]) {
				nonNil++
			}
		}
		return true
	})
	return n > 0 && n == nonNil
}

func (st *fnState) certainlyNonNil(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, ok := ast.Unparen(e.X).(*ast.CompositeLit)
		return e.Op == token.AND && ok
	case *ast.CallExpr:
		fn := analysisutil.Callee(st.a.info, e)
		return analysisutil.IsFunc(fn, "errors", "New") || analysisutil.IsFunc(fn, "fmt", "Errorf")
	}
	return false
}

// paramVars returns the parameters of ftype in order.
func paramVars(info *types.Info, ftype *ast.FuncType) []*types.Var {
	var out []*types.Var
	if ftype == nil || ftype.Params == nil {
		return nil
	}
	for _, f := range ftype.Params.List {
		if len(f.Names) == 0 {
			out = append(out, nil)
			continue
		}
		for _, name := range f.Names {
			v, _ := info.Defs[name].(*types.Var)
			out = append(out, v)
		}
	}
	return out
}

// isRawCerts reports whether t is [][]byte, the raw certificates given to
// VerifyPeerCertificate.
func isRawCerts(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	s2, ok := s.Elem().Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s2.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// isCertField reports whether f is a field of crypto/x509.Certificate.
func isCertField(f *types.Var) bool {
	if f.Pkg() == nil || f.Pkg().Path() != "crypto/x509" {
		return false
	}
	obj, _ := f.Pkg().Scope().Lookup("Certificate").(*types.TypeName)
	if obj == nil {
		return false
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if st.Field(i) == f {
			return true
		}
	}
	return false
}

// pinOperand reports whether e, compared with something, makes the
// comparison a pin check: certificate bytes, a key or a fingerprint, not a
// number derived from them (a key size, an exponent).
func (st *fnState) pinOperand(e ast.Expr) bool {
	return st.isStrong(e) && !isBasicNumberOrBool(st.a.info.TypeOf(e))
}

// isTrivial reports whether e is nil, or a constant empty string or zero:
// a comparison with it is a presence check, not a pin.
func isTrivial(info *types.Info, e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if _, ok := info.Uses[id].(*types.Nil); ok {
			return true
		}
	}
	v := analysisutil.Const(info, e)
	if v == nil {
		return false
	}
	switch v.Kind() {
	case constant.String:
		return constant.StringVal(v) == ""
	case constant.Int, constant.Float:
		return constant.Sign(v) == 0
	}
	return false
}

func isBasicNumberOrBool(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsNumeric) != 0
}

// holdsCertificate reports whether t is a certificate, or a slice of them.
func holdsCertificate(t types.Type) bool {
	for {
		if analysisutil.IsNamedType(t, "crypto/x509", "Certificate") {
			return true
		}
		s, ok := types.Unalias(t).Underlying().(*types.Slice)
		if !ok {
			return false
		}
		t = s.Elem()
	}
}

func isX509OrTLS(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	switch pkg.Path() {
	case "crypto/x509", "crypto/x509/pkix", "crypto/tls":
		return true
	}
	return false
}

// isStd reports whether pkg belongs to the standard library.
func isStd(pkg *types.Package) bool {
	if pkg == nil {
		return true
	}
	first, _, _ := strings.Cut(pkg.Path(), "/")
	return !strings.Contains(first, ".")
}
