package provenance

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

// Limits that bound the cost of one package.
const (
	maxCallDepth   = 6       // nested call summaries followed from one query
	maxQuerySteps  = 20000   // evaluation steps for one top-level query
	maxTotalSteps  = 2000000 // evaluation steps for the whole package
	maxPath        = 8       // positions kept in an Origin's Path
	maxOrigins     = 16      // origins kept for one value; more become Unknown
	maxConstBytes  = 1 << 16 // bytes of a constant kept in Origin.Bytes
	maxFactBytes   = 64      // bytes of a constant kept in a fact
	cycleKind      = numKinds + 1
	noLow          = math.MaxInt
	unknownNoteEsc = "written by an unknown call"
)

// engine resolves origins for one package. It lives for one pass.
type engine struct {
	pass  *analysis.Pass
	prog  *ssa.Program
	pkg   *ssa.Package
	funcs []*ssa.Function // source functions (with anonymous functions), in source order
	idx   *index
	calls map[token.Pos]*ast.CallExpr

	memo    map[any]Origins
	onStack map[any]int
	stackN  int
	low     int
	depth   int
	steps   int
	total   int

	bufs       map[ssa.Value]*bufInfo
	paramRoles map[*ssa.Function][]ParamRole
	callers    map[*ssa.Function][]ssa.CallInstruction
	sinks      []*Sink
}

// key types for memoisation.
type (
	valueKey   struct{ v ssa.Value }
	contentKey struct{ v ssa.Value }
	returnKey  struct {
		fn *ssa.Function
		i  int
	}
	fieldKey    struct{ f *types.Var }
	objFieldKey struct {
		obj ssa.Value
		f   *types.Var
	}
	paramWriteKey struct {
		fn *ssa.Function
		i  int
	}
)

func newEngine(pass *analysis.Pass, prog *ssa.Program, pkg *ssa.Package, funcs, all []*ssa.Function) *engine {
	e := &engine{
		pass:       pass,
		prog:       prog,
		pkg:        pkg,
		funcs:      funcs,
		idx:        buildIndex(all),
		memo:       make(map[any]Origins),
		onStack:    make(map[any]int),
		low:        noLow,
		bufs:       make(map[ssa.Value]*bufInfo),
		paramRoles: make(map[*ssa.Function][]ParamRole),
	}
	return e
}

// eval memoises compute under key, detecting cycles. A value met again
// while it is being computed yields a cycle marker; results that depend on
// a value still on the stack are not memoised.
func (e *engine) eval(key any, compute func() Origins) Origins {
	if os, ok := e.memo[key]; ok {
		return os
	}
	if i, ok := e.onStack[key]; ok {
		if i < e.low {
			e.low = i
		}
		return Origins{{Kind: cycleKind, Len: -1}}
	}
	e.steps++
	e.total++
	if e.steps > maxQuerySteps || e.total > maxTotalSteps {
		return unknown("analysis budget exhausted")
	}
	my := e.stackN
	e.stackN++
	e.onStack[key] = my
	savedLow := e.low
	e.low = noLow
	os := compute()
	delete(e.onStack, key)
	e.stackN--
	if e.low >= my {
		os = stripCycles(os)
		os = normalize(os)
		e.memo[key] = os
		e.low = savedLow
	} else {
		os = normalize(os)
		e.low = min(savedLow, e.low)
	}
	return os
}

// query starts a top-level resolution with a fresh step budget.
func (e *engine) query(v ssa.Value) Origins {
	e.steps = 0
	os := e.value(v)
	return stripCycles(os)
}

func unknown(note string) Origins { return Origins{{Kind: Unknown, Len: -1, Note: note}} }

func stripCycles(os Origins) Origins {
	has := false
	for i := range os {
		if os[i].Kind == cycleKind {
			has = true
			break
		}
	}
	if !has {
		return os
	}
	out := make(Origins, 0, len(os))
	for _, o := range os {
		if o.Kind != cycleKind {
			out = append(out, o)
		}
	}
	if len(out) == 0 {
		return unknown("cycle")
	}
	return out
}

// normalize removes duplicate origins and bounds the set.
func normalize(os Origins) Origins {
	if len(os) <= 1 {
		return os
	}
	out := os[:0:0]
	for _, o := range os {
		dup := false
		for j := range out {
			if sameOrigin(&out[j], &o) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, o)
		}
	}
	if len(out) > maxOrigins {
		out = append(out[:maxOrigins-1:maxOrigins-1], Origin{Kind: Unknown, Len: -1, Note: "too many origins"})
	}
	return out
}

func sameOrigin(a, b *Origin) bool {
	return a.Kind == b.Kind && a.Pos == b.Pos && a.Len == b.Len && a.Int == b.Int && a.HasInt == b.HasInt &&
		a.Param == b.Param && a.fn == b.fn && a.API == b.API && a.Name == b.Name && a.Note == b.Note &&
		a.PEM == b.PEM && a.Bytes == b.Bytes && len(a.Inputs) == len(b.Inputs)
}

// withPath returns os with pos appended to every origin's path.
func withPath(os Origins, pos token.Pos) Origins {
	if !pos.IsValid() || len(os) == 0 {
		return os
	}
	out := make(Origins, len(os))
	for i, o := range os {
		if n := len(o.Path); n < maxPath && (n == 0 || o.Path[n-1] != pos) && o.Pos != pos {
			o.Path = append(o.Path[:n:n], pos)
		}
		out[i] = o
	}
	return out
}

// withName sets the Name of origins that have none.
func withName(os Origins, name string) Origins {
	if name == "" {
		return os
	}
	out := make(Origins, len(os))
	for i, o := range os {
		if o.Name == "" && o.Kind != Unknown && o.Kind != Param && o.Kind != cycleKind {
			o.Name = name
		}
		out[i] = o
	}
	return out
}

// inPackage reports whether fn's body belongs to the analysed package
// (including instances of its generic functions and synthetic wrappers).
func (e *engine) inPackage(fn *ssa.Function) bool {
	if fn == nil || fn.Blocks == nil {
		return false
	}
	if fn.Pkg == e.pkg {
		return true
	}
	if o := fn.Origin(); o != nil && o.Pkg == e.pkg {
		return true
	}
	return false
}

// calleeInfo describes what a call calls.
type calleeInfo struct {
	api  *cryptoapi.Func // table entry, or nil
	fn   *ssa.Function   // static callee, or nil
	obj  *types.Func     // declared function or method, or nil
	recv ssa.Value       // receiver (method calls), or nil
	args []ssa.Value     // declared parameters, receiver excluded
	// ssaArgs are the arguments in SSA parameter numbering (receiver first
	// for static method calls), for in-package callees and facts.
	ssaArgs []ssa.Value
	static  bool // ssaArgs is set: a static call
}

func (e *engine) callee(c *ssa.CallCommon) calleeInfo {
	var ci calleeInfo
	if c.IsInvoke() {
		ci.obj = c.Method
		ci.recv = c.Value
		ci.args = c.Args
		ci.api = cryptoapi.Lookup(c.Method)
		return ci
	}
	ci.ssaArgs = c.Args
	ci.static = true
	fn := c.StaticCallee()
	if fn == nil {
		return ci
	}
	ci.fn = fn
	obj, _ := fn.Object().(*types.Func)
	if o := fn.Origin(); o != nil {
		if oo, ok := o.Object().(*types.Func); ok {
			obj = oo
		}
	}
	ci.obj = obj
	sig := c.Signature()
	if fn.Synthetic != "" && obj != nil && isMethod(obj) {
		// A bound method wrapper (method value x.M) or a thunk (method
		// expression T.M): see through it to the method itself.
		if real := e.prog.FuncValue(obj); real != nil {
			ci.fn = real
		}
		if mc, ok := c.Value.(*ssa.MakeClosure); ok && len(mc.Bindings) == 1 && fn.Signature.Recv() == nil && len(c.Args) == obj.Type().(*types.Signature).Params().Len() {
			ci.recv = mc.Bindings[0]
			ci.args = c.Args
			ci.ssaArgs = append([]ssa.Value{ci.recv}, c.Args...)
		} else if len(c.Args) > 0 {
			ci.recv = c.Args[0]
			ci.args = c.Args[1:]
		}
	} else if sig.Recv() != nil {
		if len(c.Args) > 0 {
			ci.recv = c.Args[0]
			ci.args = c.Args[1:]
		}
	} else {
		ci.args = c.Args
	}
	if obj != nil {
		ci.api = cryptoapi.Lookup(obj)
	}
	return ci
}

func isMethod(f *types.Func) bool {
	sig, ok := f.Type().(*types.Signature)
	return ok && sig.Recv() != nil
}

// arg returns the argument for table parameter i (cryptoapi.Receiver for
// the receiver), or nil.
func (ci *calleeInfo) arg(i int) ssa.Value {
	if i == cryptoapi.Receiver {
		return ci.recv
	}
	if i < 0 || i >= len(ci.args) {
		return nil
	}
	return ci.args[i]
}

// argIndex returns the table parameter index of v in the call, or -2.
func (ci *calleeInfo) argIndex(v ssa.Value) int {
	if ci.recv == v && v != nil {
		return cryptoapi.Receiver
	}
	for i, a := range ci.args {
		if a == v {
			return i
		}
	}
	return -2
}
