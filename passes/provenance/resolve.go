package provenance

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

// value returns the origins of v.
func (e *engine) value(v ssa.Value) Origins {
	if v == nil {
		return unknown("no value")
	}
	if c, ok := v.(*ssa.Const); ok {
		return Origins{constOrigin(c)}
	}
	return e.eval(valueKey{v}, func() Origins { return e.compute(v) })
}

func (e *engine) compute(v ssa.Value) Origins {
	switch v := v.(type) {
	case *ssa.Global:
		// The address of a package variable used as a value (&arr, or
		// an array variable sliced): its content.
		return e.globalContent(v)

	case *ssa.Alloc, *ssa.MakeSlice:
		return e.content(v)

	case *ssa.Parameter:
		os := Origins{{Kind: Param, Len: -1, Param: paramIndex(v), fn: v.Parent(), Name: v.Name()}}
		if isBuffer(v.Type()) {
			os = append(os, e.localWrites(v)...)
		}
		return os

	case *ssa.FreeVar:
		return e.freeVar(v)

	case *ssa.UnOp:
		switch v.Op {
		case token.MUL:
			return e.load(v)
		case token.ARROW:
			return unknown("received from a channel")
		default:
			return e.arith(v.X)
		}

	case *ssa.BinOp:
		return e.arith(v.X, v.Y)

	case *ssa.Convert:
		os := fillPos(e.value(v.X), v.Pos())
		return e.withLocalWrites(v, convertOrigins(os, v.Type()))
	case *ssa.ChangeType:
		return e.value(v.X)
	case *ssa.MultiConvert:
		return e.value(v.X)
	case *ssa.ChangeInterface:
		return e.value(v.X)
	case *ssa.MakeInterface:
		return e.value(v.X)
	case *ssa.SliceToArrayPointer:
		return e.value(v.X)
	case *ssa.TypeAssert:
		return e.value(v.X)

	case *ssa.Slice:
		os := e.value(v.X)
		return sliceOrigins(os, v.Low, v.High)

	case *ssa.Phi:
		var os Origins
		for _, edge := range v.Edges {
			os = append(os, e.value(edge)...)
		}
		return os

	case *ssa.Call:
		return e.withLocalWrites(v, e.callResult(v, 0))

	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.Call:
			return e.withLocalWrites(v, e.callResult(t, v.Index))
		case *ssa.TypeAssert:
			if v.Index == 0 {
				return e.value(t.X)
			}
			return Origins{{Kind: Unknown, Len: -1, Note: "ok"}}
		}
		return unknown("multiple values")

	case *ssa.FieldAddr:
		return e.fieldContent(v)
	case *ssa.IndexAddr:
		return e.value(v.X)
	case *ssa.Index:
		return e.value(v.X)
	case *ssa.Field:
		f := fieldVar(v.X.Type(), v.Field)
		if f == nil {
			return unknown("field")
		}
		return e.structField(v.X, f)

	case *ssa.Lookup:
		return unknown("map lookup")
	case *ssa.Function, *ssa.MakeClosure:
		return unknown("function value")
	}
	return unknown("")
}

// fillPos sets pos on the constant, zero and derived origins that have
// no position.
func fillPos(os Origins, pos token.Pos) Origins {
	if !pos.IsValid() {
		return os
	}
	var out Origins
	for i, o := range os {
		if !o.Pos.IsValid() && (o.Kind == Constant || o.Kind == Zero) {
			if out == nil {
				out = append(Origins(nil), os...)
			}
			out[i].Pos = pos
		}
	}
	if out == nil {
		return os
	}
	return out
}

// constOrigin describes a constant.
func constOrigin(c *ssa.Const) Origin {
	o := Origin{Kind: Constant, Len: -1}
	if c.Value == nil {
		switch t := c.Type().Underlying().(type) {
		case *types.Array:
			o.Kind = Zero
			o.Len = int(t.Len())
		case *types.Struct:
			o.Kind = Zero
		default:
			o.Len = 0 // nil slice, pointer, interface, map, func
		}
		return o
	}
	switch c.Value.Kind() {
	case constant.String:
		setBytes(&o, constant.StringVal(c.Value))
	case constant.Int:
		if i, ok := constant.Int64Val(c.Value); ok {
			o.Int, o.HasInt = i, true
		} else if u, ok := constant.Uint64Val(c.Value); ok {
			o.Int, o.HasInt = int64(u), true
		}
	}
	return o
}

// setBytes sets the content and length of a constant string or byte
// slice, and its PEM type.
func setBytes(o *Origin, s string) {
	o.Len = len(s)
	if len(s) <= maxConstBytes {
		o.Bytes, o.HasBytes = s, true
	}
	o.PEM = pemType(s)
}

// pemType returns the type of the first PEM block in s, or "".
func pemType(s string) string {
	const begin = "-----BEGIN "
	i := strings.Index(s, begin)
	if i < 0 {
		return ""
	}
	rest := s[i+len(begin):]
	j := strings.Index(rest, "-----")
	if j < 0 || j > 64 {
		return ""
	}
	return rest[:j]
}

// isBuffer reports whether values of type t refer to mutable memory
// whose content can be written after the value is made: slices and
// pointers.
func isBuffer(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Slice, *types.Pointer:
		return true
	}
	return false
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// convertOrigins adjusts origins through a conversion: []byte(string)
// keeps the bytes, numeric conversions keep the value.
func convertOrigins(os Origins, t types.Type) Origins {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return os
	}
	// string(rune) or integer conversions: keep integer values (wrapping
	// is irrelevant to provenance).
	return os
}

// sliceOrigins adjusts constants for x[low:high].
func sliceOrigins(os Origins, low, high ssa.Value) Origins {
	if low == nil && high == nil {
		return os
	}
	lo, hi := int64(0), int64(-1)
	if low != nil {
		c, ok := low.(*ssa.Const)
		if !ok || c.Value == nil {
			return dropBytes(os)
		}
		lo, _ = constant.Int64Val(constant.ToInt(c.Value))
	}
	if high != nil {
		c, ok := high.(*ssa.Const)
		if !ok || c.Value == nil {
			return dropBytes(os)
		}
		hi, _ = constant.Int64Val(constant.ToInt(c.Value))
	}
	out := make(Origins, len(os))
	for i, o := range os {
		if (o.Kind == Constant || o.Kind == Zero || o.Kind == Derived) && o.Len >= 0 {
			h := hi
			if h < 0 {
				h = int64(o.Len)
			}
			if lo <= h && h <= int64(o.Len) {
				if o.HasBytes {
					o.Bytes = o.Bytes[lo:h]
				}
				o.Len = int(h - lo)
			} else {
				o.Len, o.Bytes, o.HasBytes = -1, "", false
			}
		} else if o.Kind == Constant || o.Kind == Zero || o.Kind == Derived {
			if hi >= 0 {
				o.Len = int(hi - lo)
			}
			o.Bytes, o.HasBytes = "", false
		}
		out[i] = o
	}
	return out
}

func dropBytes(os Origins) Origins {
	out := make(Origins, len(os))
	for i, o := range os {
		if o.Kind == Constant || o.Kind == Zero || o.Kind == Derived {
			o.Len, o.Bytes, o.HasBytes = -1, "", false
		}
		out[i] = o
	}
	return out
}

// arith combines operands of an arithmetic or string operation. Constants
// combine into a constant; a constant operand does not change the
// provenance of the others (time + 1 is still time); an operand that
// depends on the result itself (a loop or field counter) makes the result
// Unknown.
func (e *engine) arith(xs ...ssa.Value) Origins {
	var parts []Origins
	for _, x := range xs {
		parts = append(parts, e.value(x))
	}
	for _, p := range parts {
		if p.Kinds().Has(cycleKind) {
			return Origins{{Kind: Unknown, Len: -1, Note: "counter"}, {Kind: cycleKind, Len: -1}}
		}
	}
	return combine(parts, nil)
}

// minMax resolves the builtin min or max: the result is one of its
// arguments, so it has the union of their origins (constants included:
// max(n, 12) is n or 12, not "derived from n"), folded to one integer
// when every argument is an integer constant.
func (e *engine) minMax(isMax bool, xs []ssa.Value) Origins {
	var out Origins
	for _, x := range xs {
		out = append(out, e.value(x)...)
	}
	if out.Kinds().Has(cycleKind) {
		return Origins{{Kind: Unknown, Len: -1, Note: "counter"}, {Kind: cycleKind, Len: -1}}
	}
	var best *Origin
	for i := range out {
		o := &out[i]
		if o.Kind != Constant || !o.HasInt {
			return out
		}
		if best == nil || (isMax && o.Int > best.Int) || (!isMax && o.Int < best.Int) {
			best = o
		}
	}
	if best == nil {
		return out
	}
	return Origins{*best}
}

// combine merges the origins of the inputs of an operation whose result
// has their provenance. fold, if not nil, computes a constant result from
// the constant inputs' origins.
func combine(parts []Origins, fold func([]Origins) Origin) Origins {
	allConst := true
	var pos token.Pos
	name := ""
	for _, p := range parts {
		for i := range p {
			if p[i].Kind != Constant {
				allConst = false
			} else {
				if !pos.IsValid() {
					pos = p[i].Pos
				}
				if name == "" {
					name = p[i].Name
				}
			}
		}
	}
	if allConst {
		o := Origin{Kind: Constant, Len: -1, Pos: pos, Name: name}
		if fold != nil {
			o = fold(parts)
			if !o.Pos.IsValid() {
				o.Pos = pos
			}
			if o.Name == "" {
				o.Name = name
			}
		} else if len(parts) == 1 && len(parts[0]) == 1 {
			o = parts[0][0]
		}
		return Origins{o}
	}
	var out Origins
	for _, p := range parts {
		for _, o := range p {
			if o.Kind != Constant {
				out = append(out, o)
			}
		}
	}
	return out
}

// freeVar resolves a free variable of a closure through the bindings of
// the MakeClosure instructions that create it.
func (e *engine) freeVar(fv *ssa.FreeVar) Origins {
	fn := fv.Parent()
	i := -1
	for j, f := range fn.FreeVars {
		if f == fv {
			i = j
		}
	}
	mcs := e.idx.closures[fn]
	if i < 0 || len(mcs) == 0 {
		return unknown("free variable")
	}
	var os Origins
	for _, mc := range mcs {
		if i < len(mc.Bindings) {
			os = append(os, e.value(mc.Bindings[i])...)
		}
	}
	return os
}

// load resolves *x.
func (e *engine) load(u *ssa.UnOp) Origins {
	switch x := u.X.(type) {
	case *ssa.Global:
		return e.globalContent(x)
	case *ssa.FieldAddr:
		return e.fieldContent(x)
	case *ssa.IndexAddr:
		return e.value(x.X)
	case *ssa.Alloc:
		return e.content(x)
	case *ssa.FreeVar:
		return e.value(x)
	}
	return e.value(u.X)
}

// globalContent resolves the content of a package variable.
func (e *engine) globalContent(g *ssa.Global) Origins {
	if g.Pkg != e.pkg {
		return e.importedGlobal(g)
	}
	return e.eval(contentKey{g}, func() Origins {
		os := orUnknown(e.bufferContent(g), "never assigned")
		return withName(fillPos(os, g.Pos()), g.Name())
	})
}

// importedGlobal resolves a package variable of another package:
// crypto/rand.Reader, or a variable with a fact.
func (e *engine) importedGlobal(g *ssa.Global) Origins {
	obj := g.Object()
	if obj == nil || obj.Pkg() == nil {
		return unknown("")
	}
	switch obj.Pkg().Path() + "." + obj.Name() {
	case "crypto/rand.Reader":
		return Origins{{Kind: CryptoRand, Len: -1, API: "crypto/rand.Reader"}}
	}
	var fact VarFact
	if e.pass.ImportObjectFact(obj, &fact) && len(fact.Origins) > 0 {
		os := fromFact(fact.Origins)
		for i := range os {
			if os[i].Name == "" || os[i].Name == obj.Name() {
				os[i].Name = obj.Pkg().Name() + "." + obj.Name()
			}
		}
		return os
	}
	return unknown("variable of another package")
}

// fieldContent resolves *(&x.f): the object's own field when x is a
// package variable or a local struct that does not escape, the field of
// a decoded value when x comes from a decoding (pem.Decode), else every
// value the package stores in the field.
func (e *engine) fieldContent(fa *ssa.FieldAddr) Origins {
	f := fieldVar(fa.X.Type(), fa.Field)
	if f == nil {
		return unknown("field")
	}
	return e.objField(fa.X, f)
}

func (e *engine) objField(x ssa.Value, f *types.Var) Origins {
	x = stripPtr(x)
	switch x := x.(type) {
	case *ssa.Global:
		if x.Pkg == e.pkg {
			return e.eval(objFieldKey{x, f}, func() Origins {
				return withName(e.objectFieldContent(x, f), x.Name()+"."+f.Name())
			})
		}
	case *ssa.Alloc:
		if !e.allocEscapes(x) {
			return e.eval(objFieldKey{x, f}, func() Origins { return e.objectFieldContent(x, f) })
		}
	case *ssa.Call, *ssa.Extract:
		if api := e.producer(x); api != nil && api.Produces == cryptoapi.Propagate {
			return e.value(x)
		}
	}
	return e.fieldWide(f)
}

// producer returns the table entry of the call that produced v (a call
// or an extract of one), or nil.
func (e *engine) producer(v ssa.Value) *cryptoapi.Func {
	var call *ssa.Call
	switch v := v.(type) {
	case *ssa.Call:
		call = v
	case *ssa.Extract:
		call, _ = v.Tuple.(*ssa.Call)
	}
	if call == nil {
		return nil
	}
	ci := e.callee(call.Common())
	return ci.api
}

func stripPtr(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return v
		}
	}
}

// allocEscapes reports whether the address of a local struct is used for
// anything but field access and whole loads and stores.
func (e *engine) allocEscapes(a *ssa.Alloc) bool {
	for _, r := range e.referrers(a) {
		switch r := r.(type) {
		case *ssa.FieldAddr, *ssa.DebugRef:
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return true
			}
		case *ssa.Store:
			if r.Val == a {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// objectFieldContent resolves field f of one object: stores through
// &obj.f, plus stores of whole struct values into obj.
func (e *engine) objectFieldContent(obj ssa.Value, f *types.Var) Origins {
	var os Origins
	found := false
	for _, fa := range e.idx.fieldAddrs[f] {
		if stripPtr(fa.X) != obj {
			continue
		}
		found = true
		os = append(os, e.bufferContent(fa)...)
	}
	for _, r := range e.referrers(obj) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == obj {
			found = true
			os = append(os, withPath(e.structField(st.Val, f), st.Pos())...)
		}
	}
	if !found || len(os) == 0 {
		return unknown("field never assigned")
	}
	return os
}

// structField resolves field f of a struct value.
func (e *engine) structField(v ssa.Value, f *types.Var) Origins {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return e.objField(v.X, f)
		}
	case *ssa.Phi:
		var os Origins
		for _, edge := range v.Edges {
			os = append(os, e.structField(edge, f)...)
		}
		return os
	case *ssa.Const:
		// The zero struct: the field's zero value.
		if arr, ok := f.Type().Underlying().(*types.Array); ok {
			return Origins{{Kind: Zero, Len: int(e.sizeof(arr))}}
		}
		return Origins{{Kind: Constant, Len: 0}}
	}
	return e.fieldWide(f)
}

// fieldWide resolves field f of any object: every value this package
// stores in the field, and every write into the buffers read from it. An
// exported field of an exported type may be set by other packages, so it
// is Unknown as well.
func (e *engine) fieldWide(f *types.Var) Origins {
	if f.Pkg() != e.pass.Pkg {
		return unknown("field of another package")
	}
	return e.eval(fieldKey{f}, func() Origins {
		var os Origins
		if f.Exported() && exportedStruct(f) {
			os = append(os, Origin{Kind: Unknown, Len: -1, Note: "exported field"})
		}
		fas := e.idx.fieldAddrs[f]
		for _, fa := range fas {
			os = append(os, e.bufferContent(fa)...)
		}
		if len(os) == 0 {
			return unknown("field never assigned")
		}
		return withName(os, fieldName(f))
	})
}

// exportedStruct reports whether the struct that declares f is reachable
// by name from other packages (a named exported type).
func exportedStruct(f *types.Var) bool {
	// types.Var does not link to its struct; use the package scope.
	scope := f.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i).Origin() == f {
					return true
				}
			}
		}
	}
	return false
}

func fieldName(f *types.Var) string {
	return f.Name()
}
