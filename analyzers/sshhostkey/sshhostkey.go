package sshhostkey

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports SSH clients that do not verify the server's host key.
var Analyzer = &analysis.Analyzer{
	Name:      "sshhostkey",
	Doc:       analysisutil.MustExtractDoc(doc, "sshhostkey"),
	URL:       "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/sshhostkey.md",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(acceptsEveryKey)},
}

// acceptsEveryKey is the fact that a function of the HostKeyCallback shape
// accepts every key, so that its use as a callback in another package is
// reported there.
type acceptsEveryKey struct {
	// IgnoresKey: it returns errors, none of which depends on the key;
	// otherwise it returns nil on every path.
	IgnoresKey bool
}

func (*acceptsEveryKey) AFact() {}

func (f *acceptsEveryKey) String() string {
	if f.IgnoresKey {
		return "acceptsEveryKey(ignores key)"
	}
	return "acceptsEveryKey"
}

const sshPath = "golang.org/x/crypto/ssh"

const consequence = "so an attacker on the network path can impersonate the server and capture the session and its credentials"

const instead = "verify the key with knownhosts.New (a known_hosts file) or ssh.FixedHostKey (the server's recorded key)"

func isHostKeyCallback(t types.Type) bool {
	return analysisutil.IsNamedType(t, sshPath, "HostKeyCallback")
}

func run(pass *analysis.Pass) (any, error) {
	if pass.Pkg.Path() == sshPath {
		// The package that defines the API: InsecureIgnoreHostKey's own
		// body is the callback it documents, not a client's choice.
		return nil, nil
	}
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		funcs:    map[*types.Func]*ast.FuncDecl{},
		writes:   map[*types.Var][]ast.Expr{},
		verdicts: map[ast.Node]verdict{},
		reported: map[ast.Node]bool{},
	}
	c.index(inspect)
	c.exportFacts()

	// ssh.InsecureIgnoreHostKey, called or used as a function value.
	for cur := range inspect.Root().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		fn, _ := pass.TypesInfo.Uses[id].(*types.Func)
		if !analysisutil.IsFunc(fn, sshPath, "InsecureIgnoreHostKey") {
			continue
		}
		ref := analysisutil.Reference(cur)
		if call, ok := ref.Parent().Node().(*ast.CallExpr); ok && call.Fun == ref.Node() {
			analysisutil.Reportf(pass, call, "",
				"ssh.InsecureIgnoreHostKey() accepts every host key, %s; %s", consequence, instead)
		} else {
			analysisutil.Reportf(pass, ref.Node(), "",
				"ssh.InsecureIgnoreHostKey makes host key callbacks that accept every key, %s; %s", consequence, instead)
		}
	}

	// Functions that become a HostKeyCallback: the value of every
	// expression whose context has that type.
	info := pass.TypesInfo
	for cur := range inspect.Root().Preorder(
		(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.CallExpr)(nil), (*ast.ReturnStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			if t == nil {
				continue
			}
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem() // an element of []*T{{...}}
			}
			switch u := t.Underlying().(type) {
			case *types.Struct:
				for _, elt := range n.Elts {
					kv, ok := elt.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if key, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := info.Uses[key].(*types.Var); ok && isHostKeyCallback(f.Type()) {
							c.check(kv.Value, kv)
						}
					}
				}
			case *types.Slice, *types.Array, *types.Map:
				if elem := u.(interface{ Elem() types.Type }).Elem(); isHostKeyCallback(elem) {
					for _, elt := range n.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							elt = kv.Value
						}
						c.check(elt, elt)
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) || (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) {
				continue
			}
			for i, lhs := range n.Lhs {
				if isHostKeyCallback(info.TypeOf(lhs)) {
					c.check(n.Rhs[i], n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, name := range n.Names {
				if obj := info.Defs[name]; obj != nil && isHostKeyCallback(obj.Type()) {
					c.check(n.Values[i], n.Values[i])
				}
			}
		case *ast.CallExpr:
			sig, ok := types.Unalias(info.TypeOf(n.Fun)).(*types.Signature)
			if !ok {
				continue // a conversion or a built-in
			}
			for i, arg := range n.Args {
				var t types.Type
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1:
					if n.Ellipsis.IsValid() {
						continue
					}
					t = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
				case i < sig.Params().Len():
					t = sig.Params().At(i).Type()
				}
				if isHostKeyCallback(t) {
					c.check(arg, arg)
				}
			}
		case *ast.ReturnStmt:
			var sig *types.Signature
			for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				switch f := enc.Node().(type) {
				case *ast.FuncDecl:
					if fn, ok := info.Defs[f.Name].(*types.Func); ok {
						sig = fn.Type().(*types.Signature)
					}
				case *ast.FuncLit:
					sig, _ = info.TypeOf(f).(*types.Signature)
				}
				break
			}
			if sig == nil || sig.Results().Len() != len(n.Results) {
				continue
			}
			for i, res := range n.Results {
				if isHostKeyCallback(sig.Results().At(i).Type()) {
					c.check(res, res)
				}
			}
		}
	}
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	funcs map[*types.Func]*ast.FuncDecl
	// writes holds the values assigned to variables of the package; a
	// nil entry is a value the checker cannot see.
	writes   map[*types.Var][]ast.Expr
	verdicts map[ast.Node]verdict // by *ast.FuncLit or *ast.FuncDecl
	reported map[ast.Node]bool
}

func (c *checker) index(inspect *inspector.Inspector) {
	info := c.pass.TypesInfo
	for cur := range inspect.Root().Preorder((*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				c.funcs[fn] = n
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok {
					continue
				}
				if v, ok := info.ObjectOf(id).(*types.Var); ok {
					var rhs ast.Expr
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
						rhs = n.Rhs[i]
					}
					c.writes[v] = append(c.writes[v], rhs)
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if v, ok := info.Defs[name].(*types.Var); ok {
					var rhs ast.Expr
					if len(n.Values) == len(n.Names) {
						rhs = n.Values[i]
					}
					c.writes[v] = append(c.writes[v], rhs)
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				if v, ok := info.Uses[id].(*types.Var); ok {
					c.writes[v] = append(c.writes[v], nil)
				}
			}
		}
	}
}

// check reports value, which becomes a HostKeyCallback, when it is a
// function of this package that accepts every key. at is the node to
// report: the key-value element of a literal, or the value itself.
func (c *checker) check(value ast.Expr, at ast.Node) {
	if c.reported[at] {
		return
	}
	name, v := c.resolve(value, 0)
	if v == acceptsAll || v == ignoresKey {
		c.reported[at] = true
		what := "this HostKeyCallback"
		if name != "" {
			what = name + ", used as a HostKeyCallback,"
		}
		why := "returns nil for every host key"
		if v == ignoresKey {
			why = "accepts every host key: no error it returns depends on the key"
		}
		analysisutil.Reportf(c.pass, at, "", "%s %s, %s; %s", what, why, consequence, instead)
	}
}

// resolve finds the function that value denotes and its verdict, with the
// function's name when it has one.
func (c *checker) resolve(value ast.Expr, depth int) (string, verdict) {
	if depth > 4 {
		return "", unknown
	}
	info := c.pass.TypesInfo
	switch e := ast.Unparen(value).(type) {
	case *ast.FuncLit:
		return "", c.verdict(e, e.Type, e.Body)
	case *ast.CallExpr:
		// ssh.HostKeyCallback(f)
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.resolve(e.Args[0], depth+1)
		}
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		switch obj := info.Uses[id].(type) {
		case *types.Func:
			if decl := c.funcs[obj]; decl != nil {
				return types.ExprString(e), c.verdict(decl, decl.Type, decl.Body)
			}
			var fact acceptsEveryKey
			if c.pass.ImportObjectFact(obj, &fact) {
				if fact.IgnoresKey {
					return types.ExprString(e), ignoresKey
				}
				return types.ExprString(e), acceptsAll
			}
		case *types.Var:
			// A variable of type HostKeyCallback is checked where it is
			// assigned; a variable of a plain function type is followed
			// to its only value.
			if obj.IsField() || obj.Pkg() != c.pass.Pkg || isHostKeyCallback(obj.Type()) {
				return "", unknown
			}
			ws := c.writes[obj]
			if len(ws) != 1 || ws[0] == nil {
				return "", unknown
			}
			name, v := c.resolve(ws[0], depth+1)
			if name == "" {
				name = obj.Name()
			}
			return name, v
		}
	}
	return "", unknown
}

// exportFacts records the functions and methods of the package that have
// the shape of a HostKeyCallback and accept every key.
func (c *checker) exportFacts() {
	var callback types.Type
	for _, imp := range c.pass.Pkg.Imports() {
		if imp.Path() == sshPath {
			if obj, ok := imp.Scope().Lookup("HostKeyCallback").(*types.TypeName); ok {
				callback = obj.Type().Underlying()
			}
		}
	}
	if callback == nil {
		return
	}
	for fn, decl := range c.funcs {
		if !fn.Exported() || !types.Identical(fn.Type(), callback) {
			continue
		}
		switch c.verdict(decl, decl.Type, decl.Body) {
		case acceptsAll:
			c.pass.ExportObjectFact(fn, &acceptsEveryKey{})
		case ignoresKey:
			c.pass.ExportObjectFact(fn, &acceptsEveryKey{IgnoresKey: true})
		}
	}
}

type verdict int

const (
	unknown    verdict = iota
	verifies           // some error depends on the key, or every path fails
	acceptsAll         // nil on every path
	ignoresKey         // errors on some paths, none of which depends on the key
)

func (c *checker) verdict(fn ast.Node, typ *ast.FuncType, body *ast.BlockStmt) verdict {
	if v, ok := c.verdicts[fn]; ok {
		return v
	}
	v := c.judge(typ, body)
	c.verdicts[fn] = v
	return v
}

// judge decides whether a host key callback accepts every key.
func (c *checker) judge(typ *ast.FuncType, body *ast.BlockStmt) verdict {
	info := c.pass.TypesInfo
	if body == nil {
		return unknown
	}
	accepts, rejects := 0, 0
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 && isNil(info, n.Results[0]) {
				accepts++
			} else {
				rejects++
			}
		case *ast.CallExpr:
			if noReturn(info, n) {
				rejects++
			}
		}
		return true
	})
	switch {
	case accepts == 0:
		return verifies // it never returns nil, or in ways not seen here
	case rejects == 0:
		return acceptsAll
	}

	// Errors on some paths: do they depend on the key? The key and the
	// values derived from it may only be logged or formatted.
	var params []*ast.Ident
	for _, f := range typ.Params.List {
		params = append(params, f.Names...)
	}
	if len(params) == 0 {
		// Unnamed parameters: the key is not even read.
		return ignoresKey
	}
	if len(params) != 3 {
		return unknown
	}
	key := info.Defs[params[2]]
	if key == nil {
		return ignoresKey // "_"
	}
	if c.decides(body, key) {
		return verifies
	}
	return ignoresKey
}

// decides reports whether key, or a value derived from it, reaches
// anything in body other than logging: a condition, a result, a call.
func (c *checker) decides(body *ast.BlockStmt, key types.Object) bool {
	info := c.pass.TypesInfo
	parent := map[ast.Node]ast.Node{}
	var idents []*ast.Ident
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			parent[n] = stack[len(stack)-1]
		}
		if id, ok := n.(*ast.Ident); ok {
			idents = append(idents, id)
		}
		stack = append(stack, n)
		return true
	})
	local := func(obj types.Object) bool {
		return obj != nil && obj.Pos() >= body.Pos() && obj.Pos() < body.End()
	}

	tainted := map[types.Object]bool{key: true}
	queue := []types.Object{key}
	for len(queue) > 0 {
		obj := queue[0]
		queue = queue[1:]
		for _, id := range idents {
			if info.Uses[id] != obj {
				continue
			}
			// Climb from the use while the value stays within pure
			// formatting.
			var node ast.Node = id
		climb:
			for {
				switch p := parent[node].(type) {
				case *ast.ParenExpr:
					node = p
				case *ast.SelectorExpr:
					call, ok := parent[p].(*ast.CallExpr)
					fn, _ := info.Uses[p.Sel].(*types.Func)
					if !ok || call.Fun != p || !pure(fn) {
						return true
					}
					node = call
				case *ast.CallExpr:
					if p.Fun == node {
						return true
					}
					if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
						node = p // a conversion
						continue
					}
					fn := analysisutil.Callee(info, p)
					if logs(fn) {
						break climb
					}
					if !pure(fn) {
						return true
					}
					node = p
				case *ast.BinaryExpr:
					if p.Op != token.ADD {
						return true // a comparison decides
					}
					node = p
				case *ast.AssignStmt:
					if len(p.Lhs) != len(p.Rhs) {
						return true
					}
					for i, rhs := range p.Rhs {
						if rhs != node {
							continue
						}
						lid, ok := ast.Unparen(p.Lhs[i]).(*ast.Ident)
						if !ok {
							return true
						}
						if lid.Name == "_" {
							break climb
						}
						v := info.ObjectOf(lid)
						if !local(v) {
							return true
						}
						if !tainted[v] {
							tainted[v] = true
							queue = append(queue, v)
						}
						break climb
					}
					return true
				case *ast.ValueSpec:
					for i, val := range p.Values {
						if val == node && i < len(p.Names) && len(p.Values) == len(p.Names) {
							v := info.Defs[p.Names[i]]
							if v != nil && !tainted[v] {
								tainted[v] = true
								queue = append(queue, v)
							}
							break climb
						}
					}
					return true
				case *ast.ExprStmt:
					break climb
				case *ast.ReturnStmt:
					// Only formatted into an error: the error is returned
					// whatever the key.
					break climb
				default:
					return true
				}
			}
		}
	}
	return false
}

func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// noReturn reports whether call ends the callback without returning nil.
func noReturn(info *types.Info, call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			return b.Name() == "panic"
		}
	}
	fn := analysisutil.Callee(info, call)
	switch {
	case analysisutil.IsFunc(fn, "log", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"),
		analysisutil.IsFunc(fn, "os", "Exit"),
		analysisutil.IsFunc(fn, "runtime", "Goexit"):
		return true
	}
	if fn != nil && analysisutil.IsMethod(fn, "log", "Logger", fn.Name()) {
		switch fn.Name() {
		case "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln":
			return true
		}
	}
	return false
}

// logs reports whether fn only writes its arguments to a log or a stream.
func logs(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	switch {
	case analysisutil.IsFunc(fn, "log", "Print", "Printf", "Println"),
		analysisutil.IsFunc(fn, "fmt", "Print", "Printf", "Println", "Fprint", "Fprintf", "Fprintln"),
		analysisutil.IsFunc(fn, "log/slog", "Debug", "Info", "Warn", "Error", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log"):
		return true
	}
	switch fn.Name() {
	case "Print", "Printf", "Println":
		return analysisutil.IsMethod(fn, "log", "Logger", fn.Name())
	case "Debug", "Info", "Warn", "Error", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log":
		return analysisutil.IsMethod(fn, "log/slog", "Logger", fn.Name())
	}
	return false
}

// pure reports whether fn only formats or encodes its arguments; its
// result (a string or an error that is never nil) says nothing about them.
func pure(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	switch {
	case analysisutil.IsFunc(fn, sshPath, "FingerprintSHA256", "FingerprintLegacyMD5", "MarshalAuthorizedKey"),
		analysisutil.IsFunc(fn, "fmt", "Sprint", "Sprintf", "Sprintln", "Errorf"),
		analysisutil.IsFunc(fn, "errors", "New"),
		analysisutil.IsFunc(fn, "encoding/hex", "EncodeToString"),
		analysisutil.IsFunc(fn, "log/slog", "String", "Any"),
		analysisutil.IsMethod(fn, "encoding/base64", "Encoding", "EncodeToString"),
		analysisutil.IsMethod(fn, sshPath, "PublicKey", "Type"),
		analysisutil.IsMethod(fn, sshPath, "PublicKey", "Marshal"),
		analysisutil.IsMethod(fn, "net", "Addr", "String"):
		return true
	}
	return false
}
