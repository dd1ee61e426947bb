package analysisutil

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

// Flow is a package-local, flow-insensitive index of where the values of
// one package go: every write to a variable, a struct field or a
// parameter (assignments, composite literals, element writes, buffers
// filled by a call such as rand.Read(b) or io.ReadFull(r, b), data written
// into a hash or a strings.Builder), the return statements of every
// function and its static call sites in the package.
//
// It answers may-questions ("can this value be built from math/rand?",
// "does a password reach this hash?") for the rand, weakhash and timing
// analyzers, which need what passes/provenance does not model: names along
// the way, strings.Builder and hash writes, characters drawn from an
// alphabet by a random index, hash objects and their inputs. It sees one
// package; cross-package flows are left to passes/provenance and its facts.
// Objects are not distinguished: a field holds every value written to that
// field anywhere in the package.
type Flow struct {
	info     *types.Info
	pkg      *types.Package
	assigns  map[types.Object][]flowWrite // what a variable, field or parameter is set to
	contents map[types.Object][]flowWrite // what is written into it: elements, fills, Write calls
	passes   map[types.Object][]flowPass  // in-package calls that pass it as an argument
	params   map[*types.Var]flowParam
	decls    map[*types.Func]*ast.FuncDecl
	calls    map[*types.Func][]*ast.CallExpr
}

type flowWrite struct {
	node    ast.Node      // the statement, literal element or call that writes
	value   ast.Expr      // the value written, or nil
	call    *ast.CallExpr // a call whose result index is the value, or the call that fills
	index   int
	fill    bool // call fills the object through its argument (table Out role)
	rangeOf bool // value is an element of the collection value (range)
}

type flowPass struct {
	fn    *types.Func
	index int // declared parameter index; -1 for the receiver
	call  *ast.CallExpr
}

type flowParam struct {
	fn    *types.Func
	index int // -1 for the receiver
}

// NewFlow indexes the files of the package.
func NewFlow(info *types.Info, pkg *types.Package, in *inspector.Inspector) *Flow {
	f := &Flow{
		info:     info,
		pkg:      pkg,
		assigns:  make(map[types.Object][]flowWrite),
		contents: make(map[types.Object][]flowWrite),
		passes:   make(map[types.Object][]flowPass),
		params:   make(map[*types.Var]flowParam),
		decls:    make(map[*types.Func]*ast.FuncDecl),
		calls:    make(map[*types.Func][]*ast.CallExpr),
	}
	filter := []ast.Node{(*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.RangeStmt)(nil), (*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)}
	for c := range in.Root().Preorder(filter...) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			f.funcDecl(n)
		case *ast.AssignStmt:
			f.assignStmt(n)
		case *ast.ValueSpec:
			f.valueSpec(n)
		case *ast.RangeStmt:
			if n.Value != nil {
				if obj, elem := f.Target(n.Value); obj != nil && !elem {
					f.assigns[obj] = append(f.assigns[obj], flowWrite{node: n, value: n.X, rangeOf: true})
				}
			}
		case *ast.CompositeLit:
			f.compositeLit(n)
		case *ast.CallExpr:
			f.callExpr(n)
		}
	}
	return f
}

func (f *Flow) funcDecl(d *ast.FuncDecl) {
	fn, _ := f.info.Defs[d.Name].(*types.Func)
	if fn == nil {
		return
	}
	f.decls[fn] = d
	if d.Recv != nil {
		for _, fld := range d.Recv.List {
			for _, name := range fld.Names {
				if v, ok := f.info.Defs[name].(*types.Var); ok {
					f.params[v] = flowParam{fn, -1}
				}
			}
		}
	}
	i := 0
	for _, fld := range d.Type.Params.List {
		if len(fld.Names) == 0 {
			i++
			continue
		}
		for _, name := range fld.Names {
			if v, ok := f.info.Defs[name].(*types.Var); ok {
				f.params[v] = flowParam{fn, i}
			}
			i++
		}
	}
}

func (f *Flow) assignStmt(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		obj, elem := f.Target(lhs)
		if obj == nil {
			continue
		}
		w := flowWrite{node: as}
		switch {
		case len(as.Lhs) == len(as.Rhs):
			w.value = as.Rhs[i]
		case len(as.Rhs) == 1:
			switch rhs := ast.Unparen(as.Rhs[0]).(type) {
			case *ast.CallExpr:
				w.call, w.index = rhs, i
			default: // v, ok := m[k] / x.(T) / <-ch
				if i > 0 {
					continue
				}
				w.value = rhs
			}
		default:
			continue
		}
		f.add(obj, elem, w)
	}
}

func (f *Flow) valueSpec(vs *ast.ValueSpec) {
	for i, name := range vs.Names {
		obj := f.info.Defs[name]
		if obj == nil || name.Name == "_" {
			continue
		}
		if _, ok := obj.(*types.Var); !ok {
			continue
		}
		w := flowWrite{node: vs}
		switch {
		case len(vs.Values) == len(vs.Names):
			w.value = vs.Values[i]
		case len(vs.Values) == 1:
			call, ok := ast.Unparen(vs.Values[0]).(*ast.CallExpr)
			if !ok {
				if i > 0 {
					continue
				}
				w.value = vs.Values[0]
			} else {
				w.call, w.index = call, i
			}
		default:
			continue // var b [16]byte: no write
		}
		f.assigns[obj] = append(f.assigns[obj], w)
	}
}

func (f *Flow) compositeLit(lit *ast.CompositeLit) {
	t := f.info.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var fld *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				fld, _ = f.info.Uses[id].(*types.Var)
			}
			value = kv.Value
		} else if i < st.NumFields() {
			fld = st.Field(i)
		}
		if fld != nil {
			f.assigns[fld.Origin()] = append(f.assigns[fld.Origin()], flowWrite{node: elt, value: value})
		}
	}
}

func (f *Flow) callExpr(call *ast.CallExpr) {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := f.info.Uses[id].(*types.Builtin); ok {
			if b.Name() == "copy" && len(call.Args) == 2 {
				f.content(call.Args[0], flowWrite{node: call, value: call.Args[1]})
			}
			return
		}
	}
	fn := Callee(f.info, call)
	if fn == nil {
		return
	}
	recv := receiverExpr(f.info, call)
	if api := cryptoapi.Lookup(fn); api != nil {
		for _, p := range api.Params {
			if p.Role != cryptoapi.Out {
				continue
			}
			if arg := argAt(call, recv, p.Index); arg != nil {
				f.content(arg, flowWrite{node: call, call: call, index: p.Index, fill: true})
			}
		}
	}
	switch {
	case recv != nil && isWriteMethod(fn) && len(call.Args) == 1:
		f.content(recv, flowWrite{node: call, value: call.Args[0]})
	case IsFunc(fn, "io", "WriteString") && len(call.Args) == 2:
		f.content(call.Args[0], flowWrite{node: call, value: call.Args[1]})
	case IsFunc(fn, "fmt", "Fprint", "Fprintf", "Fprintln") && len(call.Args) > 1:
		for _, a := range call.Args[1:] {
			f.content(call.Args[0], flowWrite{node: call, value: a})
		}
	case IsFunc(fn, "io", "Copy", "CopyN", "CopyBuffer") && len(call.Args) >= 2:
		for _, w := range writers(f.info, call.Args[0]) {
			f.content(w, flowWrite{node: call, value: call.Args[1]})
		}
	case IsFunc(fn, "io", "TeeReader") && len(call.Args) == 2:
		for _, w := range writers(f.info, call.Args[1]) {
			f.content(w, flowWrite{node: call, value: call.Args[0]})
		}
	}
	origin := fn.Origin()
	if origin.Pkg() != f.pkg {
		return
	}
	f.calls[origin] = append(f.calls[origin], call)
	if recv != nil {
		if obj, _ := f.Target(recv); obj != nil {
			f.passes[obj] = append(f.passes[obj], flowPass{origin, -1, call})
		}
	}
	for i, a := range call.Args {
		if obj, _ := f.Target(a); obj != nil {
			f.passes[obj] = append(f.passes[obj], flowPass{origin, i, call})
		}
	}
}

// writers returns the writers a Copy destination writes into, looking
// through io.MultiWriter.
func writers(info *types.Info, dst ast.Expr) []ast.Expr {
	if call, ok := ast.Unparen(dst).(*ast.CallExpr); ok && IsFunc(Callee(info, call), "io", "MultiWriter") {
		return call.Args
	}
	return []ast.Expr{dst}
}

func isWriteMethod(fn *types.Func) bool {
	switch fn.Name() {
	case "Write", "WriteString", "WriteByte", "WriteRune":
		sig, ok := fn.Type().(*types.Signature)
		return ok && sig.Recv() != nil
	}
	return false
}

func (f *Flow) content(target ast.Expr, w flowWrite) {
	if obj, _ := f.Target(target); obj != nil {
		f.contents[obj] = append(f.contents[obj], w)
	}
}

func (f *Flow) add(obj types.Object, elem bool, w flowWrite) {
	if elem {
		f.contents[obj] = append(f.contents[obj], w)
	} else {
		f.assigns[obj] = append(f.assigns[obj], w)
	}
}

// Target returns the variable or field that an expression written to (or
// filled through) denotes: v for v, v[i], v[a:b], &v, *v and v.f[i] (the
// field f), and whether the write goes into its elements or contents rather
// than replacing it.
func (f *Flow) Target(e ast.Expr) (types.Object, bool) {
	elem := false
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if x.Name == "_" {
				return nil, false
			}
			obj := f.info.Uses[x]
			if obj == nil {
				obj = f.info.Defs[x]
			}
			if v, ok := obj.(*types.Var); ok {
				return v, elem
			}
			return nil, false
		case *ast.SelectorExpr:
			if sel, ok := f.info.Selections[x]; ok {
				if sel.Kind() == types.FieldVal {
					return sel.Obj().(*types.Var).Origin(), elem
				}
				return nil, false
			}
			if v, ok := f.info.Uses[x.Sel].(*types.Var); ok { // pkg.Var
				return v, elem
			}
			return nil, false
		case *ast.IndexExpr:
			elem = true
			e = x.X
		case *ast.SliceExpr:
			elem = true
			e = x.X
		case *ast.StarExpr:
			elem = true
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil, false
			}
			e = x.X
		default:
			return nil, false
		}
	}
}

// receiverExpr returns the receiver expression of a method call x.M(...),
// or nil.
func receiverExpr(info *types.Info, call *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
		return sel.X
	}
	return nil
}

// argAt returns the argument of call for a cryptoapi parameter index
// (cryptoapi.Receiver for the receiver), or nil.
func argAt(call *ast.CallExpr, recv ast.Expr, i int) ast.Expr {
	if i == cryptoapi.Receiver {
		return recv
	}
	if i < 0 || i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// CallArg returns the argument of call for a cryptoapi parameter index.
func (f *Flow) CallArg(call *ast.CallExpr, i int) ast.Expr {
	return argAt(call, receiverExpr(f.info, call), i)
}

// Receiver returns the receiver expression of a method call, or nil.
func (f *Flow) Receiver(call *ast.CallExpr) ast.Expr { return receiverExpr(f.info, call) }

// Decl returns the declaration of an in-package function, or nil.
func (f *Flow) Decl(fn *types.Func) *ast.FuncDecl {
	if fn == nil {
		return nil
	}
	return f.decls[fn.Origin()]
}

// Callers returns the static call sites of an in-package function.
func (f *Flow) Callers(fn *types.Func) []*ast.CallExpr { return f.calls[fn.Origin()] }

// Param returns the function and parameter index (-1: receiver) of a
// parameter of an in-package function.
func (f *Flow) Param(v *types.Var) (*types.Func, int, bool) {
	p, ok := f.params[v]
	return p.fn, p.index, ok
}

// LeafKind says why tracing stopped.
type LeafKind uint8

const (
	LeafCall  LeafKind = iota // a call not looked into: Call, Callee (nil for a function value)
	LeafFill                  // a call that filled the traced buffer through its argument: Call, Callee
	LeafConst                 // a constant expression or nil: Value (nil for nil)
	LeafZero                  // make, new
	LeafParam                 // a parameter without call sites in the package: Obj
	LeafVar                   // a variable or field with no write in the package: Obj (a field of another package's struct, a variable of another package)
	LeafFunc                  // a function or method value: Obj
	LeafOther                 // anything else: a receive, a function literal
)

// A Leaf is one place a traced value can come from.
type Leaf struct {
	Kind   LeafKind
	Expr   ast.Expr
	Call   *ast.CallExpr
	Callee *types.Func
	Index  int // result index of a LeafCall in a tuple assignment
	Value  constant.Value
	Obj    types.Object
	// Via is the innermost call that read the value out of a reader or
	// transformed it into the traced buffer (io.ReadFull(r, b), r.Read(b)):
	// for a reader leaf, the call that drew bytes from it.
	Via *ast.CallExpr
	// Path lists the nodes from the traced expression to the leaf:
	// assignments, calls, returns (at most maxLeafPath).
	Path []ast.Node
	// Names are the variables, fields, parameters and in-package functions
	// the value passed through, nearest first.
	Names []string
	// Keys are the constant arguments of a LeafCall that look like a
	// header name or form key: Header.Get("X-API-Key").
	Keys []string
}

const (
	maxLeafPath  = 8
	maxLeafNames = 8
	maxLeaves    = 64
	maxDepth     = 48
)

// TraceOptions adapt a Tracer to one question.
type TraceOptions struct {
	// Stop reports whether a call is a leaf, although tracing could look
	// into it (an in-package function, a transform of the table).
	Stop func(call *ast.CallExpr, callee *types.Func) bool
	// Index reports whether x[i] depends on i as well as on x (a
	// character drawn from an alphabet by a random index).
	Index func(ix *ast.IndexExpr) bool
	// FieldWrites bounds the writes of a struct field that tracing
	// follows (default 4): a field written in many places (the bytes of
	// a generic buffer type) holds unrelated values, since fields are
	// not told apart by object; such a field is a LeafVar.
	FieldWrites int
	// Contents includes what is written into a buffer, a builder or a
	// hash (filled by rand.Read, h.Write(x)) in the value of a variable.
	// Without it a variable's value is what it is assigned: the hash
	// object, not the data hashed.
	Contents bool
}

// A Tracer traces expressions backward through a Flow. It memoises per
// variable and is not safe for concurrent use; make one per pass.
type Tracer struct {
	flow  *Flow
	opts  TraceOptions
	memo  map[tkey][]Leaf
	stack map[tkey]bool
	depth int
}

type tkey struct {
	obj   any
	index int
}

// NewTracer returns a Tracer for the flow.
func (f *Flow) NewTracer(opts TraceOptions) *Tracer {
	return &Tracer{flow: f, opts: opts, memo: make(map[tkey][]Leaf), stack: make(map[tkey]bool)}
}

// Trace returns the leaves e can come from.
func (t *Tracer) Trace(e ast.Expr) []Leaf {
	return t.expr(e)
}

// Result returns the leaves of result index of call (v, err := f()).
func (t *Tracer) Result(call *ast.CallExpr, index int) []Leaf {
	return t.call(call, index)
}

// Contents returns the leaves of what is written into obj (a hash, a
// buffer, a builder), without what obj is assigned.
func (t *Tracer) Contents(obj types.Object) []Leaf {
	return t.memoised(tkey{obj, -3}, func() []Leaf { return t.contentsOf(obj, nil) })
}

// Object returns the leaves of what obj is assigned, without what is
// written into it.
func (t *Tracer) Object(obj types.Object) []Leaf {
	return t.memoised(tkey{obj, -4}, func() []Leaf { return t.writes(obj, t.flow.assigns[obj]) })
}

func (t *Tracer) memoised(k tkey, compute func() []Leaf) []Leaf {
	if ls, ok := t.memo[k]; ok {
		return ls
	}
	if t.stack[k] || t.depth > maxDepth {
		return nil
	}
	t.stack[k] = true
	t.depth++
	ls := compute()
	t.depth--
	delete(t.stack, k)
	t.memo[k] = ls
	return ls
}

func (t *Tracer) expr(e ast.Expr) []Leaf {
	if e == nil || t.depth > maxDepth {
		return nil
	}
	t.depth++
	defer func() { t.depth-- }()
	info := t.flow.info
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok {
		if tv.Value != nil {
			l := Leaf{Kind: LeafConst, Expr: e, Value: tv.Value}
			if obj := constObject(info, e); obj != nil {
				l.Obj = obj
				l.Names = []string{obj.Name()}
			}
			return []Leaf{l}
		}
		if tv.IsNil() {
			return []Leaf{{Kind: LeafConst, Expr: e}}
		}
		if tv.IsType() {
			return nil
		}
	}
	switch e := e.(type) {
	case *ast.Ident:
		obj := info.Uses[e]
		if obj == nil {
			obj = info.Defs[e]
		}
		return t.object(e, obj)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				return t.field(e, sel.Obj().(*types.Var).Origin())
			}
			return []Leaf{{Kind: LeafFunc, Expr: e, Obj: sel.Obj()}}
		}
		return t.object(e, info.Uses[e.Sel])
	case *ast.CallExpr:
		return t.call(e, 0)
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.X]; ok && tv.IsType() {
			return nil
		}
		if xt := info.TypeOf(e.X); xt == nil {
			return nil
		} else if _, ok := xt.Underlying().(*types.Signature); ok {
			return []Leaf{{Kind: LeafFunc, Expr: e}} // generic function instance
		}
		ls := t.expr(e.X)
		if _, isMap := info.TypeOf(e.X).Underlying().(*types.Map); isMap && info.Types[e.Index].Value != nil {
			// claims["chal"] is a member of a record: the map's name
			// (claims, token) does not describe it.
			ls = unnamed(ls)
		}
		if t.opts.Index != nil && t.opts.Index(e) {
			ls = merge(ls, t.expr(e.Index))
		}
		return ls
	case *ast.SliceExpr:
		return t.expr(e.X)
	case *ast.StarExpr:
		return t.expr(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.ARROW {
			return []Leaf{{Kind: LeafOther, Expr: e}}
		}
		return t.expr(e.X)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ, token.LAND, token.LOR:
			return nil // a boolean says nothing of its operands
		}
		return merge(t.expr(e.X), t.expr(e.Y))
	case *ast.CompositeLit:
		var ls []Leaf
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			ls = merge(ls, t.expr(elt))
		}
		return ls
	case *ast.TypeAssertExpr:
		return t.expr(e.X)
	}
	return []Leaf{{Kind: LeafOther, Expr: e}}
}

func constObject(info *types.Info, e ast.Expr) types.Object {
	switch e := e.(type) {
	case *ast.Ident:
		return info.Uses[e]
	case *ast.SelectorExpr:
		return info.Uses[e.Sel]
	}
	return nil
}

func (t *Tracer) object(e ast.Expr, obj types.Object) []Leaf {
	switch obj := obj.(type) {
	case *types.Func:
		return []Leaf{{Kind: LeafFunc, Expr: e, Obj: obj}}
	case *types.Var:
		return named(t.variable(e, obj), obj.Name())
	}
	return []Leaf{{Kind: LeafOther, Expr: e}}
}

func (t *Tracer) field(e ast.Expr, v *types.Var) []Leaf {
	limit := t.opts.FieldWrites
	if limit == 0 {
		limit = 4
	}
	if len(t.flow.assigns[v])+len(t.flow.contents[v]) > limit {
		return []Leaf{{Kind: LeafVar, Expr: e, Obj: v, Names: []string{v.Name()}}}
	}
	ls := t.memoised(tkey{v, -1}, func() []Leaf {
		ws := t.flow.assigns[v]
		var ls []Leaf
		if t.opts.Contents {
			ls = t.contentsOf(v, nil)
		}
		return merge(t.writes(v, ws), ls)
	})
	if len(ls) == 0 {
		ls = []Leaf{{Kind: LeafVar, Expr: e, Obj: v}}
	}
	return named(ls, v.Name())
}

func (t *Tracer) variable(e ast.Expr, v *types.Var) []Leaf {
	if v.Pkg() != t.flow.pkg {
		return []Leaf{{Kind: LeafVar, Expr: e, Obj: v}}
	}
	ls := t.memoised(tkey{v, -1}, func() []Leaf {
		ls := t.writes(v, t.flow.assigns[v])
		if t.opts.Contents {
			ls = merge(ls, t.contentsOf(v, nil))
		}
		if p, ok := t.flow.params[v]; ok {
			ls = merge(ls, t.argsOf(p.fn, p.index))
		}
		return ls
	})
	if len(ls) == 0 {
		if _, ok := t.flow.params[v]; ok {
			return []Leaf{{Kind: LeafParam, Expr: e, Obj: v}}
		}
		return []Leaf{{Kind: LeafVar, Expr: e, Obj: v}}
	}
	return ls
}

// argsOf traces the arguments given to parameter index of fn at its call
// sites in the package.
func (t *Tracer) argsOf(fn *types.Func, index int) []Leaf {
	var ls []Leaf
	for _, call := range t.flow.calls[fn] {
		arg := argAt(call, receiverExpr(t.flow.info, call), index)
		if arg == nil {
			continue
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Variadic() && index >= sig.Params().Len()-1 {
			continue
		}
		ls = merge(ls, via(t.expr(arg), call))
	}
	return ls
}

func (t *Tracer) writes(obj types.Object, ws []flowWrite) []Leaf {
	var ls []Leaf
	for _, w := range ws {
		var wl []Leaf
		switch {
		case w.fill:
			wl = t.fill(w.call)
		case w.call != nil:
			wl = t.call(w.call, w.index)
		default:
			wl = t.expr(w.value)
		}
		ls = merge(ls, via(wl, w.node))
	}
	return ls
}

// contentsOf traces what is written into obj, including what in-package
// functions write into the parameter obj is passed as.
func (t *Tracer) contentsOf(obj types.Object, seen map[types.Object]bool) []Leaf {
	ls := t.writes(obj, t.flow.contents[obj])
	for _, p := range t.flow.passes[obj] {
		pv := t.flow.paramVar(p.fn, p.index)
		if pv == nil {
			continue
		}
		if seen == nil {
			seen = map[types.Object]bool{obj: true}
		}
		if seen[pv] {
			continue
		}
		seen[pv] = true
		ls = merge(ls, via(named(t.contentsOf(pv, seen), pv.Name()), p.call))
	}
	return ls
}

func (f *Flow) paramVar(fn *types.Func, index int) *types.Var {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	if index == -1 {
		if sig.Recv() == nil {
			return nil
		}
		return sig.Recv()
	}
	if index >= sig.Params().Len() {
		return nil
	}
	return sig.Params().At(index)
}

// fill traces what call writes into its Out argument.
func (t *Tracer) fill(call *ast.CallExpr) []Leaf {
	fn := Callee(t.flow.info, call)
	if fn == nil {
		return nil
	}
	if t.opts.Stop == nil || !t.opts.Stop(call, fn) {
		if api := cryptoapi.Lookup(fn); api != nil && api.Produces == cryptoapi.Propagate {
			var ls []Leaf
			for _, i := range api.ParamsWith(cryptoapi.In) {
				ls = merge(ls, t.expr(t.flow.CallArg(call, i)))
			}
			for i := range ls {
				if ls[i].Via == nil {
					ls[i].Via = call
				}
			}
			return ls
		}
	}
	return []Leaf{{Kind: LeafFill, Expr: call, Call: call, Callee: fn}}
}

// passThrough lists functions outside the table whose result carries the
// provenance of one argument (readers and buffers wrapping data).
var passThrough = map[string]int{
	"io.ReadAll":            0,
	"io.LimitReader":        0,
	"io.NopCloser":          0,
	"io.TeeReader":          0,
	"bufio.NewReader":       0,
	"bytes.NewBuffer":       0,
	"bytes.NewBufferString": 0,
	"bytes.TrimPrefix":      0,
	"bytes.TrimSuffix":      0,
	"bytes.ToLower":         0,
	"bytes.ToUpper":         0,
	"strings.TrimPrefix":    0,
	"strings.TrimSuffix":    0,
	"strings.Trim":          0,
	"strings.TrimLeft":      0,
	"strings.TrimRight":     0,
}

func (t *Tracer) call(call *ast.CallExpr, index int) []Leaf {
	info := t.flow.info
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return t.expr(call.Args[0])
		}
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "append", "min", "max":
				var ls []Leaf
				for _, a := range call.Args {
					ls = merge(ls, t.expr(a))
				}
				return ls
			case "make", "new":
				return []Leaf{{Kind: LeafZero, Expr: call, Call: call}}
			}
			return nil
		}
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	leaf := []Leaf{{Kind: LeafCall, Expr: call, Call: call, Callee: fn, Index: index, Keys: literalArgs(info, call)}}
	if fn == nil || (t.opts.Stop != nil && t.opts.Stop(call, fn)) {
		return leaf
	}
	if d := t.flow.decls[fn.Origin()]; d != nil && d.Body != nil {
		ls := t.memoised(tkey{fn.Origin(), index}, func() []Leaf { return t.results(d, index) })
		if index == 0 && singleResult(fn) {
			// apiKey() names its value; authorize() returning
			// (group, name, err) does not name each result.
			ls = named(ls, fn.Name())
		}
		return via(ls, call)
	}
	if index != 0 {
		return leaf
	}
	recv := receiverExpr(info, call)
	if api := cryptoapi.Lookup(fn); api != nil && api.Produces == cryptoapi.Propagate && api.Op == cryptoapi.Transform {
		var ls []Leaf
		for _, i := range api.ParamsWith(cryptoapi.In) {
			ls = merge(ls, t.expr(argAt(call, recv, i)))
		}
		return ls
	}
	if fn.Pkg() != nil {
		if i, ok := passThrough[fn.Pkg().Path()+"."+fn.Name()]; ok && i < len(call.Args) {
			return t.expr(call.Args[i])
		}
	}
	if recv != nil && (IsMethod(fn, "strings", "Builder", "String") || IsMethod(fn, "bytes", "Buffer", "String") ||
		IsMethod(fn, "bytes", "Buffer", "Bytes")) {
		return t.expr(recv)
	}
	return leaf
}

// results traces result index of an in-package function.
func (t *Tracer) results(d *ast.FuncDecl, index int) []Leaf {
	var named []*ast.Ident
	if d.Type.Results != nil {
		for _, fld := range d.Type.Results.List {
			named = append(named, fld.Names...)
		}
	}
	var ls []Leaf
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == 0:
				if index < len(named) {
					ls = merge(ls, via(t.expr(named[index]), n))
				}
			case len(n.Results) == 1 && index > 0:
				if call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					ls = merge(ls, via(t.call(call, index), n))
				}
			case index < len(n.Results):
				ls = merge(ls, via(t.expr(n.Results[index]), n))
			}
		}
		return true
	})
	return ls
}

// literalArgs returns the constant string arguments of a call: the header
// name of Header.Get("X-API-Key"), the form key of FormValue("csrf").
func literalArgs(info *types.Info, call *ast.CallExpr) []string {
	var names []string
	for _, a := range call.Args {
		if s, ok := ConstString(info, a); ok && len(s) < 64 && isKeyName(s) {
			names = append(names, s)
		}
	}
	return names
}

// isKeyName reports whether s looks like a header name or a form key
// ("X-API-Key", "csrf_token"), not a prompt or a message.
func isKeyName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// via prepends node to the path of every leaf.
func via(ls []Leaf, node ast.Node) []Leaf {
	if node == nil || len(ls) == 0 {
		return ls
	}
	out := make([]Leaf, len(ls))
	for i, l := range ls {
		if len(l.Path) < maxLeafPath {
			l.Path = append([]ast.Node{node}, l.Path...)
		}
		out[i] = l
	}
	return out
}

// unnamed drops the names of every leaf.
func unnamed(ls []Leaf) []Leaf {
	out := make([]Leaf, len(ls))
	for i, l := range ls {
		l.Names = nil
		out[i] = l
	}
	return out
}

// singleResult reports whether fn returns one value, or one value and an
// error.
func singleResult(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	switch r := sig.Results(); r.Len() {
	case 1:
		return true
	case 2:
		return types.Identical(r.At(1).Type(), types.Universe.Lookup("error").Type())
	}
	return false
}

// named prepends name to the names of every leaf.
func named(ls []Leaf, name string) []Leaf {
	if name == "" || name == "_" || len(ls) == 0 {
		return ls
	}
	out := make([]Leaf, len(ls))
	for i, l := range ls {
		if len(l.Names) < maxLeafNames && (len(l.Names) == 0 || l.Names[0] != name) {
			l.Names = append([]string{name}, l.Names...)
		}
		out[i] = l
	}
	return out
}

// merge appends the leaves of b to a, without duplicates.
func merge(a, b []Leaf) []Leaf {
	for _, l := range b {
		dup := false
		for i := range a {
			if a[i].Kind == l.Kind && a[i].Expr == l.Expr && a[i].Via == l.Via && a[i].Index == l.Index {
				dup = true
				break
			}
		}
		if !dup && len(a) < maxLeaves {
			a = append(a, l)
		}
	}
	return a
}
