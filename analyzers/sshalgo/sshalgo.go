package sshalgo

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports insecure SSH ciphers, key exchanges, MACs and host key algorithms.
var Analyzer = &analysis.Analyzer{
	Name:     "sshalgo",
	Doc:      analysisutil.MustExtractDoc(doc, "sshalgo"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/sshalgo.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

const sshPath = "golang.org/x/crypto/ssh"

// A list is one configuration field that holds algorithm names, with the
// field of ssh.Algorithms that lists the same kind of algorithm.
type list struct {
	typ, field string // the configuration field, e.g. Config.Ciphers
	algos      string // the field of ssh.Algorithms, e.g. Ciphers
	noun       string
	insecure   []string
}

var lists = []*list{
	{"Config", "KeyExchanges", "KeyExchanges", "key exchange", insecure.KeyExchanges},
	{"Config", "Ciphers", "Ciphers", "cipher", insecure.Ciphers},
	{"Config", "MACs", "MACs", "MAC", insecure.MACs},
	{"ClientConfig", "HostKeyAlgorithms", "HostKeys", "host key algorithm", insecure.HostKeys},
	{"ServerConfig", "PublicKeyAuthAlgorithms", "PublicKeyAuths", "public key authentication algorithm", insecure.PublicKeyAuths},
}

// isField reports whether v is the field name of the struct type typ
// declared in golang.org/x/crypto/ssh.
func isField(v *types.Var, typ, name string) bool {
	if v == nil || !v.IsField() || v.Name() != name || v.Pkg() == nil || v.Pkg().Path() != sshPath {
		return false
	}
	obj := v.Pkg().Scope().Lookup(typ)
	if obj == nil {
		return false
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f == v {
			return true
		}
	}
	return false
}

// sinkOf returns the list that the configuration field v holds, or nil.
func sinkOf(v *types.Var) *list {
	for _, l := range lists {
		if isField(v, l.typ, l.field) {
			return l
		}
	}
	return nil
}

// algosField returns the list kind of the ssh.Algorithms field v, or nil.
func algosField(v *types.Var) *list {
	for _, l := range lists {
		if isField(v, "Algorithms", l.algos) {
			return l
		}
	}
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	r := newResolver(pass, inspect)

	check := func(l *list, value ast.Expr, whole ast.Node) {
		elems := r.list(value, true, 0)
		// Group the insecure names by the node that carries them.
		var order []ast.Node
		names := map[ast.Node][]string{}
		for _, e := range elems {
			if !slices.Contains(l.insecure, e.name) {
				continue
			}
			n := e.node
			if n == nil {
				n = whole
			}
			if _, ok := names[n]; !ok {
				order = append(order, n)
			}
			if !slices.Contains(names[n], e.name) {
				names[n] = append(names[n], e.name)
			}
		}
		for _, n := range order {
			report(pass, l, n, names[n])
		}
	}

	for cur := range inspect.Root().Preorder((*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.KeyValueExpr:
			key, ok := n.Key.(*ast.Ident)
			if !ok {
				continue
			}
			if _, ok := cur.Parent().Node().(*ast.CompositeLit); !ok {
				continue
			}
			field, _ := pass.TypesInfo.Uses[key].(*types.Var)
			if l := sinkOf(field); l != nil {
				check(l, n.Value, n)
			}
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !ok {
					continue
				}
				if l := sinkOf(analysisutil.SelectedField(pass.TypesInfo, sel)); l != nil {
					check(l, n.Rhs[i], n.Rhs[i])
				}
			}
		}
	}
	return nil, nil
}

func report(pass *analysis.Pass, l *list, n ast.Node, names []string) {
	category := analysisutil.LevelWarning
	var whys []string
	for _, name := range names {
		r, ok := reasons[name]
		if !ok {
			r = reason{why: "x/crypto lists it as insecure"}
		}
		if r.category == "" {
			category = ""
		}
		if !slices.Contains(whys, r.why) {
			whys = append(whys, r.why)
		}
	}
	quoted := make([]string, len(names))
	for i, name := range names {
		quoted[i] = strconv.Quote(name)
	}
	what := "the insecure SSH " + l.noun + " " + quoted[0]
	them := "it"
	if len(names) > 1 {
		what = "the insecure SSH " + l.noun + "s " + strings.Join(quoted, ", ")
		them = "them"
	}
	from := ""
	if e, ok := n.(ast.Expr); ok {
		if _, lit := e.(*ast.BasicLit); !lit && !isName(pass, e, names) {
			from = " through " + short(e)
		}
	}
	analysisutil.Reportf(pass, n, category,
		"%s includes %s%s: %s; remove %s (ssh.SupportedAlgorithms lists the secure ones)",
		l.field, what, from, strings.Join(whys, "; "), them)
}

// isName reports whether e spells the single algorithm name itself (a
// literal or a constant such as ssh.InsecureCipherAES128CBC).
func isName(pass *analysis.Pass, e ast.Expr, names []string) bool {
	s, ok := analysisutil.ConstString(pass.TypesInfo, e)
	return ok && len(names) == 1 && s == names[0]
}

func short(e ast.Expr) string {
	s := types.ExprString(e)
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// An elem is one algorithm name that a list may hold.
type elem struct {
	name string
	// node is the expression of the sink's value that brings the name in:
	// the element itself when the literal is part of the value, or the
	// variable, call or ssh.Algorithms field through which it arrives.
	node ast.Node
}

// A write is one assignment to a variable of the package.
type write struct {
	rhs ast.Expr // nil when the value is unknown (a tuple, a range variable)
	pos token.Pos
}

// A resolver finds the algorithm names that list expressions may hold. It
// follows variables of the package, including the flow of
// ssh.InsecureAlgorithms() into them, and helper functions of the package.
// Unknown means silence: what it cannot see contributes no name.
type resolver struct {
	pass   *analysis.Pass
	writes map[*types.Var][]write
	// opaque holds variables whose value may change in ways the resolver
	// does not follow: their address is taken, or an element, field or
	// the variable itself is assigned through an expression it cannot see.
	opaque map[*types.Var]bool
	funcs  map[*types.Func]*ast.FuncDecl
	active map[any]bool // variables and functions being resolved, against cycles
}

const maxDepth = 8

func newResolver(pass *analysis.Pass, inspect *inspector.Inspector) *resolver {
	r := &resolver{
		pass:   pass,
		writes: map[*types.Var][]write{},
		opaque: map[*types.Var]bool{},
		funcs:  map[*types.Func]*ast.FuncDecl{},
		active: map[any]bool{},
	}
	info := pass.TypesInfo
	localVar := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		if v == nil || v.IsField() || v.Pkg() != pass.Pkg {
			return nil
		}
		return v
	}
	// root returns the variable at the root of x.f, x[i], *x.
	var root func(e ast.Expr) *types.Var
	root = func(e ast.Expr) *types.Var {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return localVar(e)
		case *ast.SelectorExpr:
			return root(e.X)
		case *ast.IndexExpr:
			return root(e.X)
		case *ast.StarExpr:
			return root(e.X)
		}
		return nil
	}
	assign := func(lhs ast.Expr, rhs ast.Expr, pos token.Pos) {
		if v := localVar(lhs); v != nil {
			r.writes[v] = append(r.writes[v], write{rhs, pos})
		} else if v := root(lhs); v != nil {
			r.opaque[v] = true
		}
	}
	for cur := range inspect.Root().Preorder(
		(*ast.FuncDecl)(nil), (*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil),
		(*ast.RangeStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				r.funcs[fn] = n
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				var rhs ast.Expr
				if len(n.Values) == len(n.Names) {
					rhs = n.Values[i]
				} else if len(n.Values) == 0 {
					continue // the zero value: no names
				}
				assign(name, rhs, name.Pos())
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				var rhs ast.Expr
				if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
					rhs = n.Rhs[i]
				}
				assign(lhs, rhs, lhs.Pos())
			}
		case *ast.RangeStmt:
			if n.Key != nil {
				assign(n.Key, nil, n.Key.Pos())
			}
			if n.Value != nil {
				assign(n.Value, nil, n.Value.Pos())
			}
		case *ast.IncDecStmt:
			assign(n.X, nil, n.X.Pos())
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if v := root(n.X); v != nil {
					r.opaque[v] = true
				}
			}
		}
	}
	return r
}

// list returns the names that the []string expression e may hold. inSink
// says that e is part of the configuration value being checked, so that
// names are placed on the expressions that bring them in.
func (r *resolver) list(e ast.Expr, inSink bool, depth int) []elem {
	if depth > maxDepth {
		return nil
	}
	info := r.pass.TypesInfo
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.CompositeLit:
		var out []elem
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value // [...]string{0: "x"}
			}
			out = append(out, r.str(elt, inSink, depth+1)...)
		}
		return out

	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return r.list(e.Args[0], inSink, depth+1) // a conversion
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" && len(e.Args) > 0 {
				out := r.list(e.Args[0], inSink, depth+1)
				return append(out, r.appended(e, inSink, depth)...)
			}
		}
		fn := analysisutil.Callee(info, e)
		if analysisutil.IsFunc(fn, "slices", "Concat") {
			var out []elem
			for _, a := range e.Args {
				out = append(out, r.list(a, inSink, depth+1)...)
			}
			return out
		}
		if analysisutil.IsFunc(fn, "slices", "Clone") && len(e.Args) == 1 {
			return r.list(e.Args[0], inSink, depth+1)
		}
		return r.via(e, inSink, r.results(fn, func(x ast.Expr) []elem { return r.list(x, false, depth+1) }))

	case *ast.SliceExpr:
		if e.Low == nil && e.High == nil && e.Max == nil {
			return r.list(e.X, inSink, depth+1) // x[:] holds every element of x
		}

	case *ast.Ident:
		v, _ := info.Uses[e].(*types.Var)
		return r.via(e, inSink, r.values(v, e.Pos(), depth, func(x ast.Expr) []elem { return r.list(x, false, depth+1) }))

	case *ast.SelectorExpr:
		if l := algosField(analysisutil.SelectedField(info, e)); l != nil {
			return r.via(e, inSink, r.algorithms(e.X, l, depth+1))
		}
		// A package-level variable of this package, qualified (rare) or not.
		v, _ := info.Uses[e.Sel].(*types.Var)
		if v != nil && !v.IsField() {
			return r.via(e, inSink, r.values(v, e.Pos(), depth, func(x ast.Expr) []elem { return r.list(x, false, depth+1) }))
		}
	}
	return nil
}

// appended returns the names that append(x, ...) adds to x.
func (r *resolver) appended(call *ast.CallExpr, inSink bool, depth int) []elem {
	if call.Ellipsis.IsValid() {
		if len(call.Args) != 2 {
			return nil
		}
		return r.list(call.Args[1], inSink, depth+1)
	}
	var out []elem
	for _, a := range call.Args[1:] {
		out = append(out, r.str(a, inSink, depth+1)...)
	}
	return out
}

// str returns the name that the string expression e may hold.
func (r *resolver) str(e ast.Expr, inSink bool, depth int) []elem {
	if depth > maxDepth {
		return nil
	}
	info := r.pass.TypesInfo
	if s, ok := analysisutil.ConstString(info, e); ok {
		el := elem{name: s}
		if inSink {
			el.node = e
		}
		return []elem{el}
	}
	e = ast.Unparen(e)
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.CallExpr:
		fn := analysisutil.Callee(info, e)
		return r.via(e, inSink, r.results(fn, func(x ast.Expr) []elem { return r.str(x, false, depth+1) }))
	default:
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return r.via(e, inSink, r.values(v, e.Pos(), depth, func(x ast.Expr) []elem { return r.str(x, false, depth+1) }))
}

// via places names that arrive through the expression e of a sink on e.
func (r *resolver) via(e ast.Expr, inSink bool, elems []elem) []elem {
	if inSink {
		for i := range elems {
			elems[i].node = e
		}
	}
	return elems
}

// values evaluates the writes to the package variable v that may reach a
// use at pos. It returns nothing for variables it cannot follow.
func (r *resolver) values(v *types.Var, pos token.Pos, depth int, eval func(ast.Expr) []elem) []elem {
	if v == nil || v.Pkg() != r.pass.Pkg || r.opaque[v] || r.active[v] || depth > maxDepth {
		return nil
	}
	r.active[v] = true
	defer delete(r.active, v)
	local := v.Parent() != r.pass.Pkg.Scope()
	var out []elem
	for _, w := range r.writes[v] {
		if local && w.pos >= pos {
			continue // only earlier writes reach a local use
		}
		if w.rhs == nil {
			continue
		}
		if call, ok := ast.Unparen(w.rhs).(*ast.CallExpr); ok && r.isAppendTo(call, v) {
			for _, a := range call.Args[1:] {
				if r.mentions(a, v) {
					return nil
				}
			}
			out = append(out, r.appended(call, false, depth)...)
			continue
		}
		if r.mentions(w.rhs, v) {
			return nil // v = f(v): a transformation the resolver does not follow
		}
		out = append(out, eval(w.rhs)...)
	}
	return out
}

// isAppendTo reports whether call is append(v, ...).
func (r *resolver) isAppendTo(call *ast.CallExpr, v *types.Var) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) == 0 {
		return false
	}
	if b, ok := r.pass.TypesInfo.Uses[id].(*types.Builtin); !ok || b.Name() != "append" {
		return false
	}
	first, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	return ok && r.pass.TypesInfo.Uses[first] == v
}

// mentions reports whether e refers to v.
func (r *resolver) mentions(e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// results evaluates the first result of every return statement of fn, a
// function of this package with one result.
func (r *resolver) results(fn *types.Func, eval func(ast.Expr) []elem) []elem {
	decl := r.funcs[fn]
	if decl == nil || r.active[fn] {
		return nil
	}
	if sig := fn.Type().(*types.Signature); sig.Results().Len() != 1 {
		return nil
	}
	r.active[fn] = true
	defer delete(r.active, fn)
	var out []elem
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				out = append(out, eval(n.Results[0])...)
			}
		}
		return true
	})
	return out
}

// algorithms returns the names in field l.algos of the ssh.Algorithms
// value x.
func (r *resolver) algorithms(x ast.Expr, l *list, depth int) []elem {
	if depth > maxDepth {
		return nil
	}
	info := r.pass.TypesInfo
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		fn := analysisutil.Callee(info, x)
		if analysisutil.IsFunc(fn, sshPath, "InsecureAlgorithms") {
			var out []elem
			for _, name := range l.insecure {
				out = append(out, elem{name: name})
			}
			return out
		}
		return r.results(fn, func(e ast.Expr) []elem { return r.algorithms(e, l, depth+1) })
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == l.algos {
				return r.list(kv.Value, false, depth+1)
			}
		}
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		return r.values(v, x.Pos(), depth, func(e ast.Expr) []elem { return r.algorithms(e, l, depth+1) })
	}
	return nil
}
