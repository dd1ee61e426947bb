package tlsverify

// This file finds the checks of the peer's certificates made after the
// handshake, in place of the verification that InsecureSkipVerify turns
// off: a self-signed peer-to-peer protocol that compares the peer's
// certificate with the expected device ID, or an ACME tls-alpn-01
// validation (RFC 8737) that inspects the challenge certificate.

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// peerCheckFact marks a package that checks the peer's certificates after
// the handshake, so that a configuration with InsecureSkipVerify handed to
// one of its functions by another package is not reported there.
type peerCheckFact struct {
	// Func names the first function, in source order, that makes the
	// check: "(*service).handleConns".
	Func string
}

func (*peerCheckFact) AFact() {}

func (f *peerCheckFact) String() string { return "checksPeerCertificates(" + f.Func + ")" }

// maxDepth bounds the variables, helpers and parameters followed.
const maxDepth = 4

// peerChecks finds the post-handshake checks of one package.
type peerChecks struct {
	pass *analysis.Pass
	x    *analysisutil.TLSIndex
	info *types.Info
	refs map[*types.Func][]*ast.Ident // references to the package's functions, built on first use
}

// find returns the names of the first functions of the package's
// non-test and test files that check the peer's certificates after the
// handshake, or "".
//
// A check reads the PeerCertificates field of a crypto/tls.ConnectionState
// (or a pointer to one) that holds the state of a completed handshake, and
// uses a certificate from it: indexes the slice, ranges over its elements,
// or passes it to a function that is not a built-in (len, cap), directly or
// through local variables. The state is that of a completed handshake when
// it comes from a ConnectionState method (tls.Conn's or any other type's),
// from a struct field such as http.Response.TLS and http.Request.TLS, or
// from a parameter of a function of the package that is only ever called
// directly, each time with such a state. A parameter of a function literal
// or of a function used as a value is what a VerifyConnection callback
// receives during the handshake: the callback analysis judges those.
func (p *peerChecks) find() (prod, test string) {
	var sels []*ast.SelectorExpr
	for e, sel := range p.info.Selections {
		if sel.Kind() != types.FieldVal || len(sel.Index()) != 1 || !isConnState(sel.Recv()) {
			continue
		}
		if f, ok := sel.Obj().(*types.Var); ok && f.Name() == "PeerCertificates" {
			sels = append(sels, e)
		}
	}
	sort.Slice(sels, func(i, j int) bool { return sels[i].Pos() < sels[j].Pos() })
	for _, sel := range sels {
		isTest := analysisutil.IsTestFile(p.pass, sel.Pos())
		if (isTest && test != "") || (!isTest && prod != "") {
			continue
		}
		if !p.certUsed(sel, 0) || !p.postHandshake(sel.X, 0) {
			continue
		}
		name := p.funcName(sel)
		if isTest {
			test = name
		} else {
			prod = name
		}
	}
	return prod, test
}

// isConnState reports whether t is crypto/tls.ConnectionState or a
// pointer to it.
func isConnState(t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	return analysisutil.IsNamedType(t, "crypto/tls", "ConnectionState")
}

// certUsed reports whether a certificate is taken from the slice of
// certificates that e evaluates to.
func (p *peerChecks) certUsed(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	e = p.outerParens(e)
	switch parent := p.x.Parent(e).(type) {
	case *ast.IndexExpr:
		return parent.X == e
	case *ast.SliceExpr:
		return parent.X == e && p.certUsed(parent, depth+1)
	case *ast.RangeStmt:
		if parent.X != e || parent.Value == nil {
			return false
		}
		id, ok := parent.Value.(*ast.Ident)
		return !ok || id.Name != "_"
	case *ast.CallExpr:
		if parent.Fun == e {
			return false
		}
		if tv, ok := p.info.Types[parent.Fun]; ok {
			if tv.IsType() {
				return p.certUsed(parent, depth+1) // a conversion
			}
			if tv.IsBuiltin() {
				return false // len, cap, append, copy
			}
		}
		return true
	case *ast.AssignStmt:
		if len(parent.Lhs) != len(parent.Rhs) {
			return false
		}
		for i, rhs := range parent.Rhs {
			if rhs == e && p.varUsed(parent.Lhs[i], depth) {
				return true
			}
		}
	case *ast.ValueSpec:
		if len(parent.Names) != len(parent.Values) {
			return false
		}
		for i, val := range parent.Values {
			if val == e && p.varUsed(parent.Names[i], depth) {
				return true
			}
		}
	}
	return false
}

// varUsed reports whether a certificate is taken from the variable lhs
// that is assigned a slice of certificates.
func (p *peerChecks) varUsed(lhs ast.Expr, depth int) bool {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok || id.Name == "_" {
		return false
	}
	obj := p.info.Defs[id]
	if obj == nil {
		obj = p.info.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() {
		return false
	}
	for _, use := range p.x.Uses(v) {
		if p.certUsed(use, depth+1) {
			return true
		}
	}
	return false
}

// postHandshake reports whether e evaluates to the ConnectionState of a
// completed handshake.
func (p *peerChecks) postHandshake(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return e.Op == token.AND && p.postHandshake(e.X, depth+1)
	case *ast.StarExpr:
		return p.postHandshake(e.X, depth+1)
	case *ast.CallExpr:
		if fn := analysisutil.Callee(p.info, e); fn != nil && fn.Name() == "ConnectionState" {
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && sig.Results().Len() == 1 && isConnState(sig.Results().At(0).Type()) {
				return true
			}
		}
		return p.allPostHandshake(e, depth)
	case *ast.SelectorExpr:
		f := analysisutil.SelectedField(p.info, e)
		return f != nil && isConnState(f.Type())
	case *ast.Ident:
		v, ok := p.info.Uses[e].(*types.Var)
		if !ok || v.IsField() {
			return false
		}
		if p.x.IsParam(v) {
			return p.paramPostHandshake(v, depth)
		}
		if rhs := p.x.SingleValue(v, true); rhs != nil {
			return p.postHandshake(rhs, depth+1)
		}
	}
	return false
}

// allPostHandshake reports whether the helper function of the package
// that call calls returns the state of a completed handshake on every
// path.
func (p *peerChecks) allPostHandshake(call *ast.CallExpr, depth int) bool {
	vals := p.x.Resolve(call)
	if len(vals) == 1 && vals[0] == ast.Expr(call) {
		return false
	}
	for _, v := range vals {
		if !p.postHandshake(v, depth+1) {
			return false
		}
	}
	return true
}

// paramPostHandshake reports whether the parameter v receives the state
// of a completed handshake: v belongs to a function declaration that is
// referred to only by direct calls, at least one, each passing such a
// state.
func (p *peerChecks) paramPostHandshake(v *types.Var, depth int) bool {
	file := p.x.File(v.Pos())
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, v.Pos(), v.Pos())
	var fd *ast.FuncDecl
	for _, n := range path {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // a callback's parameter
		}
		if d, ok := n.(*ast.FuncDecl); ok {
			fd = d
			break
		}
	}
	if fd == nil {
		return false
	}
	index := -1
	i := 0
	for _, field := range fd.Type.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if p.info.Defs[name] == v {
				index = i
			}
			i++
		}
	}
	fn, ok := p.info.Defs[fd.Name].(*types.Func)
	if index < 0 || !ok {
		return false // a receiver or a result
	}
	refs := p.funcRefs()[fn]
	if len(refs) == 0 {
		return false
	}
	for _, ref := range refs {
		call := p.directCall(ref)
		if call == nil || index >= len(call.Args) || (call.Ellipsis.IsValid() && index >= len(call.Args)-1) {
			return false
		}
		if !p.postHandshake(call.Args[index], depth+1) {
			return false
		}
	}
	return true
}

// funcRefs returns the references to each function of the package.
func (p *peerChecks) funcRefs() map[*types.Func][]*ast.Ident {
	if p.refs == nil {
		p.refs = make(map[*types.Func][]*ast.Ident)
		for id, obj := range p.info.Uses {
			if fn, ok := obj.(*types.Func); ok && fn.Pkg() == p.pass.Pkg {
				p.refs[fn.Origin()] = append(p.refs[fn.Origin()], id)
			}
		}
	}
	return p.refs
}

// directCall returns the call of which the reference ref to a function is
// the callee (f(...), x.m(...)), or nil when the function is used as a
// value, a method expression or an instantiation.
func (p *peerChecks) directCall(ref *ast.Ident) *ast.CallExpr {
	var fun ast.Expr = ref
	if sel, ok := p.x.Parent(ref).(*ast.SelectorExpr); ok && sel.Sel == ref {
		if tv, ok := p.info.Types[sel.X]; ok && tv.IsType() {
			return nil
		}
		fun = sel
	}
	fun = p.outerParens(fun)
	call, ok := p.x.Parent(fun).(*ast.CallExpr)
	if !ok || call.Fun != fun {
		return nil
	}
	return call
}

// outerParens returns the outermost parenthesized expression around e,
// or e itself.
func (p *peerChecks) outerParens(e ast.Expr) ast.Expr {
	for {
		pe, ok := p.x.Parent(e).(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = pe
	}
}

// funcName names the function declaration that contains n.
func (p *peerChecks) funcName(n ast.Node) string {
	for ; n != nil; n = p.x.Parent(n) {
		fd, ok := n.(*ast.FuncDecl)
		if !ok {
			continue
		}
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			return "(" + types.ExprString(fd.Recv.List[0].Type) + ")." + fd.Name.Name
		}
		return fd.Name.Name
	}
	return "a package-level declaration"
}
