package jwt

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// Unverified claims (RFC 8725 §3.1, CWE-347): ParseUnverified decodes a
// token without checking its signature. Its claims may pick a key, a tenant
// or an issuer whose key then verifies the same token; they must not decide
// access.

// checkUnverified follows the claims of a ParseUnverified call through the
// enclosing function: the claims passed to it and the token it returns, and
// the values computed from them. It reports the call when a claim decides
// a condition (if, switch) or a boolean result and no verified parse of the
// same token string follows that decision (or precedes the
// ParseUnverified call). Claims that only select the verification key (the
// issuer, the key ID, the tenant, the algorithm) are not decisions, nor are
// comparisons with nil or "" that check a claim is present.
func (c *checker) checkUnverified(cur inspector.Cursor, call *ast.CallExpr) {
	if len(call.Args) != 2 {
		return
	}
	info := c.pass.TypesInfo
	var scope inspector.Cursor
	for s := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		scope = s
		break
	}
	if scope.Node() == nil {
		return
	}

	f := &flow{c: c, objects: make(map[*types.Var]bool), levels: make(map[*types.Var]level)}
	// The claims argument, filled in place.
	claimsArg := ast.Unparen(call.Args[1])
	if u, ok := claimsArg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		claimsArg = ast.Unparen(u.X)
	}
	if id, ok := claimsArg.(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok {
			f.objects[v] = true
		}
	}
	// The returned token.
	switch cur.ParentEdgeKind() {
	case edge.AssignStmt_Rhs:
		if as := cur.Parent().Node().(*ast.AssignStmt); len(as.Lhs) == 3 {
			if v := c.assigned(as.Lhs[0]); v != nil {
				f.objects[v] = true
			}
		}
	case edge.ValueSpec_Values:
		if vs := cur.Parent().Node().(*ast.ValueSpec); len(vs.Names) == 3 {
			if v := c.assigned(vs.Names[0]); v != nil {
				f.objects[v] = true
			}
		}
	}
	if len(f.objects) == 0 {
		return
	}
	f.propagate(scope)

	// Verified parses of the same token string.
	var verified []token.Pos
	for pc := range scope.Preorder((*ast.CallExpr)(nil)) {
		pcall := pc.Node().(*ast.CallExpr)
		fn := analysisutil.Callee(info, pcall)
		if (isFunc(fn, "Parse", "ParseWithClaims") || isMethod(fn, "Parser", "Parse") || isMethod(fn, "Parser", "ParseWithClaims")) &&
			len(pcall.Args) > 0 && f.sameToken(pcall.Args[0], call.Args[0]) {
			verified = append(verified, pcall.Pos())
		}
	}
	sig := signature(info, scope.Node())
	// A decision is safe when the token is verified before the
	// ParseUnverified call, or after the decision provided no branch of
	// the decision grants access (returns success) before that.
	safe := func(decision ast.Node, branches ...ast.Node) bool {
		for _, p := range verified {
			if p < call.Pos() {
				return true
			}
		}
		for _, p := range verified {
			if p > decision.Pos() {
				for _, b := range branches {
					if b != nil && grants(info, sig, b) {
						return false
					}
				}
				return true
			}
		}
		return false
	}

	for dc := range scope.Preorder((*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil), (*ast.ReturnStmt)(nil)) {
		n := dc.Node()
		if n.Pos() < call.End() {
			continue
		}
		var (
			expr     ast.Expr
			branches []ast.Node
		)
		switch n := n.(type) {
		case *ast.IfStmt:
			if f.level(n.Cond) == claim && (decides(info, n.Body) || n.Else != nil) {
				expr = n.Cond
				branches = []ast.Node{n.Body, n.Else}
			}
		case *ast.SwitchStmt:
			branches = []ast.Node{n.Body}
			if n.Tag != nil && f.level(n.Tag) == claim {
				expr = n.Tag
			}
			for _, s := range n.Body.List {
				for _, e := range s.(*ast.CaseClause).List {
					if expr == nil && f.level(e) == claim {
						expr = e
					}
				}
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if t, ok := info.TypeOf(r).Underlying().(*types.Basic); ok && t.Kind() == types.Bool && f.level(r) == claim {
					expr = r
					break
				}
			}
		}
		if expr == nil || safe(n, branches...) {
			continue
		}
		analysisutil.Reportf(c.pass, call, "",
			"claims from ParseUnverified, whose signature is never checked, decide access on line %s (%s): anyone can forge them; "+
				"verify the token with jwt.ParseWithClaims and jwt.WithValidMethods before trusting any claim (RFC 8725 §3.1)",
			c.line(expr.Pos()), types.ExprString(expr))
		return
	}
}

// assigned returns the variable an assignment's left-hand side names,
// unless it is an error.
func (c *checker) assigned(lhs ast.Expr) *types.Var {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || types.Identical(v.Type(), types.Universe.Lookup("error").Type()) {
		return nil
	}
	return v
}

// A level says what an unverified value is derived from.
type level int

const (
	clean   level = iota
	routing       // only claims that select the verification key
	claim         // any other claim: a decision on it is an access decision
)

// routingClaims are the fields, claim names and header parameters that
// choose how a token is verified rather than what it grants.
var routingClaims = map[string]bool{
	"Issuer": true, "GetIssuer": true, "iss": true,
	"kid": true, "alg": true, "typ": true, "jku": true, "x5t": true,
	"tid": true, "tenant": true, "tenant_id": true, "Tenant": true, "TenantID": true,
	"Method": true, "Raw": true,
}

// A flow tracks the values of one ParseUnverified call in a function.
type flow struct {
	c       *checker
	objects map[*types.Var]bool // hold the token, its claims or its header
	levels  map[*types.Var]level
}

// isObject reports whether e is the unverified token, its claims or its
// header as a whole.
func (f *flow) isObject(e ast.Expr) bool {
	info := f.c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		return ok && f.objects[v]
	case *ast.SelectorExpr:
		return (isTokenField(info, e, "Claims") || isTokenField(info, e, "Header")) && f.isObject(e.X)
	case *ast.TypeAssertExpr:
		return e.Type != nil && f.isObject(e.X)
	case *ast.StarExpr:
		return f.isObject(e.X)
	case *ast.UnaryExpr:
		return e.Op == token.AND && f.isObject(e.X)
	}
	return false
}

// level returns what e is computed from. Comparisons with nil or "" check
// presence and count as clean; a value used as a map key or argument keeps
// its level, so a lookup keyed by the issuer stays a routing value.
func (f *flow) level(e ast.Expr) level {
	info := f.c.pass.TypesInfo
	if e == nil {
		return clean
	}
	if f.isObject(e) {
		return claim
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok {
			return f.levels[v]
		}
	case *ast.SelectorExpr:
		if f.isObject(e.X) {
			if routingClaims[e.Sel.Name] {
				return routing
			}
			return claim
		}
		return f.level(e.X)
	case *ast.IndexExpr:
		if f.isObject(e.X) {
			if s, ok := analysisutil.ConstString(info, e.Index); ok && routingClaims[s] {
				return routing
			}
			return claim
		}
		return f.level(e.X)
	case *ast.CallExpr:
		l := clean
		if tv, ok := info.Types[e.Fun]; !ok || !tv.IsType() {
			l = f.level(e.Fun)
		}
		for _, a := range e.Args {
			l = max(l, f.level(a))
		}
		return l
	case *ast.BinaryExpr:
		if (e.Op == token.EQL || e.Op == token.NEQ) && (f.c.isEmpty(e.X) || f.c.isEmpty(e.Y)) {
			return clean
		}
		return max(f.level(e.X), f.level(e.Y))
	case *ast.UnaryExpr:
		return f.level(e.X)
	case *ast.StarExpr:
		return f.level(e.X)
	case *ast.TypeAssertExpr:
		return f.level(e.X)
	case *ast.SliceExpr:
		return f.level(e.X)
	case *ast.CompositeLit:
		l := clean
		for _, elt := range e.Elts {
			l = max(l, f.level(elt))
		}
		return l
	case *ast.KeyValueExpr:
		return f.level(e.Value)
	}
	return clean
}

// isEmpty reports whether e is nil or the empty string.
func (c *checker) isEmpty(e ast.Expr) bool {
	if c.pass.TypesInfo.Types[e].IsNil() {
		return true
	}
	s, ok := analysisutil.ConstString(c.pass.TypesInfo, e)
	return ok && s == ""
}

// assign records that lhs receives rhs; whole says rhs is the value itself
// (not one result of a tuple), so an object stays an object.
func (f *flow) assign(lhs, rhs ast.Expr, whole bool) bool {
	v := f.c.assigned(lhs)
	if v == nil {
		return false
	}
	changed := false
	if whole && !f.objects[v] && f.isObject(rhs) {
		f.objects[v] = true
		changed = true
	}
	if l := f.level(rhs); l > f.levels[v] {
		f.levels[v] = l
		changed = true
	}
	return changed
}

// propagate follows assignments, declarations and range loops in scope
// until nothing changes.
func (f *flow) propagate(scope inspector.Cursor) {
	for range 8 {
		changed := false
		for n := range scope.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil)) {
			switch n := n.Node().(type) {
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					continue
				}
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Rhs {
						changed = f.assign(n.Lhs[i], n.Rhs[i], true) || changed
					}
				} else if len(n.Rhs) == 1 {
					// claims, ok := tok.Claims.(jwt.MapClaims): the ok
					// of a type assertion says nothing about a claim.
					if _, isAssert := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); isAssert {
						changed = f.assign(n.Lhs[0], n.Rhs[0], true) || changed
						continue
					}
					for _, l := range n.Lhs {
						changed = f.assign(l, n.Rhs[0], false) || changed
					}
				}
			case *ast.ValueSpec:
				if len(n.Values) == len(n.Names) {
					for i := range n.Names {
						changed = f.assign(n.Names[i], n.Values[i], true) || changed
					}
				}
			case *ast.RangeStmt:
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					continue
				}
				src := n.X
				for _, l := range []ast.Expr{n.Key, n.Value} {
					if l != nil {
						changed = f.assign(l, src, false) || changed
					}
				}
			}
		}
		if !changed {
			return
		}
	}
}

// sameToken reports whether a verified parse's token string is the one
// given to ParseUnverified: the same expression, or the Raw field of the
// unverified token.
func (f *flow) sameToken(arg, unverified ast.Expr) bool {
	if types.ExprString(ast.Unparen(arg)) == types.ExprString(ast.Unparen(unverified)) {
		return true
	}
	sel, ok := ast.Unparen(arg).(*ast.SelectorExpr)
	return ok && isTokenField(f.c.pass.TypesInfo, sel, "Raw") && f.isObject(sel.X)
}

// decides reports whether a branch does more than log: it returns, jumps,
// assigns or calls something other than a logger.
func decides(info *types.Info, body *ast.BlockStmt) bool {
	for _, s := range body.List {
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			return true
		}
		call, ok := es.X.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := analysisutil.Callee(info, call)
		if fn == nil || !isLogging(fn) {
			return true
		}
	}
	return false
}

// signature returns the signature of a function declaration or literal.
func signature(info *types.Info, fn ast.Node) *types.Signature {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if obj, ok := info.Defs[fn.Name].(*types.Func); ok {
			return obj.Signature()
		}
	case *ast.FuncLit:
		sig, _ := info.TypeOf(fn).(*types.Signature)
		return sig
	}
	return nil
}

// grants reports whether a branch returns success from the function: a
// return whose error results are all nil, or whose bool results are true,
// with no false bool and no non-nil error among them.
func grants(info *types.Info, sig *types.Signature, branch ast.Node) bool {
	if sig == nil {
		return false
	}
	results := sig.Results()
	errType := types.Universe.Lookup("error").Type()
	found := false
	ast.Inspect(branch, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != results.Len() {
				return true
			}
			success, refused := false, false
			for i, r := range n.Results {
				t := results.At(i).Type()
				switch {
				case types.Identical(t, errType):
					if info.Types[r].IsNil() {
						success = true
					} else {
						refused = true
					}
				case types.Identical(t.Underlying(), types.Typ[types.Bool]):
					if b, ok := analysisutil.ConstBool(info, r); ok {
						if b {
							success = true
						} else {
							refused = true
						}
					}
				}
			}
			if success && !refused {
				found = true
			}
		}
		return !found
	})
	return found
}
