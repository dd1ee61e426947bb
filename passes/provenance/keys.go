package provenance

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

// KeyOrigins returns the origins of the key that a keyed object (a
// cipher.Block, cipher.AEAD, cipher.Stream, cipher.BlockMode or MAC) was
// made from, following the constructors of the table (aes.NewCipher,
// cipher.NewGCM, cipher.NewCTR, chacha20poly1305.New, hmac.New, ...)
// through local values, fields, package variables and functions of the
// package. ok is false when no constructor is found.
func (r *Result) KeyOrigins(v ssa.Value) (os Origins, ok bool) {
	if r == nil || r.e == nil || v == nil {
		return nil, false
	}
	e := r.e
	e.steps = 0
	seen := make(map[ssa.Value]bool)
	os = e.creators(v, seen, 0)
	if len(os) == 0 {
		return nil, false
	}
	return stripCycles(normalize(os)), true
}

// creators returns the key arguments of the table constructors that made
// v.
func (e *engine) creators(v ssa.Value, seen map[ssa.Value]bool, depth int) Origins {
	if v == nil || seen[v] || depth > maxCallDepth {
		return nil
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.ChangeInterface:
		return e.creators(x.X, seen, depth)
	case *ssa.MakeInterface:
		return e.creators(x.X, seen, depth)
	case *ssa.ChangeType:
		return e.creators(x.X, seen, depth)
	case *ssa.TypeAssert:
		return e.creators(x.X, seen, depth)
	case *ssa.Phi:
		var out Origins
		for _, ed := range x.Edges {
			out = append(out, e.creators(ed, seen, depth)...)
		}
		return out
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return e.callCreators(call, x.Index, seen, depth)
		}
	case *ssa.Call:
		return e.callCreators(x, 0, seen, depth)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil
		}
		var stores []ssa.Value
		switch addr := x.X.(type) {
		case *ssa.FieldAddr:
			if f := fieldVar(addr.X.Type(), addr.Field); f != nil {
				for _, fa := range e.idx.fieldAddrs[f] {
					stores = append(stores, storedValues(e, fa)...)
				}
			}
		case *ssa.Global:
			stores = storedValues(e, addr)
		case *ssa.Alloc, *ssa.FreeVar:
			stores = storedValues(e, addr)
		}
		var out Origins
		for _, sv := range stores {
			out = append(out, e.creators(sv, seen, depth)...)
		}
		return out
	case *ssa.FreeVar:
		fn := x.Parent()
		var out Origins
		for j, f := range fn.FreeVars {
			if f == x {
				for _, mc := range e.idx.closures[fn] {
					if j < len(mc.Bindings) {
						out = append(out, e.creators(mc.Bindings[j], seen, depth)...)
					}
				}
			}
		}
		return out
	}
	return nil
}

// storedValues returns the values stored at addr (and at its aliases
// through closures).
func storedValues(e *engine, addr ssa.Value) []ssa.Value {
	var out []ssa.Value
	for _, w := range e.walk(addr).writes {
		if w.kind == wStore {
			out = append(out, w.val)
		}
	}
	return out
}

func (e *engine) callCreators(call *ssa.Call, i int, seen map[ssa.Value]bool, depth int) Origins {
	ci := e.callee(call.Common())
	if api := ci.api; api != nil {
		if i != 0 {
			return nil
		}
		if keys := api.ParamsWith(cryptoapi.Key); len(keys) > 0 && (api.Op == cryptoapi.NewCipher || api.Returns != "") {
			var out Origins
			for _, k := range keys {
				if a := ci.arg(k); a != nil {
					out = append(out, e.value(a)...)
				}
			}
			return out
		}
		for _, b := range api.ParamsWith(cryptoapi.Block) {
			if a := ci.arg(b); a != nil {
				return e.creators(a, seen, depth)
			}
		}
		return nil
	}
	if e.inPackage(ci.fn) && ci.static {
		var out Origins
		for _, ret := range successReturns(ci.fn) {
			if i < len(ret.Results) {
				out = append(out, e.creators(ret.Results[i], seen, depth+1)...)
			}
		}
		return e.substitute(stripCycles(out), ci.fn, ci.ssaArgs, call.Pos())
	}
	return nil
}

// ArgOrigins returns the union of the origins of argument i (SSA
// numbering: a method's receiver is 0) at every call of fn in the package.
// ok is false when fn may be called from elsewhere (it is exported, or it
// is not called by name in the package).
func (r *Result) ArgOrigins(fn *ssa.Function, i int) (os Origins, ok bool) {
	if r == nil || r.e == nil || fn == nil {
		return nil, false
	}
	e := r.e
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if obj := fn.Object(); obj == nil || obj.Exported() || fn.Parent() != nil {
		return nil, false
	}
	calls := e.callers[fn]
	if len(calls) == 0 {
		return nil, false
	}
	for _, call := range calls {
		ci := e.callee(call.Common())
		if !ci.static || i >= len(ci.ssaArgs) {
			return nil, false
		}
		os = append(os, e.query(ci.ssaArgs[i])...)
	}
	return normalize(os), true
}
