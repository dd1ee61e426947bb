package provenance

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

// A Write is an instruction that may change the content of a buffer (or
// the value of a variable): a store, an element store, a fill by
// crypto/rand or io.ReadFull, a copy, a call that may write its argument.
type Write struct {
	Instr ssa.Instruction
	// Assign is true for a store of a whole new value (x = v, s.f = v),
	// false for a write into the existing memory (b[i] = v, rand.Read(b)).
	Assign bool

	kind  writeKind
	val   ssa.Value // store, element store, copy: the value written
	full  bool      // writes the whole root
	call  *ssa.CallCommon
	ci    calleeInfo
	index int    // the written argument's SSA index (in-package callee) or fact index
	note  string // unknown writes: why
	elem  ssa.Value
}

type writeKind uint8

const (
	wStore   writeKind = iota // *addr = val
	wElem                     // addr[i] = val
	wCopy                     // copy(dst, val)
	wProduce                  // table API fills its Out parameter
	wCallee                   // in-package function writes its parameter
	wFact                     // function of another package fills its parameter (fact)
	wUnknown                  // anything else
)

type bufInfo struct {
	writes []Write
	// aliases are the values that share the root's memory, in the
	// root's function and closures.
	aliases []ssa.Value
}

// walk finds the aliases of root and the instructions that may write
// through them. It is structural (no resolution) and memoised.
func (e *engine) walk(root ssa.Value) *bufInfo {
	if b := e.bufs[root]; b != nil {
		return b
	}
	b := &bufInfo{}
	e.bufs[root] = b
	seen := map[ssa.Value]bool{root: true}
	work := []ssa.Value{root}
	alias := func(v ssa.Value) {
		if v != nil && !seen[v] {
			seen[v] = true
			work = append(work, v)
		}
	}
	for len(work) > 0 {
		a := work[len(work)-1]
		work = work[:len(work)-1]
		b.aliases = append(b.aliases, a)
		for _, r := range e.referrers(a) {
			switch r := r.(type) {
			case *ssa.Slice:
				if r.X == a {
					alias(r)
				}
			case *ssa.ChangeType, *ssa.MultiConvert, *ssa.ChangeInterface, *ssa.MakeInterface,
				*ssa.SliceToArrayPointer, *ssa.TypeAssert, *ssa.Phi:
				alias(r.(ssa.Value))
			case *ssa.Convert:
				if isBuffer(r.Type()) {
					alias(r)
				}
			case *ssa.Extract:
				if _, ok := r.Tuple.(*ssa.TypeAssert); ok && r.Index == 0 {
					alias(r)
				}
			case *ssa.IndexAddr:
				if r.X != a {
					continue
				}
				for _, rr := range e.referrers(r) {
					switch rr := rr.(type) {
					case *ssa.Store:
						if rr.Addr == r {
							b.writes = append(b.writes, Write{Instr: rr, kind: wElem, val: rr.Val, elem: r.Index})
						}
					case *ssa.UnOp, *ssa.DebugRef:
					default:
						b.writes = append(b.writes, Write{Instr: rr, kind: wUnknown, note: "element address taken"})
					}
				}
			case *ssa.Store:
				if r.Addr == a {
					b.writes = append(b.writes, Write{Instr: r, Assign: true, kind: wStore, val: r.Val, full: true})
				}
			case *ssa.UnOp:
				if r.Op == token.MUL && isBuffer(r.Type()) {
					alias(r)
				}
			case *ssa.MakeClosure:
				anon, _ := r.Fn.(*ssa.Function)
				for i, bnd := range r.Bindings {
					if bnd == a && anon != nil && i < len(anon.FreeVars) {
						alias(anon.FreeVars[i])
					}
				}
			case ssa.CallInstruction:
				e.classifyCall(b, r, a, root)
			case *ssa.Send, *ssa.MapUpdate:
				b.writes = append(b.writes, Write{Instr: r, kind: wUnknown, note: "escapes"})
			}
		}
	}
	return b
}

// classifyCall records whether a call that receives alias a may write
// into it.
func (e *engine) classifyCall(b *bufInfo, call ssa.CallInstruction, a, root ssa.Value) {
	c := call.Common()
	if bi, ok := c.Value.(*ssa.Builtin); ok {
		switch bi.Name() {
		case "copy":
			if len(c.Args) == 2 && c.Args[0] == a {
				b.writes = append(b.writes, Write{Instr: call, kind: wCopy, val: c.Args[1], full: isWhole(a, root)})
			}
		case "clear":
			b.writes = append(b.writes, Write{Instr: call, kind: wUnknown, note: "cleared"})
		}
		return
	}
	if _, isGo := call.(*ssa.Go); isGo {
		b.writes = append(b.writes, Write{Instr: call, kind: wUnknown, note: "passed to a goroutine"})
		return
	}
	ci := e.callee(c)
	if ci.api != nil {
		i := ci.argIndex(a)
		role := ci.api.Role(i)
		switch {
		case role == cryptoapi.Destination && overwrites(a):
			// x.Sum(buf[:0]), aead.Seal(buf[:0], ...): appending to an
			// empty slice overwrites the buffer.
			if ci.api.Produces != cryptoapi.NoSource {
				b.writes = append(b.writes, Write{Instr: call, kind: wProduce, call: c, ci: ci, full: isWhole(baseOf(a), root)})
			} else {
				b.writes = append(b.writes, Write{Instr: call, kind: wUnknown, note: "overwritten by " + ci.api.String()})
			}
		case role == cryptoapi.Out:
			b.writes = append(b.writes, Write{Instr: call, kind: wProduce, call: c, ci: ci, full: isWhole(a, root)})
		case role != "" || i == cryptoapi.Receiver:
			// read
		default:
			b.writes = append(b.writes, Write{Instr: call, kind: wUnknown, note: "written by " + ci.api.String()})
		}
		return
	}
	if readOnlyCall(&ci, a) {
		return
	}
	if e.inPackage(ci.fn) && ci.static {
		for i, arg := range ci.ssaArgs {
			if arg == a && i < len(ci.fn.Params) {
				b.writes = append(b.writes, Write{Instr: call, kind: wCallee, call: c, ci: ci, index: i, full: isWhole(a, root)})
			}
		}
		return
	}
	if ci.obj != nil && ci.static {
		var fact FuncFact
		if e.pass.ImportObjectFact(ci.obj, &fact) {
			for i, arg := range ci.ssaArgs {
				if arg != a {
					continue
				}
				w := Write{Instr: call, kind: wUnknown, note: "written by " + ci.obj.Name(), index: i}
				if fact.ReadOnly(i) {
					continue
				}
				if fact.fill(i) != nil {
					w.kind, w.call, w.ci, w.full = wFact, c, ci, isWhole(a, root)
				}
				b.writes = append(b.writes, w)
			}
			return
		}
	}
	name := "an unknown function"
	if ci.obj != nil {
		name = ci.obj.Name()
	}
	b.writes = append(b.writes, Write{Instr: call, kind: wUnknown, note: "passed to " + name})
}

// overwrites reports whether a is x[:0] (or x[k:k]): a destination that
// append-style APIs write over.
func overwrites(a ssa.Value) bool {
	sl, ok := a.(*ssa.Slice)
	if !ok || sl.High == nil {
		return false
	}
	c, ok := sl.High.(*ssa.Const)
	if !ok {
		return false
	}
	n, ok := constIntVal(c)
	if !ok {
		return false
	}
	lo := int64(0)
	if sl.Low != nil {
		lc, ok := sl.Low.(*ssa.Const)
		if !ok {
			return false
		}
		lo, _ = constIntVal(lc)
	}
	return n == lo
}

func baseOf(a ssa.Value) ssa.Value {
	if sl, ok := a.(*ssa.Slice); ok {
		return sl.X
	}
	return a
}

// isWhole reports whether a is root itself or root[:].
func isWhole(a, root ssa.Value) bool {
	for {
		if a == root {
			return true
		}
		switch x := a.(type) {
		case *ssa.Slice:
			if !wholeSlice(x) {
				return false
			}
			a = x.X
		case *ssa.ChangeType:
			a = x.X
		case *ssa.Convert:
			a = x.X
		default:
			return false
		}
	}
}

// wholeSlice reports whether s is x[:] (or x[0:N] of an array of N).
func wholeSlice(s *ssa.Slice) bool {
	if s.Max != nil {
		return false
	}
	if s.Low != nil {
		c, ok := s.Low.(*ssa.Const)
		if !ok {
			return false
		}
		if n, ok := constIntVal(c); !ok || n != 0 {
			return false
		}
	}
	if s.High == nil {
		return true
	}
	c, ok := s.High.(*ssa.Const)
	if !ok {
		return false
	}
	n, ok := constIntVal(c)
	if !ok {
		return false
	}
	if p, ok := s.X.Type().Underlying().(*types.Pointer); ok {
		if arr, ok := p.Elem().Underlying().(*types.Array); ok {
			return arr.Len() == n
		}
	}
	return false
}

// readOnlyCall reports whether a call is known not to write into its
// argument a: formatting, logging, comparisons, io.Writer.Write.
func readOnlyCall(ci *calleeInfo, a ssa.Value) bool {
	if ci.obj == nil {
		return false
	}
	name := ci.obj.Name()
	if isMethod(ci.obj) {
		switch name {
		case "Write", "WriteString", "Equal", "String", "Len", "Print", "Printf", "Println",
			"Info", "Infof", "Debug", "Debugf", "Warn", "Warnf", "Error", "Errorf", "Log", "Logf":
			return true
		}
		return false
	}
	if ci.obj.Pkg() == nil {
		return false
	}
	switch ci.obj.Pkg().Path() {
	case "fmt":
		return strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Sprint") ||
			strings.HasPrefix(name, "Fprint") || name == "Errorf" || strings.HasPrefix(name, "Append")
	case "log", "log/slog", "errors", "strings", "bytes", "unicode", "reflect":
		return true
	case "slices":
		switch name {
		case "Equal", "Compare", "Contains", "Index", "Clone", "Concat":
			return true
		}
	case "encoding/json":
		return name == "Marshal" || name == "MarshalIndent" || name == "Valid"
	case "encoding/binary":
		return name == "Write" || name == "Size" || name == "Append"
	case "strconv":
		return strings.HasPrefix(name, "Append") || strings.HasPrefix(name, "Format") || strings.HasPrefix(name, "Quote")
	}
	return false
}

// content resolves a buffer made in the function (make, new, a local
// array or variable): its initial zero value and every write into it.
func (e *engine) content(root ssa.Value) Origins {
	return e.eval(contentKey{root}, func() Origins { return orUnknown(e.bufferContent(root), "never assigned") })
}

func orUnknown(os Origins, note string) Origins {
	if len(os) == 0 {
		return unknown(note)
	}
	return os
}

// bufferContent resolves the content of memory reached through root: a
// Global, a FieldAddr, an Alloc or a MakeSlice. Callers memoise.
func (e *engine) bufferContent(root ssa.Value) Origins {
	b := e.walk(root)
	var init Origins
	switch r := root.(type) {
	case *ssa.MakeSlice:
		o := Origin{Kind: Zero, Len: -1, Pos: r.Pos()}
		if c, ok := r.Len.(*ssa.Const); ok && c.Value != nil {
			if st, ok := r.Type().Underlying().(*types.Slice); ok {
				if n, ok := constIntVal(c); ok {
					if size := e.sizeof(st.Elem()); size >= 0 {
						o.Len = int(n) * int(size)
					}
				}
			}
		}
		init = Origins{o}
	case *ssa.Alloc:
		if n, ok := e.zeroLen(r.Type()); ok {
			init = Origins{{Kind: Zero, Len: n, Pos: r.Pos()}}
		}
	case *ssa.Global:
		if n, ok := e.zeroLen(r.Type()); ok {
			init = Origins{{Kind: Zero, Len: n, Pos: r.Pos()}}
		}
	}
	if lit, ok := e.constLiteral(root, b, init); ok {
		return Origins{lit}
	}
	var os Origins
	killed := false
	for i := range b.writes {
		w := &b.writes[i]
		wos := e.writeOrigins(w)
		if len(wos) > 0 && w.full && init != nil && w.Instr.Block() == blockOf(root) && w.kind != wUnknown {
			killed = true
		}
		os = append(os, wos...)
	}
	if !killed {
		os = append(init, os...)
	}
	return os
}

func blockOf(v ssa.Value) *ssa.BasicBlock {
	if i, ok := v.(ssa.Instruction); ok {
		return i.Block()
	}
	return nil
}

// zeroLen returns the size in bytes of the array (or struct) a pointer
// of type t points to.
func (e *engine) zeroLen(t types.Type) (int, bool) {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return 0, false
	}
	if el, ok := p.Elem().Underlying().(*types.Array); ok {
		if n := e.sizeof(el); n >= 0 {
			return int(n), true
		}
	}
	return 0, false
}

// hasTypeParam reports whether the layout of t depends on a type
// parameter.
func hasTypeParam(t types.Type, depth int) bool {
	if depth > 8 {
		return true // deeper than any layout we size: do not guess
	}
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Array:
		return hasTypeParam(t.Elem(), depth+1)
	case *types.Struct:
		for i := range t.NumFields() {
			if hasTypeParam(t.Field(i).Type(), depth+1) {
				return true
			}
		}
	case *types.Named:
		if t.TypeArgs().Len() > 0 {
			return hasTypeParam(t.Underlying(), depth+1)
		}
	}
	return false
}

// sizeof returns the size of t in bytes, or -1 when its layout depends on
// a type parameter (make([]T, n) in the body of a generic function): go/types
// has no size for those and asserts that it is never asked.
func (e *engine) sizeof(t types.Type) int64 {
	if hasTypeParam(t, 0) {
		return -1
	}
	if e.pass.TypesSizes != nil {
		return e.pass.TypesSizes.Sizeof(t)
	}
	return types.SizesFor("gc", "amd64").Sizeof(t)
}

// constLiteral recognises an array whose every element is stored once
// with a constant (a []byte{...} or [N]byte{...} literal) and returns it
// as one Constant.
func (e *engine) constLiteral(root ssa.Value, b *bufInfo, init Origins) (Origin, bool) {
	a, ok := root.(*ssa.Alloc)
	if !ok || len(b.writes) == 0 {
		return Origin{}, false
	}
	arr, ok := a.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
	if !ok || arr.Len() > maxConstBytes || arr.Len() == 0 {
		return Origin{}, false
	}
	n := int(arr.Len())
	isByte := false
	if bt, ok := arr.Elem().Underlying().(*types.Basic); ok && bt.Kind() == types.Uint8 {
		isByte = true
	}
	vals := make([]byte, n)
	set := make([]bool, n)
	for _, w := range b.writes {
		if w.kind != wElem {
			return Origin{}, false
		}
		ic, ok := w.elem.(*ssa.Const)
		vc, ok2 := w.val.(*ssa.Const)
		if !ok || !ok2 || vc.Value == nil {
			return Origin{}, false
		}
		i, ok := constIntVal(ic)
		if !ok || i < 0 || int(i) >= n || set[i] {
			return Origin{}, false
		}
		set[i] = true
		if isByte {
			if v, ok := constIntVal(vc); ok {
				vals[i] = byte(v)
			}
		}
	}
	for _, s := range set {
		if !s {
			return Origin{}, false
		}
	}
	o := Origin{Kind: Constant, Len: int(e.sizeof(arr)), Pos: a.Pos()}
	if isByte {
		o.Bytes, o.HasBytes = string(vals), true
	}
	return o, true
}

// localWrites resolves the writes into a buffer value (a parameter, a
// call result) after it is made.
func (e *engine) localWrites(v ssa.Value) Origins {
	b := e.walk(v)
	var os Origins
	for i := range b.writes {
		os = append(os, e.writeOrigins(&b.writes[i])...)
	}
	return os
}

// withLocalWrites adds to base the writes through v when v is a buffer.
func (e *engine) withLocalWrites(v ssa.Value, base Origins) Origins {
	if !isBuffer(v.Type()) {
		return base
	}
	ws := e.localWrites(v)
	if len(ws) == 0 {
		return base
	}
	return append(append(Origins(nil), base...), ws...)
}

// writeOrigins resolves what a write puts into the buffer.
func (e *engine) writeOrigins(w *Write) Origins {
	switch w.kind {
	case wStore, wElem, wCopy:
		return withPath(fillPos(e.value(w.val), w.Instr.Pos()), w.Instr.Pos())
	case wProduce:
		return e.produced(w.call, w.ci, w.Instr.Pos())
	case wCallee:
		ws := e.paramWrites(w.ci.fn, w.index)
		return withPath(e.substitute(ws, w.ci.fn, w.ci.ssaArgs, w.Instr.Pos()), w.Instr.Pos())
	case wFact:
		var fact FuncFact
		if e.pass.ImportObjectFact(w.ci.obj, &fact) {
			if fill := fact.fill(w.index); fill != nil {
				return e.substitute(fromFact(fill), nil, w.ci.ssaArgs, w.Instr.Pos())
			}
		}
	}
	note := w.note
	if note == "" {
		note = unknownNoteEsc
	}
	return unknown(note)
}

// paramWrites resolves what function fn writes into its parameter i, or
// nil when it writes nothing.
func (e *engine) paramWrites(fn *ssa.Function, i int) Origins {
	if i >= len(fn.Params) || !isBuffer(fn.Params[i].Type()) {
		return nil
	}
	if e.depth > maxCallDepth {
		return unknown("call depth")
	}
	e.depth++
	defer func() { e.depth-- }()
	return e.eval(paramWriteKey{fn, i}, func() Origins {
		b := e.walk(fn.Params[i])
		if len(b.writes) == 0 {
			return nil
		}
		var os Origins
		for j := range b.writes {
			os = append(os, e.writeOrigins(&b.writes[j])...)
		}
		return os
	})
}

// Writes returns the instructions that may write into the memory v
// refers to (v's own aliases in its function, plus, for a value loaded
// from a field or package variable, every write through that field or
// variable in the package).
func (e *engine) writes(v ssa.Value) []Write {
	var out []Write
	seen := map[ssa.Value]bool{}
	var add func(v ssa.Value)
	add = func(v ssa.Value) {
		if v == nil || seen[v] {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Slice:
			add(x.X)
			return
		case *ssa.ChangeType:
			add(x.X)
			return
		case *ssa.Convert:
			if isBuffer(x.X.Type()) {
				add(x.X)
				return
			}
		case *ssa.MakeInterface:
			add(x.X)
			return
		case *ssa.Phi:
			for _, ed := range x.Edges {
				add(ed)
			}
			return
		case *ssa.UnOp:
			if x.Op == token.MUL {
				switch addr := x.X.(type) {
				case *ssa.FieldAddr:
					if f := fieldVar(addr.X.Type(), addr.Field); f != nil {
						for _, fa := range e.idx.fieldAddrs[f] {
							out = append(out, e.walk(fa).writes...)
						}
						return
					}
				case *ssa.Global:
					out = append(out, e.walk(addr).writes...)
					return
				case *ssa.Alloc, *ssa.FreeVar:
					add(addr)
					return
				}
			}
		case *ssa.FreeVar:
			fn := x.Parent()
			for j, f := range fn.FreeVars {
				if f == x {
					for _, mc := range e.idx.closures[fn] {
						if j < len(mc.Bindings) {
							add(mc.Bindings[j])
						}
					}
				}
			}
			return
		}
		out = append(out, e.walk(v).writes...)
	}
	add(v)
	return out
}

func constIntVal(c *ssa.Const) (int64, bool) {
	if c.Value == nil {
		return 0, false
	}
	return constantInt64(c)
}
