package provenance

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

// A Sink is an argument of a call that plays a role of a crypto API: a
// direct call of a table API, or a call of a wrapper (a function of this
// or another package whose parameter reaches the role).
type Sink struct {
	// Call is the call instruction, in Func.
	Call ssa.CallInstruction
	Func *ssa.Function
	// Expr is the call expression (nil when SSA has no syntax for it);
	// Pos and End are its range, for diagnostics.
	Expr     *ast.CallExpr
	Pos, End token.Pos
	// API is the table entry whose role the argument reaches (inside
	// the wrapper, for a wrapper call).
	API  *cryptoapi.Func
	Role cryptoapi.Role
	// Arg is the argument at this call (for a KeyFunc, the function).
	Arg ssa.Value
	// ArgExpr is Arg's syntax when known.
	ArgExpr ast.Expr
	// Recv is the receiver of a method call (the AEAD of Seal, the
	// BlockMode of CryptBlocks), nil for functions and wrappers.
	Recv ssa.Value
	// Origins says where the argument can come from.
	Origins Origins
	// Via names the wrapper called at this site ("pkg.Func" or
	// "(*T).Method"), "" for a direct API call.
	Via string
	// KeyFunc is set on the Key sink made from a jwt.Keyfunc: Arg is the
	// function and Origins the union of its first results.
	KeyFunc bool
}

// ParamRole says that parameter Param of a function reaches Role of the
// API with ID API (see cryptoapi.Func.ID), possibly through other
// wrappers. Param uses SSA numbering: a method's receiver is 0.
type ParamRole struct {
	Param int
	Role  cryptoapi.Role
	API   string
}

// computeSinks finds the sinks of every source function, then adds the
// call sites of in-package wrappers until nothing changes.
func (e *engine) computeSinks() {
	e.indexCalls()
	for _, fn := range e.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					e.directSinks(fn, call)
				}
			}
		}
	}
	// Wrappers of this package: propagate Param origins to call sites.
	work := e.sinks
	for round := 0; len(work) > 0 && round < 2*maxCallDepth; round++ {
		var next []*Sink
		for _, s := range work {
			for i := range s.Origins {
				o := &s.Origins[i]
				if o.Kind != Param || o.fn == nil {
					continue
				}
				if s.Role.Numeric() && !onlyParam(s.Origins, o) {
					// A threshold parameter that the wrapper clamps
					// (if bits < 3072 { bits = 3072 }, max(n, 1<<17))
					// or computes with: the caller's value is not what
					// reaches the API.
					continue
				}
				fn := o.fn
				if fn.Origin() != nil {
					fn = fn.Origin()
				}
				pr := ParamRole{Param: o.Param, Role: s.Role, API: s.API.ID()}
				if !e.addParamRole(fn, pr) {
					continue
				}
				for _, call := range e.callersOf(fn) {
					if ns := e.wrapperSink(call, fn, pr); ns != nil {
						next = append(next, ns)
					}
				}
			}
		}
		work = next
	}
	sort.SliceStable(e.sinks, func(i, j int) bool { return e.sinks[i].Pos < e.sinks[j].Pos })
}

// onlyParam reports whether every origin of os is the parameter p.
func onlyParam(os Origins, p *Origin) bool {
	for i := range os {
		if o := &os[i]; o.Kind != Param || o.fn != p.fn || o.Param != p.Param {
			return false
		}
	}
	return true
}

func (e *engine) addParamRole(fn *ssa.Function, pr ParamRole) bool {
	for _, have := range e.paramRoles[fn] {
		if have == pr {
			return false
		}
	}
	e.paramRoles[fn] = append(e.paramRoles[fn], pr)
	return true
}

// callersOf returns the call sites of fn in the source functions,
// including calls of its instances and of its method values.
func (e *engine) callersOf(fn *ssa.Function) []ssa.CallInstruction {
	return e.callers[fn]
}

// indexCalls maps each in-package callee (normalised to its generic
// origin and through method value wrappers) to its call sites in the
// source functions.
func (e *engine) indexCalls() {
	e.callers = make(map[*ssa.Function][]ssa.CallInstruction)
	for _, fn := range e.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || call.Common().IsInvoke() {
					continue
				}
				ci := e.callee(call.Common())
				if ci.fn == nil {
					continue
				}
				callee := ci.fn
				if callee.Origin() != nil {
					callee = callee.Origin()
				}
				if callee.Pkg == e.pkg {
					e.callers[callee] = append(e.callers[callee], call)
				}
			}
		}
	}
}

// directSinks adds the sinks of a call of a table API, or of a wrapper of
// another package (facts).
func (e *engine) directSinks(fn *ssa.Function, call ssa.CallInstruction) {
	c := call.Common()
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return
	}
	ci := e.callee(c)
	if api := ci.api; api != nil {
		for _, p := range api.Params {
			switch p.Role {
			case cryptoapi.In, cryptoapi.Out, cryptoapi.Destination:
				continue
			}
			arg := ci.arg(p.Index)
			if arg == nil {
				continue
			}
			s := e.newSink(fn, call, api, p.Role, arg, p.Index)
			s.Recv = ci.recv
			if p.Role == cryptoapi.KeyFunc {
				s.Role = cryptoapi.Key
				s.KeyFunc = true
				s.Origins = e.keyfuncResults(arg)
			} else {
				s.Origins = e.query(arg)
			}
			e.fixConstPos(s)
			e.sinks = append(e.sinks, s)
		}
		return
	}
	if ci.obj == nil || ci.obj.Pkg() == e.pass.Pkg || !ci.static {
		return
	}
	var fact FuncFact
	if !e.pass.ImportObjectFact(ci.obj, &fact) {
		return
	}
	for _, pr := range fact.Roles {
		api := cryptoapi.ByID(pr.API)
		if api == nil || pr.Param >= len(ci.ssaArgs) {
			continue
		}
		arg := ci.ssaArgs[pr.Param]
		s := e.newSink(fn, call, api, pr.Role, arg, -2)
		s.Via = funcName(ci.obj)
		s.Origins = e.query(arg)
		e.fixConstPos(s)
		e.sinks = append(e.sinks, s)
	}
}

// wrapperSink makes the sink of a call of an in-package wrapper.
func (e *engine) wrapperSink(call ssa.CallInstruction, callee *ssa.Function, pr ParamRole) *Sink {
	ci := e.callee(call.Common())
	if !ci.static || pr.Param >= len(ci.ssaArgs) {
		return nil
	}
	api := cryptoapi.ByID(pr.API)
	if api == nil {
		return nil
	}
	arg := ci.ssaArgs[pr.Param]
	fn := call.Parent()
	s := e.newSink(fn, call, api, pr.Role, arg, -2)
	if obj, ok := callee.Object().(*types.Func); ok {
		s.Via = funcName(obj)
	} else {
		s.Via = callee.Name()
	}
	s.Origins = e.query(arg)
	e.fixConstPos(s)
	e.sinks = append(e.sinks, s)
	return s
}

func (e *engine) newSink(fn *ssa.Function, call ssa.CallInstruction, api *cryptoapi.Func, role cryptoapi.Role, arg ssa.Value, tableIndex int) *Sink {
	s := &Sink{Call: call, Func: fn, API: api, Role: role, Arg: arg, Pos: call.Pos(), End: call.Pos()}
	if ce := e.calls[call.Pos()]; ce != nil {
		s.Expr = ce
		s.Pos, s.End = ce.Pos(), ce.End()
		// Find the argument's syntax.
		ci := e.callee(call.Common())
		idx := -1
		if tableIndex >= 0 {
			idx = tableIndex
		} else if ci.static {
			for i, a := range ci.ssaArgs {
				if a == arg {
					idx = i
					if ci.recv != nil && len(ci.ssaArgs) == len(ci.args)+1 {
						idx = i - 1
					}
					break
				}
			}
		}
		if idx >= 0 && idx < len(ce.Args) {
			s.ArgExpr = ce.Args[idx]
		}
	}
	return s
}

// fixConstPos gives constants without a position (a named constant used
// directly as the argument) the position of their declaration.
func (e *engine) fixConstPos(s *Sink) {
	if s.ArgExpr == nil {
		return
	}
	var obj types.Object
	switch x := ast.Unparen(s.ArgExpr).(type) {
	case *ast.Ident:
		obj = e.pass.TypesInfo.Uses[x]
	case *ast.SelectorExpr:
		obj = e.pass.TypesInfo.Uses[x.Sel]
	case *ast.CallExpr: // []byte(name)
		if len(x.Args) == 1 {
			switch y := ast.Unparen(x.Args[0]).(type) {
			case *ast.Ident:
				obj = e.pass.TypesInfo.Uses[y]
			case *ast.SelectorExpr:
				obj = e.pass.TypesInfo.Uses[y.Sel]
			}
		}
	}
	c, ok := obj.(*types.Const)
	if !ok {
		return
	}
	name := c.Name()
	if c.Pkg() != nil && c.Pkg() != e.pass.Pkg {
		name = c.Pkg().Name() + "." + name
	}
	for i := range s.Origins {
		o := &s.Origins[i]
		if o.Kind == Constant {
			if c.Pkg() == e.pass.Pkg {
				o.Pos = c.Pos()
			}
			o.Name = name
		}
	}
}

// keyfuncResults resolves the first results of the functions a
// jwt.Keyfunc argument can be.
func (e *engine) keyfuncResults(v ssa.Value) Origins {
	var os Origins
	seen := map[ssa.Value]bool{}
	var visit func(v ssa.Value)
	visit = func(v ssa.Value) {
		if seen[v] {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Function:
			os = append(os, e.funcResult0(x)...)
		case *ssa.MakeClosure:
			if fn, ok := x.Fn.(*ssa.Function); ok {
				os = append(os, e.funcResult0(fn)...)
			}
		case *ssa.ChangeType:
			visit(x.X)
		case *ssa.MakeInterface:
			visit(x.X)
		case *ssa.Phi:
			for _, ed := range x.Edges {
				visit(ed)
			}
		default:
			os = append(os, unknown("key function")...)
		}
	}
	e.steps = 0
	visit(v)
	return stripCycles(os)
}

func (e *engine) funcResult0(fn *ssa.Function) Origins {
	if e.inPackage(fn) {
		if fn.Synthetic != "" {
			if obj, ok := fn.Object().(*types.Func); ok {
				if real := e.prog.FuncValue(obj); real != nil && e.inPackage(real) {
					fn = real
				}
			}
		}
		return e.returnSummary(fn, 0)
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != e.pass.Pkg {
		var fact FuncFact
		if e.pass.ImportObjectFact(obj, &fact) && len(fact.Results) > 0 {
			return fromFact(fact.Results[0])
		}
	}
	return unknown("key function")
}

// funcName names a function for messages: "pkg.F" or "(*pkg.T).M".
func funcName(f *types.Func) string {
	return f.FullName()
}
