package provenance

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

func constantInt64(c *ssa.Const) (int64, bool) {
	v := constant.ToInt(c.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// callResult resolves result i of a call.
func (e *engine) callResult(call *ssa.Call, i int) Origins {
	c := call.Common()
	if bi, ok := c.Value.(*ssa.Builtin); ok {
		return e.builtinResult(bi, c)
	}
	ci := e.callee(c)
	if api := ci.api; api != nil {
		if api.Produces != cryptoapi.NoSource && !api.Has(cryptoapi.Out) && i == api.Result {
			return e.produced(c, ci, call.Pos())
		}
		return unknown("result of " + api.String())
	}
	if e.inPackage(ci.fn) && ci.static {
		os := e.returnSummary(ci.fn, i)
		return withPath(e.substitute(os, ci.fn, ci.ssaArgs, call.Pos()), call.Pos())
	}
	if ci.obj != nil && ci.obj.Pkg() != e.pass.Pkg {
		var fact FuncFact
		if e.pass.ImportObjectFact(ci.obj, &fact) && i < len(fact.Results) && len(fact.Results[i]) > 0 {
			os := fromFact(fact.Results[i])
			return withPath(e.substitute(os, nil, ci.ssaArgs, call.Pos()), call.Pos())
		}
		return unknown("result of " + ci.obj.Name())
	}
	return unknown("result of a dynamic call")
}

func (e *engine) builtinResult(bi *ssa.Builtin, c *ssa.CallCommon) Origins {
	switch bi.Name() {
	case "append":
		if len(c.Args) != 2 {
			return unknown("append")
		}
		var parts []Origins
		for _, a := range c.Args {
			os := e.value(a)
			// A nil or empty prefix adds nothing.
			var kept Origins
			for _, o := range os {
				if !o.IsNil() {
					kept = append(kept, o)
				}
			}
			if len(kept) > 0 {
				parts = append(parts, kept)
			}
		}
		if len(parts) == 0 {
			return Origins{{Kind: Constant, Len: 0}}
		}
		return combine(parts, foldConcat)
	case "len", "cap":
		os := e.value(c.Args[0])
		if n, ok := os.Len(); ok && os.Only(Constant, Zero) {
			return Origins{{Kind: Constant, Len: -1, Int: int64(n), HasInt: true}}
		}
		return unknown("length")
	case "min", "max":
		return e.minMax(bi.Name() == "max", c.Args)
	}
	return unknown(bi.Name())
}

// returnSummary resolves result i of an in-package function over all its
// return statements. Parameters stay symbolic (Param origins) and are
// substituted at each call site.
func (e *engine) returnSummary(fn *ssa.Function, i int) Origins {
	if e.depth > maxCallDepth {
		return unknown("call depth")
	}
	e.depth++
	defer func() { e.depth-- }()
	return e.eval(returnKey{fn, i}, func() Origins {
		rets := successReturns(fn)
		var os Origins
		for _, ret := range rets {
			if i < len(ret.Results) {
				os = append(os, withPath(e.value(ret.Results[i]), ret.Pos())...)
			}
		}
		if len(os) == 0 {
			return unknown("no return")
		}
		return os
	})
}

// successReturns returns fn's return instructions, without those that
// return a non-nil error as the last result (their other results are not
// used by callers that check the error), unless every return does.
func successReturns(fn *ssa.Function) []*ssa.Return {
	var all, ok []*ssa.Return
	res := fn.Signature.Results()
	errLast := res.Len() > 1 && types.Identical(res.At(res.Len()-1).Type(), errorType)
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !isRet {
			continue
		}
		all = append(all, ret)
		if errLast && len(ret.Results) == res.Len() {
			if c, isConst := ret.Results[len(ret.Results)-1].(*ssa.Const); !isConst || !c.IsNil() {
				continue
			}
		}
		ok = append(ok, ret)
	}
	if len(ok) == 0 {
		return all
	}
	return ok
}

var errorType = types.Universe.Lookup("error").Type()

// substitute replaces the Param origins of fn (or, with fn nil, the Param
// origins read from a fact) with the origins of the call's arguments.
func (e *engine) substitute(os Origins, fn *ssa.Function, args []ssa.Value, pos token.Pos) Origins {
	var out Origins
	changed := false
	for _, o := range os {
		switch {
		case o.Kind == Param && o.fn == fn && o.Param >= 0 && o.Param < len(args):
			changed = true
			out = append(out, withPath(e.value(args[o.Param]), pos)...)
		case o.Kind == Param && o.fn == fn:
			changed = true
			out = append(out, Origin{Kind: Unknown, Len: -1, Note: "parameter"})
		case o.Kind == Derived && len(o.Inputs) > 0:
			in := e.substitute(o.Inputs, fn, args, pos)
			o.Inputs = stripCycles(normalize(in))
			changed = true
			out = append(out, o)
		default:
			out = append(out, o)
		}
	}
	if !changed {
		return os
	}
	return out
}

// produced resolves what a table API produces (its result or its Out
// parameter).
func (e *engine) produced(c *ssa.CallCommon, ci calleeInfo, pos token.Pos) Origins {
	api := ci.api
	switch api.Produces {
	case cryptoapi.CryptoRand:
		return Origins{{Kind: CryptoRand, Len: -1, Pos: pos, API: api.ID()}}
	case cryptoapi.MathRand:
		return Origins{{Kind: MathRand, Len: -1, Pos: pos, API: api.ID()}}
	case cryptoapi.Clock:
		return Origins{{Kind: Time, Len: -1, Pos: pos, API: api.ID()}}
	case cryptoapi.Derived:
		return Origins{e.derived(c, ci, pos)}
	case cryptoapi.Propagate:
		var parts []Origins
		for _, p := range api.Params {
			if p.Role != cryptoapi.In {
				continue
			}
			if a := ci.arg(p.Index); a != nil {
				parts = append(parts, e.value(a))
			}
		}
		if len(parts) == 0 {
			return unknown(api.String())
		}
		for _, p := range parts {
			if p.Kinds().Has(cycleKind) {
				return Origins{{Kind: Unknown, Len: -1, Note: "counter"}, {Kind: cycleKind, Len: -1}}
			}
		}
		fold := folds[api.ID()]
		return combine(parts, func(ps []Origins) Origin {
			o := Origin{Kind: Constant, Len: -1, Pos: pos}
			if fold != nil {
				fold(&o, ps, ci)
			}
			return o
		})
	}
	return unknown(api.String())
}

// derived builds the Derived origin of a hash, MAC or KDF call.
func (e *engine) derived(c *ssa.CallCommon, ci calleeInfo, pos token.Pos) Origin {
	api := ci.api
	o := Origin{Kind: Derived, Len: -1, Pos: pos, API: api.ID()}
	for _, p := range api.Params {
		switch p.Role {
		case cryptoapi.Key, cryptoapi.Password, cryptoapi.Message, cryptoapi.Salt, cryptoapi.Info,
			cryptoapi.In, cryptoapi.Seed:
			if a := ci.arg(p.Index); a != nil {
				in := e.value(a)
				if in.Kinds().Has(cycleKind) {
					in = stripCycles(in)
				}
				o.Inputs = append(o.Inputs, in...)
			}
		case cryptoapi.KeyLen:
			if a := ci.arg(p.Index); a != nil {
				if n, ok := e.value(a).Int(); ok {
					o.Len = int(n)
				}
			}
		}
	}
	o.Inputs = normalize(o.Inputs)
	if o.Len < 0 {
		if res := c.Signature().Results(); res.Len() > 0 {
			if arr, ok := res.At(0).Type().Underlying().(*types.Array); ok {
				o.Len = int(arr.Len())
			}
		}
	}
	return o
}

// folds compute constant results of decodings and conversions of
// constants.
var folds = map[string]func(o *Origin, in []Origins, ci calleeInfo){
	"encoding/hex.DecodeString": func(o *Origin, in []Origins, _ calleeInfo) {
		if s, ok := constBytes(in, 0); ok {
			if b, err := hex.DecodeString(s); err == nil {
				setBytes(o, string(b))
			}
		}
	},
	"encoding/hex.EncodeToString": func(o *Origin, in []Origins, _ calleeInfo) {
		if s, ok := constBytes(in, 0); ok {
			setBytes(o, hex.EncodeToString([]byte(s)))
		}
	},
	"encoding/base64.Encoding.DecodeString": func(o *Origin, in []Origins, _ calleeInfo) {
		if s, ok := constBytes(in, 0); ok {
			for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
				if b, err := enc.DecodeString(s); err == nil {
					setBytes(o, string(b))
					return
				}
			}
		}
	},
	"encoding/pem.Decode": func(o *Origin, in []Origins, _ calleeInfo) {
		if s, ok := constBytes(in, 0); ok {
			if blk, _ := pem.Decode([]byte(s)); blk != nil {
				setBytes(o, string(blk.Bytes))
				o.PEM = blk.Type
				return
			}
			o.PEM = pemType(s)
		}
	},
	"strconv.Atoi":      foldInt,
	"strconv.ParseInt":  foldInt,
	"strconv.ParseUint": foldInt,
	"bytes.Repeat":      foldRepeat,
	"strings.Repeat":    foldRepeat,
	"bytes.Clone":       foldSame,
	"strings.Clone":     foldSame,
	"slices.Clone":      foldSame,
	"bytes.TrimSpace":   foldSame,
	"strings.TrimSpace": foldSame,
	"bytes.NewReader":   foldSame,
	"strings.NewReader": foldSame,
}

func foldInt(o *Origin, in []Origins, _ calleeInfo) {
	if s, ok := constBytes(in, 0); ok {
		if n, err := strconv.ParseInt(s, 0, 64); err == nil {
			o.Int, o.HasInt = n, true
		}
	}
}

func foldRepeat(o *Origin, in []Origins, _ calleeInfo) {
	if len(in) == 2 && len(in[0]) == 1 && len(in[1]) == 1 && in[0][0].Len >= 0 && in[1][0].HasInt {
		o.Len = in[0][0].Len * int(in[1][0].Int)
	}
}

func foldSame(o *Origin, in []Origins, _ calleeInfo) {
	if len(in) == 1 && len(in[0]) == 1 {
		pos := o.Pos
		*o = in[0][0]
		if !o.Pos.IsValid() {
			o.Pos = pos
		}
	}
}

// foldConcat concatenates constant operands of append.
func foldConcat(parts []Origins) Origin {
	o := Origin{Kind: Constant, Len: 0, HasBytes: true}
	for _, p := range parts {
		if len(p) != 1 || p[0].Len < 0 {
			return Origin{Kind: Constant, Len: -1, Pos: firstPos(parts)}
		}
		o.Len += p[0].Len
		if p[0].HasBytes && o.HasBytes {
			o.Bytes += p[0].Bytes
		} else {
			o.HasBytes, o.Bytes = false, ""
		}
		if o.PEM == "" {
			o.PEM = p[0].PEM
		}
	}
	o.Pos = firstPos(parts)
	return o
}

func firstPos(parts []Origins) token.Pos {
	for _, p := range parts {
		for _, o := range p {
			if o.Pos.IsValid() {
				return o.Pos
			}
		}
	}
	return token.NoPos
}

// constBytes returns the content of input i when it is one constant with
// known bytes.
func constBytes(in []Origins, i int) (string, bool) {
	if i >= len(in) || len(in[i]) != 1 || !in[i][0].HasBytes {
		return "", false
	}
	return in[i][0].Bytes, true
}
