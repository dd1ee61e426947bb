package jwt

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports JWT verification mistakes.
var Analyzer = &analysis.Analyzer{
	Name:     "jwt",
	Doc:      analysisutil.MustExtractDoc(doc, "jwt"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/jwt.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// jwtPackages are the import paths of the JWT libraries the analyzer knows;
// they share the API it reads (Parse, ParseWithClaims, Parser, Keyfunc,
// Token.Method, SigningMethodNone, UnsafeAllowNoneSignatureType).
var jwtPackages = map[string]bool{
	"github.com/golang-jwt/jwt/v5":    true,
	"github.com/golang-jwt/jwt/v4":    true,
	"github.com/golang-jwt/jwt":       true,
	"github.com/dgrijalva/jwt-go":     true,
	"github.com/form3tech-oss/jwt-go": true,
}

// hmacKeySize is the minimum HMAC key length in bytes for each JWS
// algorithm: the size of the hash output (RFC 7518 §3.2).
var hmacKeySize = map[string]int{
	"SigningMethodHS256": 32,
	"SigningMethodHS384": 48,
	"SigningMethodHS512": 64,
}

func isJWT(pkg *types.Package) bool {
	return pkg != nil && jwtPackages[pkg.Path()]
}

func isRequest(pkg *types.Package) bool {
	return pkg != nil && strings.HasSuffix(pkg.Path(), "/request") && jwtPackages[strings.TrimSuffix(pkg.Path(), "/request")]
}

// isFunc reports whether fn is one of the named package-level functions of
// a JWT package.
func isFunc(fn *types.Func, names ...string) bool {
	return fn != nil && isJWT(fn.Pkg()) && analysisutil.IsFunc(fn, fn.Pkg().Path(), names...)
}

// isMethod reports whether fn is the method typeName.name of a JWT package.
func isMethod(fn *types.Func, typeName, name string) bool {
	return fn != nil && isJWT(fn.Pkg()) && analysisutil.IsMethod(fn, fn.Pkg().Path(), typeName, name)
}

// jwtObject returns the name of the JWT package-level object that e
// refers to (jwt.SigningMethodNone), or "".
func jwtObject(info *types.Info, e ast.Expr) string {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return ""
	}
	obj := info.Uses[id]
	if obj == nil || !isJWT(obj.Pkg()) || obj.Parent() != obj.Pkg().Scope() {
		return ""
	}
	return obj.Name()
}

type checker struct {
	pass   *analysis.Pass
	in     *inspector.Inspector
	writes *analysisutil.Writes
	decls  map[*types.Func]*ast.FuncDecl
}

func run(pass *analysis.Pass) (any, error) {
	if !importsJWT(pass.Pkg) {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:   pass,
		in:     in,
		writes: analysisutil.NewWrites(pass.TypesInfo, in),
		decls:  make(map[*types.Func]*ast.FuncDecl),
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[obj] = fd
				}
			}
		}
	}

	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.Ident)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.Ident:
			c.checkNoneKey(cur, n)
		case *ast.CompositeLit:
			c.checkParserLiteral(n)
		case *ast.CallExpr:
			c.checkCall(cur, n)
		}
	}
	return nil, nil
}

func importsJWT(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if isJWT(imp) || isRequest(imp) {
			return true
		}
	}
	return false
}

func (c *checker) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn := analysisutil.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	switch {
	case isFunc(fn, "Parse"):
		c.checkParse(call, "jwt.Parse", 1, tail(call.Args, 2), nil)
	case isFunc(fn, "ParseWithClaims"):
		c.checkParse(call, "jwt.ParseWithClaims", 2, tail(call.Args, 3), nil)
	case isMethod(fn, "Parser", "Parse"):
		c.checkParse(call, "(*jwt.Parser).Parse", 1, nil, receiver(call))
	case isMethod(fn, "Parser", "ParseWithClaims"):
		c.checkParse(call, "(*jwt.Parser).ParseWithClaims", 2, nil, receiver(call))
	case isRequest(fn.Pkg()) && fn.Name() == "ParseFromRequest":
		c.checkParseFromRequest(call, 2)
	case isRequest(fn.Pkg()) && fn.Name() == "ParseFromRequestWithClaims":
		c.checkParseFromRequest(call, 3)
	case isMethod(fn, "Parser", "ParseUnverified"):
		c.checkUnverified(cur, call)
	case isFunc(fn, "WithValidMethods") && len(call.Args) == 1:
		c.checkValidMethods(call.Args[0], "jwt.WithValidMethods")
	case isFunc(fn, "New", "NewWithClaims") && len(call.Args) > 0:
		c.checkSignNone(cur, call)
	case isMethod(fn, "Token", "SignedString") && len(call.Args) == 1:
		if tok := c.tokenMethod(receiver(call)); tok != "" {
			c.checkHMACKey(call, tok, call.Args[0])
		}
	case isMethod(fn, "SigningMethodHMAC", "Sign") && len(call.Args) == 2:
		if m := jwtObject(c.pass.TypesInfo, c.follow(receiver(call))); hmacKeySize[m] > 0 {
			c.checkHMACKey(call, m, call.Args[1])
		}
	}
}

// tail returns args[i:], or nil when there are fewer arguments (a call
// f(g()) of a multi-value g).
func tail(args []ast.Expr, i int) []ast.Expr {
	if i > len(args) {
		return nil
	}
	return args[i:]
}

// receiver returns x of a method call x.m(...).
func receiver(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// follow returns the expression a local or package variable was given,
// when it holds that one value, following a few such variables.
func (c *checker) follow(e ast.Expr) ast.Expr {
	for range 8 {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			break
		}
		v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || v.Pkg() != c.pass.Pkg {
			break
		}
		val, ok := c.writes.Value(v)
		if !ok {
			break
		}
		e = val
	}
	return ast.Unparen(e)
}

// The "none" algorithm (RFC 8725 §3.2).

// checkNoneKey reports uses of UnsafeAllowNoneSignatureType as a key: the
// constant that makes the library sign and accept unsigned tokens.
// Comparisons with it are not uses.
func (c *checker) checkNoneKey(cur inspector.Cursor, id *ast.Ident) {
	if jwtObject(c.pass.TypesInfo, id) != "UnsafeAllowNoneSignatureType" {
		return
	}
	if _, ok := c.pass.TypesInfo.Uses[id].(*types.Const); !ok {
		return
	}
	node := cur
	if node.ParentEdgeKind() == edge.SelectorExpr_Sel {
		node = node.Parent()
	}
	if isCompared(node) {
		return
	}
	msg := "jwt.UnsafeAllowNoneSignatureType enables the \"none\" algorithm: such a token carries no signature, " +
		"so anyone can forge it (RFC 8725 §3.2); sign and verify with a real key and algorithm"
	switch node.ParentEdgeKind() {
	case edge.CallExpr_Args:
		msg = "signing with jwt.UnsafeAllowNoneSignatureType produces an unsigned token (alg \"none\") that anyone can forge " +
			"(RFC 8725 §3.2); sign with HS256 and a random 32-byte key, or with RS256, ES256 or EdDSA"
	case edge.ReturnStmt_Results:
		msg = "returning jwt.UnsafeAllowNoneSignatureType as the key accepts unsigned tokens (alg \"none\"), which anyone can forge " +
			"(RFC 8725 §3.2); return the verification key and reject jwt.SigningMethodNone"
	}
	analysisutil.Reportf(c.pass, node.Node(), "", "%s", msg)
}

// checkSignNone reports jwt.New(jwt.SigningMethodNone) and NewWithClaims:
// an unsigned token. When the same statement passes
// UnsafeAllowNoneSignatureType, that use is the finding.
func (c *checker) checkSignNone(cur inspector.Cursor, call *ast.CallExpr) {
	method := call.Args[0]
	if jwtObject(c.pass.TypesInfo, c.follow(method)) != "SigningMethodNone" {
		return
	}
	for stmt := range cur.Enclosing((*ast.ExprStmt)(nil), (*ast.AssignStmt)(nil), (*ast.ReturnStmt)(nil), (*ast.ValueSpec)(nil), (*ast.DeclStmt)(nil)) {
		found := false
		ast.Inspect(stmt.Node(), func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && jwtObject(c.pass.TypesInfo, id) == "UnsafeAllowNoneSignatureType" {
				found = true
			}
			return !found
		})
		if found {
			return
		}
		break
	}
	analysisutil.Reportf(c.pass, method, "",
		"a token created with jwt.SigningMethodNone is unsigned, so anyone can forge one like it (RFC 8725 §3.2); "+
			"sign it with HS256 and a random 32-byte key, or with RS256, ES256 or EdDSA")
}

// checkValidMethods reports "none" in a list of accepted algorithms.
func (c *checker) checkValidMethods(list ast.Expr, where string) {
	lit, ok := c.follow(list).(*ast.CompositeLit)
	if !ok {
		return
	}
	for _, elt := range lit.Elts {
		if c.isNoneAlg(elt) {
			analysisutil.Reportf(c.pass, elt, "",
				"%s accepts the \"none\" algorithm: unsigned tokens are forgeable by anyone (RFC 8725 §3.2); list only the algorithms you sign with", where)
		}
	}
}

// isNoneAlg reports whether e is the algorithm name "none", as a constant
// or as jwt.SigningMethodNone.Alg().
func (c *checker) isNoneAlg(e ast.Expr) bool {
	if s, ok := analysisutil.ConstString(c.pass.TypesInfo, e); ok {
		return s == "none"
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Alg" {
			return jwtObject(c.pass.TypesInfo, sel.X) == "SigningMethodNone"
		}
	}
	return false
}

// checkParserLiteral checks &jwt.Parser{ValidMethods: ...} (v4 and
// dgrijalva/jwt-go export the field).
func (c *checker) checkParserLiteral(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil || !isJWTNamed(t, "Parser") {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && analysisutil.FieldName(kv) == "ValidMethods" {
			c.checkValidMethods(kv.Value, "Parser.ValidMethods")
		}
	}
}

func isJWTNamed(t types.Type, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == name && isJWT(n.Obj().Pkg())
}

// isCompared reports whether the expression at cur is an operand of == or
// != or a case of a switch.
func isCompared(cur inspector.Cursor) bool {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	switch cur.ParentEdgeKind() {
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		op := cur.Parent().Node().(*ast.BinaryExpr).Op
		return op == token.EQL || op == token.NEQ
	case edge.CaseClause_List:
		return true
	}
	return false
}

// Short HMAC keys (RFC 7518 §3.2).

// tokenMethod returns the name of the HMAC signing method a token was
// created with (jwt.NewWithClaims(jwt.SigningMethodHS256, ...)), or "".
func (c *checker) tokenMethod(tok ast.Expr) string {
	call, ok := c.follow(tok).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || !isFunc(analysisutil.Callee(c.pass.TypesInfo, call), "New", "NewWithClaims") {
		return ""
	}
	m := jwtObject(c.pass.TypesInfo, c.follow(call.Args[0]))
	if hmacKeySize[m] == 0 {
		return ""
	}
	return m
}

// checkHMACKey reports an HMAC signing key of constant length shorter than
// the hash output.
func (c *checker) checkHMACKey(call *ast.CallExpr, method string, key ast.Expr) {
	n, ok := c.byteLen(key)
	if !ok || n >= hmacKeySize[method] {
		return
	}
	alg := "HS" + strings.TrimPrefix(method, "SigningMethodHS")
	analysisutil.Reportf(c.pass, call, "",
		"%s signing key is %d bytes, shorter than the %d-byte hash output: RFC 7518 §3.2 requires at least %d bytes, "+
			"and a short key can be brute-forced offline from any token; use %d or more random bytes from crypto/rand",
		alg, n, hmacKeySize[method], hmacKeySize[method], hmacKeySize[method])
}

// byteLen returns the length of a byte slice whose length is constant:
// []byte("..."), []byte{...} and make([]byte, n), directly or through a
// variable that only ever holds it.
func (c *checker) byteLen(e ast.Expr) (int, bool) {
	info := c.pass.TypesInfo
	switch e := c.follow(e).(type) {
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			if s, ok := analysisutil.ConstString(info, c.follow(e.Args[0])); ok {
				return len(s), true
			}
			return 0, false
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "make" && len(e.Args) == 2 {
			if _, builtin := info.Uses[id].(*types.Builtin); builtin {
				if n, ok := analysisutil.ConstInt(info, e.Args[1]); ok {
					return int(n), true
				}
			}
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if _, ok := elt.(*ast.KeyValueExpr); ok {
				return 0, false
			}
		}
		if _, ok := info.TypeOf(e).Underlying().(*types.Slice); ok {
			return len(e.Elts), true
		}
	}
	return 0, false
}

// line formats the line of pos for a message.
func (c *checker) line(pos token.Pos) string {
	return fmt.Sprint(c.pass.Fset.Position(pos).Line)
}
