package jwt

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// Algorithm restriction (RFC 8725 §3.1): a parse call is safe when the
// parser only accepts listed algorithms (WithValidMethods, or the
// ValidMethods field of v4 and dgrijalva/jwt-go) or when the keyfunc checks
// token.Method before returning a key.

// A verdict says whether a parser restricts the accepted algorithms.
type verdict int

const (
	unrestricted verdict = iota
	restricted
	unknown // the configuration cannot be seen: stay silent
)

func combine(a, b verdict) verdict {
	switch {
	case a == restricted || b == restricted:
		return restricted
	case a == unknown || b == unknown:
		return unknown
	}
	return unrestricted
}

// checkParse reports a Parse call whose parser accepts every algorithm and
// whose keyfunc never looks at the algorithm. opts are the parser options
// of the call; parser is the receiver of a method call.
func (c *checker) checkParse(call *ast.CallExpr, name string, kfIndex int, opts []ast.Expr, parser ast.Expr) {
	if kfIndex >= len(call.Args) {
		return
	}
	var v verdict
	if parser != nil {
		v = c.parserVerdict(parser)
	} else {
		v = c.optionsVerdict(opts, call.Ellipsis.IsValid())
	}
	c.checkKeyfunc(call, name, call.Args[kfIndex], v)
}

// checkParseFromRequest checks request.ParseFromRequest(req, extractor,
// keyFunc, options...) and ParseFromRequestWithClaims, which parse with
// the parser given by request.WithParser or an unrestricted default.
func (c *checker) checkParseFromRequest(call *ast.CallExpr, kfIndex int) {
	if kfIndex >= len(call.Args) {
		return
	}
	v := unrestricted
	if call.Ellipsis.IsValid() {
		v = unknown
	}
	for _, opt := range call.Args[kfIndex+1:] {
		oc, ok := c.follow(opt).(*ast.CallExpr)
		if !ok {
			v = combine(v, unknown)
			continue
		}
		fn := analysisutil.Callee(c.pass.TypesInfo, oc)
		switch {
		case fn != nil && isRequest(fn.Pkg()) && fn.Name() == "WithParser" && len(oc.Args) == 1:
			v = combine(v, c.parserVerdict(oc.Args[0]))
		case fn != nil && isRequest(fn.Pkg()):
		default:
			v = combine(v, unknown)
		}
	}
	c.checkKeyfunc(call, "request.ParseFromRequest", call.Args[kfIndex], v)
}

func (c *checker) checkKeyfunc(call *ast.CallExpr, name string, kf ast.Expr, v verdict) {
	if v != unrestricted {
		return
	}
	k, ok := c.keyfunc(kf)
	if !ok || c.checksMethod(k.body, k.token, 0) {
		return
	}
	analysisutil.Reportf(c.pass, call, "",
		"%s accepts whatever algorithm the token names: the keyfunc %s never checks token.Method and no jwt.WithValidMethods "+
			"option restricts the parser, which invites algorithm confusion (RFC 8725 §3.1, CVE-2015-9235); "+
			"pass jwt.WithValidMethods([]string{...}) or type-assert token.Method in the keyfunc", name, k.desc)
}

// optionsVerdict evaluates parser options; ellipsis says the last one is a
// slice passed with "...".
func (c *checker) optionsVerdict(opts []ast.Expr, ellipsis bool) verdict {
	v := unrestricted
	for i, opt := range opts {
		if ellipsis && i == len(opts)-1 {
			v = combine(v, c.optionSliceVerdict(opt))
			continue
		}
		v = combine(v, c.optionVerdict(opt))
	}
	return v
}

func (c *checker) optionSliceVerdict(e ast.Expr) verdict {
	e = c.follow(e)
	if c.pass.TypesInfo.Types[e].IsNil() {
		return unrestricted
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return unknown
	}
	return c.optionsVerdict(lit.Elts, false)
}

func (c *checker) optionVerdict(e ast.Expr) verdict {
	call, ok := c.follow(e).(*ast.CallExpr)
	if !ok {
		return unknown
	}
	fn := analysisutil.Callee(c.pass.TypesInfo, call)
	switch {
	case isFunc(fn, "WithValidMethods"):
		if len(call.Args) == 1 && c.isEmptyList(call.Args[0]) {
			return unrestricted
		}
		return restricted
	case fn != nil && isJWT(fn.Pkg()):
		return unrestricted // another option of the library
	}
	return unknown
}

// isEmptyList reports whether e is nil or an empty literal.
func (c *checker) isEmptyList(e ast.Expr) bool {
	e = c.follow(e)
	if c.pass.TypesInfo.Types[e].IsNil() {
		return true
	}
	lit, ok := e.(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}

// parserVerdict evaluates the parser a method is called on:
// jwt.NewParser(options...), &jwt.Parser{ValidMethods: ...} or
// new(jwt.Parser), directly or through a variable.
func (c *checker) parserVerdict(x ast.Expr) verdict {
	info := c.pass.TypesInfo
	if id, ok := ast.Unparen(x).(*ast.Ident); ok {
		// p.ValidMethods = ... after construction (v4, dgrijalva).
		if v, ok := info.Uses[id].(*types.Var); ok {
			if obj, _, _ := types.LookupFieldOrMethod(v.Type(), true, nil, "ValidMethods"); obj != nil {
				if f, ok := obj.(*types.Var); ok && c.writes.FieldWritten(v, f) {
					return unknown
				}
			}
		}
	}
	e := c.follow(x)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		fn := analysisutil.Callee(info, e)
		if isFunc(fn, "NewParser") {
			return c.optionsVerdict(e.Args, e.Ellipsis.IsValid())
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "new" && len(e.Args) == 1 {
			if _, builtin := info.Uses[id].(*types.Builtin); builtin && isJWTNamed(info.TypeOf(e.Args[0]), "Parser") {
				return unrestricted
			}
		}
	case *ast.CompositeLit:
		if !isJWTNamed(info.TypeOf(e), "Parser") {
			return unknown
		}
		for _, elt := range e.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return unknown
			}
			if analysisutil.FieldName(kv) == "ValidMethods" && !c.isEmptyList(kv.Value) {
				return restricted
			}
		}
		return unrestricted
	}
	return unknown
}

// A keyfn is the function given as a jwt.Keyfunc.
type keyfn struct {
	body  *ast.BlockStmt
	token *types.Var // the *jwt.Token parameter; nil when unnamed
	desc  string     // how the message names it
}

// keyfunc resolves a keyfunc argument to the function declared in this
// package: a function literal, a named function or a method value,
// directly, converted to jwt.Keyfunc, or through a variable.
func (c *checker) keyfunc(e ast.Expr) (keyfn, bool) {
	info := c.pass.TypesInfo
	for range 4 {
		call, ok := c.follow(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			break
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			break
		}
		e = call.Args[0] // jwt.Keyfunc(f)
	}
	var (
		ftype *ast.FuncType
		body  *ast.BlockStmt
		desc  string
	)
	switch f := c.follow(e).(type) {
	case *ast.FuncLit:
		ftype, body = f.Type, f.Body
		desc = "literal on line " + c.line(f.Pos())
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := f.(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
				return keyfn{}, false // a function of another package
			}
			id = sel.Sel
		} else {
			id = f.(*ast.Ident)
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok {
			return keyfn{}, false
		}
		decl := c.decls[fn]
		if decl == nil || decl.Body == nil {
			return keyfn{}, false
		}
		ftype, body = decl.Type, decl.Body
		desc = types.ExprString(f)
	default:
		return keyfn{}, false
	}
	k := keyfn{body: body, desc: desc}
	if ftype.Params != nil && len(ftype.Params.List) > 0 && len(ftype.Params.List[0].Names) > 0 {
		k.token, _ = info.Defs[ftype.Params.List[0].Names[0]].(*types.Var)
	}
	return k, true
}

// checksMethod reports whether a keyfunc body looks at the algorithm:
// a type assertion or type switch on token.Method, a comparison of
// token.Method, token.Method.Alg() or token.Header["alg"] (directly or
// through a variable), or such a value passed to a function that is not a
// logger. A token handed to a function of this package is followed into
// it; handed to any other function, the answer is unknown and taken as yes.
func (c *checker) checksMethod(body *ast.BlockStmt, tok *types.Var, depth int) bool {
	if depth > 3 {
		return true
	}
	bodyCur, ok := c.in.Root().FindNode(body)
	if !ok {
		return true
	}
	info := c.pass.TypesInfo
	derived := make(map[*types.Var]bool) // variables holding the algorithm
	for range 4 {
		before := len(derived)
		for cur := range bodyCur.Preorder((*ast.SelectorExpr)(nil), (*ast.IndexExpr)(nil), (*ast.Ident)(nil)) {
			if c.isAlgorithm(cur.Node(), derived) && c.isCheck(cur, derived) {
				return true
			}
		}
		if len(derived) == before {
			break
		}
	}

	if tok == nil {
		return false
	}
	for cur := range bodyCur.Preorder((*ast.Ident)(nil)) {
		if info.Uses[cur.Node().(*ast.Ident)] != tok || cur.ParentEdgeKind() != edge.CallExpr_Args {
			continue
		}
		call := cur.Parent().Node().(*ast.CallExpr)
		fn := analysisutil.Callee(info, call)
		switch {
		case fn == nil:
			return true
		case isJWT(fn.Pkg()) || isLogging(fn):
		case c.decls[fn] != nil && c.decls[fn].Body != nil:
			decl := c.decls[fn]
			param := paramAt(info, decl.Type, cur.ParentEdgeIndex())
			if param != nil && c.checksMethod(decl.Body, param, depth+1) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// paramAt returns the i-th parameter of a function declaration.
func paramAt(info *types.Info, ft *ast.FuncType, i int) *types.Var {
	for _, field := range ft.Params.List {
		for _, name := range field.Names {
			if i == 0 {
				v, _ := info.Defs[name].(*types.Var)
				return v
			}
			i--
		}
		if len(field.Names) == 0 {
			if i == 0 {
				return nil
			}
			i--
		}
	}
	return nil
}

// isAlgorithm reports whether n denotes a token's algorithm: t.Method,
// t.Header["alg"], or a variable derived from them.
func (c *checker) isAlgorithm(n ast.Node, derived map[*types.Var]bool) bool {
	info := c.pass.TypesInfo
	switch n := n.(type) {
	case *ast.SelectorExpr:
		return isTokenField(info, n, "Method")
	case *ast.IndexExpr:
		sel, ok := ast.Unparen(n.X).(*ast.SelectorExpr)
		if !ok || !isTokenField(info, sel, "Header") {
			return false
		}
		s, ok := analysisutil.ConstString(info, n.Index)
		return ok && s == "alg"
	case *ast.Ident:
		v, ok := info.Uses[n].(*types.Var)
		return ok && derived[v]
	}
	return false
}

// isTokenField reports whether sel selects the named field of a jwt.Token.
func isTokenField(info *types.Info, sel *ast.SelectorExpr, field string) bool {
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.FieldVal && s.Obj().Name() == field && isJWTNamed(s.Recv(), "Token")
}

// isCheck reports whether the algorithm value at cur is checked: compared,
// type-asserted to a signing-method type, switched on, looked up, or passed
// to a function other than a logger. Assigned to a variable, the variable
// is added to derived and its uses are examined in turn.
func (c *checker) isCheck(cur inspector.Cursor, derived map[*types.Var]bool) bool {
	info := c.pass.TypesInfo
	for {
		parent := cur.Parent()
		switch cur.ParentEdgeKind() {
		case edge.ParenExpr_X:
			cur = parent
			continue
		case edge.SelectorExpr_X:
			// t.Method.Alg()
			sel := parent.Node().(*ast.SelectorExpr)
			if sel.Sel.Name == "Alg" && parent.ParentEdgeKind() == edge.CallExpr_Fun {
				cur = parent.Parent()
				continue
			}
			return false
		case edge.TypeAssertExpr_X:
			ta := parent.Node().(*ast.TypeAssertExpr)
			if ta.Type == nil {
				return true // type switch on the method
			}
			if b, ok := info.TypeOf(ta.Type).Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				cur = parent // t.Header["alg"].(string)
				continue
			}
			return true
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			op := parent.Node().(*ast.BinaryExpr).Op
			return op == token.EQL || op == token.NEQ
		case edge.SwitchStmt_Tag, edge.IndexExpr_Index, edge.CaseClause_List:
			return true
		case edge.CallExpr_Args:
			fn := analysisutil.Callee(info, parent.Node().(*ast.CallExpr))
			return fn == nil || !isLogging(fn)
		case edge.AssignStmt_Rhs:
			as := parent.Node().(*ast.AssignStmt)
			i := cur.ParentEdgeIndex()
			if len(as.Lhs) != len(as.Rhs) {
				i = 0 // alg, ok := t.Header["alg"].(string)
			}
			c.derive(as.Lhs[i], derived)
			return false
		case edge.ValueSpec_Values:
			vs := parent.Node().(*ast.ValueSpec)
			i := cur.ParentEdgeIndex()
			if len(vs.Names) != len(vs.Values) {
				i = 0
			}
			c.derive(vs.Names[i], derived)
			return false
		}
		return false
	}
}

func (c *checker) derive(lhs ast.Expr, derived map[*types.Var]bool) {
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return
	}
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	if v, ok := obj.(*types.Var); ok {
		derived[v] = true
	}
}

// isLogging reports whether fn formats or logs its arguments without
// deciding anything: fmt, log, log/slog, errors, and logger methods.
func isLogging(fn *types.Func) bool {
	if fn.Pkg() != nil {
		switch fn.Pkg().Path() {
		case "fmt", "log", "log/slog", "errors":
			return true
		}
	}
	if fn.Signature().Recv() != nil {
		for _, prefix := range []string{"Print", "Debug", "Info", "Warn", "Error", "Log", "Trace", "Fatal", "Panic"} {
			if strings.HasPrefix(fn.Name(), prefix) {
				return true
			}
		}
	}
	return false
}
