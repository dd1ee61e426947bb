package analysisutil

// This file holds the model of crypto/tls.Config values shared by the
// tlsverify and tlsconfig analyzers: which composite literals and field
// assignments configure the same value, where a value comes from (a
// constant, a variable assigned once, a helper function of the package) and
// where a configuration goes (a server, a client).

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// TLSSetting is one field of a crypto/tls.Config set in the package: a
// key-value element of a composite literal or an assignment to the field.
type TLSSetting struct {
	Field string   // name of the Config field
	Value ast.Expr // the value given to the field
	Node  ast.Node // *ast.KeyValueExpr or *ast.AssignStmt: the range to report
}

// TLSConfig is one tls.Config value of the package: a composite literal
// together with the field assignments attributed to it, or, when the
// value's origin is not a literal of the package (a parameter, a Clone),
// the field assignments made through one base expression in one function.
type TLSConfig struct {
	Lit      *ast.CompositeLit // the literal, or nil
	Base     ast.Expr          // the assigned-through expression when Lit is nil
	Settings []*TLSSetting
	// Modified is set when the value is handed to a function of the
	// package that itself sets fields of a tls.Config: settings may exist
	// that the model does not attribute to this value.
	Modified bool
	// Server and Client record where the value is seen to be used: as an
	// http.Server's TLSConfig or with tls.Listen, tls.NewListener and
	// tls.Server; as an http.Transport's TLSClientConfig, with tls.Dial,
	// tls.Client or smtp's StartTLS. Both false means unknown. They are
	// computed for literals only.
	Server, Client bool
	// Callees are the functions and methods of other packages that the
	// value is seen to be passed to, directly or through variables and
	// functions of the package, in the order found; for a value grouped
	// by base expression, the uses of the base variable are followed.
	// Interface methods are left out: their implementation is unknown.
	Callees []*types.Func
}

// Lookup returns the settings of the named field, in source order.
func (c *TLSConfig) Lookup(field string) []*TLSSetting {
	var out []*TLSSetting
	for _, s := range c.Settings {
		if s.Field == field {
			out = append(out, s)
		}
	}
	return out
}

// Has reports whether the named field is set.
func (c *TLSConfig) Has(field string) bool { return len(c.Lookup(field)) > 0 }

// Pos returns the position of the configuration: its literal, or its
// first setting.
func (c *TLSConfig) Pos() token.Pos {
	if c.Lit != nil {
		return c.Lit.Pos()
	}
	return c.Settings[0].Node.Pos()
}

// TLSIndex describes the tls.Config values of one package. It also
// resolves values through the package's single-assignment variables and
// helper functions, so that a setting's value can be followed to the
// expression that produces it.
type TLSIndex struct {
	Pass    *analysis.Pass
	Configs []*TLSConfig

	info      *types.Info
	parent    map[ast.Node]ast.Node
	funcs     map[*types.Func]*ast.FuncDecl
	assigns   map[*types.Var][]ast.Expr // nil element: assigned in a form the index cannot follow
	addrTaken map[*types.Var]bool
	uses      map[*types.Var][]*ast.Ident
	calls     map[*types.Func][]*ast.CallExpr
	byLit     map[*ast.CompositeLit]*TLSConfig
	setsTLS   map[*ast.FuncDecl]bool
	params    map[*types.Var]bool
}

// SeesTLS reports whether crypto/tls is pkg itself or among its direct or
// indirect imports: a package that cannot see the tls.Config type cannot
// build or change one. Analyzers use it to skip building a TLSIndex, which
// costs a walk of every file, in the packages where it can find nothing.
func SeesTLS(pkg *types.Package) bool {
	return dependsOn(pkg, "crypto/tls", make(map[*types.Package]bool))
}

func dependsOn(pkg *types.Package, path string, seen map[*types.Package]bool) bool {
	if pkg.Path() == path {
		return true
	}
	if seen[pkg] {
		return false
	}
	seen[pkg] = true
	for _, imp := range pkg.Imports() {
		if dependsOn(imp, path, seen) {
			return true
		}
	}
	return false
}

// NewTLSIndex builds the index of pass's package.
func NewTLSIndex(pass *analysis.Pass) *TLSIndex {
	x := &TLSIndex{
		Pass:      pass,
		info:      pass.TypesInfo,
		parent:    make(map[ast.Node]ast.Node),
		funcs:     make(map[*types.Func]*ast.FuncDecl),
		assigns:   make(map[*types.Var][]ast.Expr),
		addrTaken: make(map[*types.Var]bool),
		uses:      make(map[*types.Var][]*ast.Ident),
		calls:     make(map[*types.Func][]*ast.CallExpr),
		byLit:     make(map[*ast.CompositeLit]*TLSConfig),
		setsTLS:   make(map[*ast.FuncDecl]bool),
		params:    make(map[*types.Var]bool),
	}
	var lits []*ast.CompositeLit
	var fieldAssigns []*ast.AssignStmt
	for _, f := range pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if len(stack) > 0 {
				x.parent[n] = stack[len(stack)-1]
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := x.info.Defs[n.Name].(*types.Func); ok {
					x.funcs[fn] = n
				}
				x.indexParams(n.Recv)
			case *ast.FuncType:
				x.indexParams(n.Params)
				x.indexParams(n.Results)
			case *ast.Ident:
				if v, ok := x.info.Uses[n].(*types.Var); ok && !v.IsField() {
					x.uses[v] = append(x.uses[v], n)
				}
			case *ast.CallExpr:
				if fn := Callee(x.info, n); fn != nil {
					x.calls[fn] = append(x.calls[fn], n)
				}
			case *ast.AssignStmt:
				x.indexAssign(n)
				for _, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && x.isConfigField(sel) {
						fieldAssigns = append(fieldAssigns, n)
						break
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					v, ok := x.info.Defs[name].(*types.Var)
					if !ok {
						continue
					}
					switch {
					case len(n.Values) == len(n.Names):
						x.assigns[v] = append(x.assigns[v], n.Values[i])
					default:
						x.assigns[v] = append(x.assigns[v], nil)
					}
				}
			case *ast.IncDecStmt:
				x.markUnknown(n.X)
			case *ast.RangeStmt:
				if n.Key != nil {
					x.markUnknown(n.Key)
				}
				if n.Value != nil {
					x.markUnknown(n.Value)
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
						if v, ok := x.info.Uses[id].(*types.Var); ok {
							x.addrTaken[v] = true
						}
					}
				}
			case *ast.CompositeLit:
				if IsNamedType(x.info.TypeOf(n), "crypto/tls", "Config") {
					lits = append(lits, n)
				}
			}
			return true
		})
	}

	// Functions that set fields of a tls.Config.
	for _, as := range fieldAssigns {
		if fd := x.enclosingFuncDecl(as); fd != nil {
			x.setsTLS[fd] = true
		}
	}

	for _, lit := range lits {
		c := &TLSConfig{Lit: lit}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if name := FieldName(kv); name != "" {
					c.Settings = append(c.Settings, &TLSSetting{Field: name, Value: kv.Value, Node: kv})
				}
			}
		}
		x.byLit[lit] = c
		x.Configs = append(x.Configs, c)
	}

	// Attribute field assignments to literals, or group them by base.
	type baseKey struct {
		fn   ast.Node
		base string
	}
	byBase := make(map[baseKey]*TLSConfig)
	seen := make(map[*ast.AssignStmt]bool)
	for _, as := range fieldAssigns {
		if seen[as] {
			continue
		}
		seen[as] = true
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok || !x.isConfigField(sel) {
				continue
			}
			var value ast.Expr
			if len(as.Lhs) == len(as.Rhs) && as.Tok == token.ASSIGN {
				value = as.Rhs[i]
			}
			if value == nil {
				continue
			}
			s := &TLSSetting{Field: sel.Sel.Name, Value: value, Node: as}
			if lit := x.LitOf(sel.X); lit != nil && x.byLit[lit] != nil {
				x.byLit[lit].Settings = append(x.byLit[lit].Settings, s)
				continue
			}
			k := baseKey{x.enclosingFunc(as), types.ExprString(sel.X)}
			c := byBase[k]
			if c == nil {
				c = &TLSConfig{Base: sel.X}
				byBase[k] = c
				x.Configs = append(x.Configs, c)
			}
			c.Settings = append(c.Settings, s)
		}
	}

	for _, c := range x.Configs {
		if c.Lit == nil {
			// Only the callees of a value grouped by base: where it
			// is used as a server or a client is not tracked.
			if v := x.baseVar(c.Base); v != nil {
				var fl tlsFlow
				seen := make(map[ast.Node]bool)
				for _, use := range x.uses[v] {
					x.flow(use, 0, seen, &fl)
				}
				c.Callees = fl.callees
			}
			continue
		}
		var fl tlsFlow
		x.flow(x.outer(c.Lit), 0, make(map[ast.Node]bool), &fl)
		c.Server, c.Client, c.Modified = fl.server, fl.client, fl.modified
		c.Callees = fl.callees
	}
	return x
}

// baseVar returns the variable that the base expression of a grouped
// configuration names (tlsCfg in tlsCfg.InsecureSkipVerify = true), or nil
// when it is not a plain variable.
func (x *TLSIndex) baseVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := x.info.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	return v
}

// Uses returns the identifiers of the package that refer to the variable
// v (not a field), in source order.
func (x *TLSIndex) Uses(v *types.Var) []*ast.Ident { return x.uses[v] }

func (x *TLSIndex) indexParams(fields *ast.FieldList) {
	if fields == nil {
		return
	}
	for _, f := range fields.List {
		for _, name := range f.Names {
			if v, ok := x.info.Defs[name].(*types.Var); ok {
				x.params[v] = true
			}
		}
	}
}

// IsParam reports whether v is a parameter, result or receiver of a
// function of the package.
func (x *TLSIndex) IsParam(v *types.Var) bool { return x.params[v] }

// indexAssign records the assignments of as to variables.
func (x *TLSIndex) indexAssign(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := x.info.Defs[id]
		if obj == nil {
			obj = x.info.Uses[id]
		}
		v, ok := obj.(*types.Var)
		if !ok {
			continue
		}
		if len(as.Lhs) == len(as.Rhs) && (as.Tok == token.ASSIGN || as.Tok == token.DEFINE) {
			x.assigns[v] = append(x.assigns[v], as.Rhs[i])
		} else {
			x.assigns[v] = append(x.assigns[v], nil)
		}
	}
}

func (x *TLSIndex) markUnknown(e ast.Expr) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return
	}
	obj := x.info.Defs[id]
	if obj == nil {
		obj = x.info.Uses[id]
	}
	if v, ok := obj.(*types.Var); ok {
		x.assigns[v] = append(x.assigns[v], nil)
	}
}

// isConfigField reports whether sel selects a field of crypto/tls.Config.
func (x *TLSIndex) isConfigField(sel *ast.SelectorExpr) bool {
	f := SelectedField(x.info, sel)
	return f != nil && IsTLSConfigField(f)
}

// IsTLSConfigField reports whether v is a field of crypto/tls.Config.
func IsTLSConfigField(v *types.Var) bool {
	if v == nil || !v.IsField() || v.Pkg() == nil || v.Pkg().Path() != "crypto/tls" {
		return false
	}
	obj, _ := v.Pkg().Scope().Lookup("Config").(*types.TypeName)
	if obj == nil {
		return false
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if st.Field(i) == v.Origin() {
			return true
		}
	}
	return false
}

// Parent returns the syntactic parent of n.
func (x *TLSIndex) Parent(n ast.Node) ast.Node { return x.parent[n] }

// outer returns the outermost expression that denotes the same value as e:
// e itself, or the &e and (e) around it.
func (x *TLSIndex) outer(e ast.Expr) ast.Expr {
	for {
		switch p := x.parent[e].(type) {
		case *ast.ParenExpr:
			e = p
		case *ast.UnaryExpr:
			if p.Op != token.AND {
				return e
			}
			e = p
		case *ast.StarExpr:
			e = p
		default:
			return e
		}
	}
}

func (x *TLSIndex) enclosingFunc(n ast.Node) ast.Node {
	for p := x.parent[n]; p != nil; p = x.parent[p] {
		switch p.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return p
		}
	}
	return nil
}

func (x *TLSIndex) enclosingFuncDecl(n ast.Node) *ast.FuncDecl {
	for p := x.parent[n]; p != nil; p = x.parent[p] {
		if fd, ok := p.(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// FuncDecl returns the declaration of fn in this package, or nil.
func (x *TLSIndex) FuncDecl(fn *types.Func) *ast.FuncDecl {
	if fn == nil {
		return nil
	}
	return x.funcs[fn.Origin()]
}

// File returns the file of the package that contains pos, or nil.
func (x *TLSIndex) File(pos token.Pos) *ast.File {
	for _, f := range x.Pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// SingleValue returns the one expression ever assigned to v (its
// initializer), or nil when v is a parameter, is assigned more than once,
// is assigned in a form the index cannot follow, or, unless addrOK, has its
// address taken.
func (x *TLSIndex) SingleValue(v *types.Var, addrOK bool) ast.Expr {
	as := x.assigns[v]
	if len(as) != 1 || as[0] == nil || (!addrOK && x.addrTaken[v]) {
		return nil
	}
	return as[0]
}

// Resolve follows e through parentheses, conversions, variables assigned
// exactly once and calls of helper functions of the package (every return
// statement), and returns the expressions that produce its value. An
// expression the index cannot see through is returned as is, so the
// result is never empty; constant expressions are returned unchanged.
func (x *TLSIndex) Resolve(e ast.Expr) []ast.Expr {
	return x.resolve(e, false, 0)
}

func (x *TLSIndex) resolve(e ast.Expr, addrOK bool, depth int) []ast.Expr {
	e = ast.Unparen(e)
	if depth > 4 {
		return []ast.Expr{e}
	}
	if tv, ok := x.info.Types[e]; ok && tv.Value != nil {
		return []ast.Expr{e}
	}
	switch ee := e.(type) {
	case *ast.Ident:
		v, ok := x.info.Uses[ee].(*types.Var)
		if !ok || v.IsField() {
			break
		}
		if rhs := x.SingleValue(v, addrOK); rhs != nil {
			return x.resolve(rhs, addrOK, depth+1)
		}
	case *ast.CallExpr:
		if tv, ok := x.info.Types[ee.Fun]; ok && tv.IsType() && len(ee.Args) == 1 {
			return x.resolve(ee.Args[0], addrOK, depth+1)
		}
		fd := x.FuncDecl(Callee(x.info, ee))
		if fd == nil || fd.Body == nil || fd.Type.Results == nil || fd.Type.Results.NumFields() != 1 {
			break
		}
		var out []ast.Expr
		ok := true
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) != 1 {
					ok = false
					return false
				}
				out = append(out, x.resolve(n.Results[0], addrOK, depth+1)...)
			}
			return true
		})
		if ok && len(out) > 0 {
			return out
		}
	}
	return []ast.Expr{e}
}

// LitOf returns the composite literal that e denotes: through &, variables
// assigned once (whose address may be taken), helper functions with a
// single return, and selections of fields of such literals
// (t.TLSClientConfig for t := &http.Transport{TLSClientConfig: ...}). It
// returns nil when e is not known to denote one literal.
func (x *TLSIndex) LitOf(e ast.Expr) *ast.CompositeLit {
	return x.litOf(e, 0)
}

func (x *TLSIndex) litOf(e ast.Expr, depth int) *ast.CompositeLit {
	if depth > 4 {
		return nil
	}
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if SelectedField(x.info, sel) == nil {
			return nil
		}
		base := x.litOf(sel.X, depth+1)
		if base == nil {
			return nil
		}
		for _, elt := range base.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && FieldName(kv) == sel.Sel.Name {
				return x.litOf(kv.Value, depth+1)
			}
		}
		return nil
	}
	vals := x.resolve(e, true, depth)
	if len(vals) != 1 {
		return nil
	}
	v := vals[0]
	for {
		switch u := ast.Unparen(v).(type) {
		case *ast.UnaryExpr:
			if u.Op != token.AND {
				return nil
			}
			v = u.X
			continue
		case *ast.CompositeLit:
			return u
		case *ast.SelectorExpr:
			if v != e {
				return x.litOf(u, depth+1)
			}
		}
		return nil
	}
}

// tlsFlow collects where a configuration value goes.
type tlsFlow struct {
	server, client, modified bool
	callees                  []*types.Func
}

// addCallee records that the value is passed to fn, a function of another
// package.
func (fl *tlsFlow) addCallee(fn *types.Func) {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		return
	}
	for _, c := range fl.callees {
		if c == fn {
			return
		}
	}
	fl.callees = append(fl.callees, fn)
}

// Fields and parameters through which a tls.Config reaches a server or a
// client.
var (
	tlsServerFields = map[[3]string]bool{
		{"net/http", "Server", "TLSConfig"}:    true,
		{"net/http/httptest", "Server", "TLS"}: true,
	}
	tlsClientFields = map[[3]string]bool{
		{"net/http", "Transport", "TLSClientConfig"}: true,
		{"crypto/tls", "Dialer", "Config"}:           true,
	}
	tlsServerFuncs = map[[2]string]int{
		{"crypto/tls", "Listen"}:      2,
		{"crypto/tls", "NewListener"}: 1,
		{"crypto/tls", "Server"}:      1,
	}
	tlsClientFuncs = map[[2]string]int{
		{"crypto/tls", "Dial"}:           2,
		{"crypto/tls", "DialWithDialer"}: 3,
		{"crypto/tls", "Client"}:         1,
	}
)

// flow follows the value of expression e to its uses in the package.
func (x *TLSIndex) flow(e ast.Expr, depth int, seen map[ast.Node]bool, fl *tlsFlow) {
	if depth > 6 || seen[e] {
		return
	}
	seen[e] = true
	e = x.outer(e)
	switch p := x.parent[e].(type) {
	case *ast.KeyValueExpr:
		if p.Value != e {
			return
		}
		lit, ok := x.parent[p].(*ast.CompositeLit)
		if !ok {
			return
		}
		x.flowField(x.info.TypeOf(lit), FieldName(p), fl)
	case *ast.CallExpr:
		fn := Callee(x.info, p)
		if p.Fun == e {
			return
		}
		for i, arg := range p.Args {
			if arg != e {
				continue
			}
			if fn == nil {
				return
			}
			key := [2]string{}
			if fn.Pkg() != nil {
				key = [2]string{fn.Pkg().Path(), fn.Name()}
			}
			if j, ok := tlsServerFuncs[key]; ok && j == i && IsFunc(fn, key[0], key[1]) {
				fl.server = true
				return
			}
			if j, ok := tlsClientFuncs[key]; ok && j == i && IsFunc(fn, key[0], key[1]) {
				fl.client = true
				return
			}
			if IsMethod(fn, "net/smtp", "Client", "StartTLS") {
				fl.client = true
				return
			}
			if fn.Pkg() != nil && fn.Pkg() != x.Pass.Pkg {
				fl.addCallee(fn.Origin())
				return
			}
			fd := x.FuncDecl(fn)
			if fd == nil {
				return
			}
			if x.setsTLS[fd] {
				fl.modified = true
			}
			// Follow the parameter inside the function.
			if pv := paramAt(x.info, fd, i); pv != nil {
				for _, use := range x.uses[pv] {
					x.flow(use, depth+1, seen, fl)
				}
			}
		}
	case *ast.SelectorExpr:
		// A method call on the value: follow Clone's result.
		if p.X == e && p.Sel.Name == "Clone" {
			if call, ok := x.parent[p].(*ast.CallExpr); ok && call.Fun == p {
				x.flow(call, depth+1, seen, fl)
			}
		}
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs != e || len(p.Lhs) != len(p.Rhs) {
				continue
			}
			switch lhs := ast.Unparen(p.Lhs[i]).(type) {
			case *ast.Ident:
				obj := x.info.Defs[lhs]
				if obj == nil {
					obj = x.info.Uses[lhs]
				}
				if v, ok := obj.(*types.Var); ok {
					for _, use := range x.uses[v] {
						x.flow(use, depth+1, seen, fl)
					}
				}
			case *ast.SelectorExpr:
				if f := SelectedField(x.info, lhs); f != nil {
					x.flowField(x.info.TypeOf(lhs.X), lhs.Sel.Name, fl)
				}
			}
		}
	case *ast.ValueSpec:
		for i, val := range p.Values {
			if val != e || i >= len(p.Names) {
				continue
			}
			if v, ok := x.info.Defs[p.Names[i]].(*types.Var); ok {
				for _, use := range x.uses[v] {
					x.flow(use, depth+1, seen, fl)
				}
			}
		}
	case *ast.ReturnStmt:
		fd, ok := x.enclosingFunc(p).(*ast.FuncDecl)
		if !ok {
			return
		}
		if fn, ok := x.info.Defs[fd.Name].(*types.Func); ok {
			for _, call := range x.calls[fn] {
				x.flow(call, depth+1, seen, fl)
			}
		}
	}
}

// flowField records the use of a configuration as field name of a value of
// type t.
func (x *TLSIndex) flowField(t types.Type, name string, fl *tlsFlow) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return
	}
	key := [3]string{n.Obj().Pkg().Path(), n.Obj().Name(), name}
	if tlsServerFields[key] {
		fl.server = true
	}
	if tlsClientFields[key] {
		fl.client = true
	}
}

// paramAt returns the parameter variable of fd that receives argument i.
func paramAt(info *types.Info, fd *ast.FuncDecl, i int) *types.Var {
	j := 0
	for _, field := range fd.Type.Params.List {
		names := field.Names
		if len(names) == 0 {
			j++
			continue
		}
		for _, name := range names {
			if j == i {
				v, _ := info.Defs[name].(*types.Var)
				return v
			}
			j++
		}
	}
	return nil
}

// ImportName returns the name by which file refers to the package with the
// given path at pos: "" for a dot import, ok false when the file does not
// import it under a usable name (blank import, or the name is shadowed at
// pos).
func ImportName(pass *analysis.Pass, file *ast.File, path string, pos token.Pos) (name string, ok bool) {
	for _, imp := range file.Imports {
		if strings.Trim(imp.Path.Value, "`\"") != path {
			continue
		}
		pn := pass.TypesInfo.PkgNameOf(imp)
		if pn == nil || pn.Name() == "_" {
			continue
		}
		if pn.Name() == "." {
			return "", true
		}
		if scope := pass.Pkg.Scope().Innermost(pos); scope != nil {
			if _, obj := scope.LookupParent(pn.Name(), pos); obj != pn {
				continue
			}
		}
		return pn.Name(), true
	}
	return "", false
}
