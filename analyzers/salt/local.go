package salt

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

// This file holds local stand-ins for two things the provenance pass does
// not report yet: the length of a buffer filled by crypto/rand, and the
// constant text concatenated with a non-constant value. Both read the SSA
// form of the argument; remove them when provenance.Origin carries the
// information.

// bufLen returns the length in bytes of the buffer v when it is fixed,
// and where the buffer is made: a make with a constant length, an array,
// a constant slice of either, or the result of a helper of the package
// that returns such a buffer.
func bufLen(v ssa.Value, depth int) (int, token.Pos, bool) {
	if depth > 4 {
		return 0, token.NoPos, false
	}
	switch v := v.(type) {
	case *ssa.MakeSlice:
		if n, ok := constInt(v.Len); ok && isByteSlice(v) {
			return int(n), v.Pos(), true
		}
	case *ssa.Alloc:
		if n, ok := byteArrayLen(v); ok {
			return n, v.Pos(), true
		}
	case *ssa.Slice:
		lo, hi := int64(0), int64(-1)
		if v.Low != nil {
			n, ok := constInt(v.Low)
			if !ok {
				return 0, token.NoPos, false
			}
			lo = n
		}
		if v.High != nil {
			n, ok := constInt(v.High)
			if !ok {
				return 0, token.NoPos, false
			}
			hi = n
		}
		n, pos, ok := bufLen(v.X, depth+1)
		if hi >= 0 {
			return int(hi - lo), pos, true
		}
		return n - int(lo), pos, ok
	case *ssa.ChangeType:
		return bufLen(v.X, depth+1)
	case *ssa.Phi:
		n, pos, ok := 0, token.NoPos, false
		for i, e := range v.Edges {
			m, p, ok2 := bufLen(e, depth+1)
			if !ok2 || (i > 0 && m != n) {
				return 0, token.NoPos, false
			}
			n, pos, ok = m, p, true
		}
		return n, pos, ok
	case *ssa.Call, *ssa.Extract:
		call, idx := callOf(v)
		if call == nil {
			return 0, token.NoPos, false
		}
		fn := call.Call.StaticCallee()
		if fn == nil || fn.Blocks == nil || fn.Pkg != call.Parent().Pkg {
			return 0, token.NoPos, false
		}
		n, pos, ok := 0, token.NoPos, false
		for _, b := range fn.Blocks {
			ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !isRet || idx >= len(ret.Results) {
				continue
			}
			if c, isConst := ret.Results[idx].(*ssa.Const); isConst && c.IsNil() {
				continue // an error path
			}
			m, p, ok2 := bufLen(ret.Results[idx], depth+1)
			if !ok2 || (ok && m != n) {
				return 0, token.NoPos, false
			}
			n, pos, ok = m, p, true
		}
		return n, pos, ok
	}
	return 0, token.NoPos, false
}

func callOf(v ssa.Value) (*ssa.Call, int) {
	switch v := v.(type) {
	case *ssa.Call:
		return v, 0
	case *ssa.Extract:
		if c, ok := v.Tuple.(*ssa.Call); ok {
			return c, v.Index
		}
	}
	return nil, 0
}

func isByteSlice(v ssa.Value) bool {
	s, ok := v.Type().Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func constInt(v ssa.Value) (int64, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(c.Value))
}

// byteArrayLen returns N for an allocation of a [N]byte.
func byteArrayLen(a *ssa.Alloc) (int, bool) {
	p, ok := a.Type().Underlying().(*types.Pointer)
	if !ok {
		return 0, false
	}
	arr, ok := p.Elem().Underlying().(*types.Array)
	if !ok {
		return 0, false
	}
	if b, ok := arr.Elem().Underlying().(*types.Basic); !ok || b.Kind() != types.Byte {
		return 0, false
	}
	return int(arr.Len()), true
}

// A composition describes how a value is built by concatenation:
// whether non-empty constant text is part of it, and the values that
// are not decomposed further (parameters, loads, results of other
// calls).
type composition struct {
	constant bool
	leaves   []ssa.Value
	at       token.Pos // the first concatenation met, for related information
}

// textFromConstant reports whether v is built by combining non-empty
// constant text with text values only: "app:" + user,
// fmt.Sprintf("%s@acme", email), []byte("portal:" +
// strings.ToLower(name)), directly or in a helper of the package that
// returns it. A random salt is bytes; a string combined with a constant
// label is an identifier (a user name, an e-mail address), the same for
// that account everywhere. A constant label in front of bytes (age's
// "age-encryption.org/v1/scrypt" + salt, JOSE's alg || 0x00 || p2s) is
// domain separation and is not matched.
func textFromConstant(res *provenance.Result, v ssa.Value) (*composition, bool) {
	c := new(composition)
	c.walk(res, v, 0)
	if !c.constant || len(c.leaves) == 0 {
		return nil, false
	}
	for _, l := range c.leaves {
		if !isString(l.Type()) {
			return nil, false
		}
	}
	return c, true
}

func (c *composition) walk(res *provenance.Result, v ssa.Value, depth int) {
	if v == nil {
		return
	}
	if depth > 8 {
		c.leaves = append(c.leaves, v)
		return
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String && constant.StringVal(x.Value) != "" {
			c.constant = true
		}
		return
	case *ssa.Convert:
		c.walk(res, x.X, depth+1)
		return
	case *ssa.ChangeType:
		c.walk(res, x.X, depth+1)
		return
	case *ssa.MakeInterface:
		c.walk(res, x.X, depth+1)
		return
	case *ssa.BinOp:
		if x.Op == token.ADD && isString(x.Type()) {
			c.mark(x.Pos())
			c.walk(res, x.X, depth+1)
			c.walk(res, x.Y, depth+1)
			return
		}
	case *ssa.Slice:
		if elems, ok := sliceElems(x); ok {
			for _, e := range elems {
				c.walk(res, e, depth+1)
			}
			return
		}
	case *ssa.Call, *ssa.Extract:
		if c.call(res, v, depth) {
			return
		}
	}
	// Constants the pass can see (named constants, package variables).
	if os := res.Origins(v); os.Only(provenance.Constant) {
		for i := range os {
			if os[i].Len != 0 {
				c.constant = true
			}
		}
		return
	}
	c.leaves = append(c.leaves, v)
}

func (c *composition) mark(pos token.Pos) {
	if !c.at.IsValid() {
		c.at = pos
	}
}

// call walks the operands of a concatenating call, and reports whether
// it knew the call.
func (c *composition) call(res *provenance.Result, v ssa.Value, depth int) bool {
	call, idx := callOf(v)
	if call == nil {
		return false
	}
	cc := call.Common()
	if b, ok := cc.Value.(*ssa.Builtin); ok {
		if b.Name() != "append" {
			return false
		}
		c.mark(call.Pos())
		for _, a := range cc.Args {
			c.walk(res, a, depth+1)
		}
		return true
	}
	fn := cc.StaticCallee()
	if fn == nil {
		return false
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != nil {
		switch obj.Pkg().Path() + "." + obj.Name() {
		case "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "strings.Join", "bytes.Join", "fmt.Appendf":
			c.mark(call.Pos())
			if obj.Name() == "Sprintf" || obj.Name() == "Appendf" {
				for i, a := range cc.Args {
					if cst, ok := a.(*ssa.Const); ok && (i == 0 || obj.Name() == "Appendf" && i == 1) {
						if formatText(cst) {
							c.constant = true
						}
						continue
					}
					c.walk(res, a, depth+1)
				}
				return true
			}
			for _, a := range cc.Args {
				c.walk(res, a, depth+1)
			}
			return true
		}
		// Conversions that keep the kind of data (strings.ToLower,
		// bytes.TrimSpace); a decoding (hex.DecodeString) turns text
		// into bytes and is a leaf.
		if api := cryptoapi.Lookup(obj); api != nil && api.Op == cryptoapi.Transform && api.Produces == cryptoapi.Propagate {
			var in []ssa.Value
			for _, p := range api.Params {
				if p.Role != cryptoapi.In || p.Index < 0 || p.Index >= len(cc.Args) {
					continue
				}
				if !types.Identical(cc.Args[p.Index].Type().Underlying(), v.Type().Underlying()) {
					return false
				}
				in = append(in, cc.Args[p.Index])
			}
			for _, a := range in {
				c.walk(res, a, depth+1)
			}
			return len(in) > 0
		}
	}
	if fn.Blocks == nil || fn.Pkg != call.Parent().Pkg {
		return false
	}
	// A helper of the package: what it returns.
	found := false
	for _, b := range fn.Blocks {
		ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !isRet || idx >= len(ret.Results) {
			continue
		}
		if cst, ok := ret.Results[idx].(*ssa.Const); ok && cst.IsNil() {
			continue // an error path
		}
		c.walk(res, ret.Results[idx], depth+1)
		found = true
	}
	return found
}

// sliceElems returns the values stored in the array that a slice
// literal or a variadic argument slices.
func sliceElems(s *ssa.Slice) ([]ssa.Value, bool) {
	a, ok := s.X.(*ssa.Alloc)
	if !ok || s.Low != nil || s.High != nil {
		return nil, false
	}
	var elems []ssa.Value
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr:
			for _, rr := range *r.Referrers() {
				if st, ok := rr.(*ssa.Store); ok && st.Addr == r {
					elems = append(elems, st.Val)
				}
			}
		case *ssa.Slice, *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	return elems, true
}

// leafName names a leaf for messages and for the check of salt-like
// names: a parameter, a field, a variable.
func leafName(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x.Name()
	case *ssa.UnOp:
		return leafName(x.X)
	case *ssa.FieldAddr:
		if f := fieldOf(x.X.Type(), x.Field); f != nil {
			return f.Name()
		}
	case *ssa.Field:
		if f := fieldOf(x.X.Type(), x.Field); f != nil {
			return f.Name()
		}
	case *ssa.Global:
		return x.Name()
	case *ssa.FreeVar:
		return x.Name()
	}
	return ""
}

func fieldOf(t types.Type, i int) *types.Var {
	t = t.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	if st, ok := t.(*types.Struct); ok && i >= 0 && i < st.NumFields() {
		return st.Field(i)
	}
	return nil
}

// formatText reports whether a constant format string has text besides
// its verbs.
func formatText(c *ssa.Const) bool {
	if c.Value == nil || c.Value.Kind() != constant.String {
		return false
	}
	f := constant.StringVal(c.Value)
	var text strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			text.WriteByte(f[i])
			continue
		}
		// Skip the verb: flags, width, precision, then one letter.
		i++
		for i < len(f) && strings.IndexByte("+-# 0123456789.*[]", f[i]) >= 0 {
			i++
		}
		if i < len(f) && f[i] == '%' {
			text.WriteByte('%')
		}
	}
	return strings.TrimSpace(text.String()) != ""
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
