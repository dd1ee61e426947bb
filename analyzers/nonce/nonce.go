package nonce

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

//go:embed doc.go
var doc string

// Analyzer reports constant, predictable or reused nonces and IVs.
var Analyzer = &analysis.Analyzer{
	Name:     "nonce",
	Doc:      analysisutil.MustExtractDoc(doc, "nonce"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/nonce.md",
	Requires: []*analysis.Analyzer{provenance.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
	reported := make(map[ssa.CallInstruction]bool)
	var seals []*provenance.Sink
	for _, s := range res.SinksFor(cryptoapi.Nonce) {
		if !s.API.Encrypts() || reported[s.Call] {
			continue
		}
		if empty(s.Origins) {
			continue // nil nonce: NewGCMWithRandomNonce, or a run-time panic
		}
		if d, ok := predictable(s); ok && !oneTimeKey(res, s) {
			pass.Report(d)
			reported[s.Call] = true
			continue
		}
		if d, ok := fromKey(res, s); ok {
			pass.Report(d)
			reported[s.Call] = true
			continue
		}
		if s.Via != "" {
			continue // reuse needs the receiver: direct calls only
		}
		if d, ok := reusedInLoop(res, s); ok {
			pass.Report(d)
			reported[s.Call] = true
			continue
		}
		if d, ok := fieldSetOnce(pass, res, s); ok {
			pass.Report(d)
			reported[s.Call] = true
			continue
		}
		seals = append(seals, s)
	}
	for _, d := range reusedTwice(res, seals, reported) {
		pass.Report(d)
	}
	return nil, nil
}

// empty reports whether every origin is an empty constant or buffer.
func empty(os provenance.Origins) bool {
	for _, o := range os {
		if !(o.IsNil() || (o.Kind == provenance.Zero && o.Len == 0)) {
			return false
		}
	}
	return true
}

// keyOrigins returns the origins of the key the sink's nonce is used
// with: the Key argument of the same call (secretbox, box, chacha20), or
// the key the Block or AEAD receiver was made from.
func keyOrigins(res *provenance.Result, s *provenance.Sink) provenance.Origins {
	var key provenance.Origins
	for _, other := range res.Sinks {
		if other.Call != s.Call {
			continue
		}
		switch other.Role {
		case cryptoapi.Key:
			key = append(key, other.Origins...)
		case cryptoapi.Block:
			if os, ok := res.KeyOrigins(other.Arg); ok {
				key = append(key, os...)
			}
		}
	}
	if len(key) == 0 && s.Recv != nil {
		key, _ = res.KeyOrigins(s.Recv)
	}
	return key
}

// fromKey reports a nonce or IV that is the key itself, a part of it or a
// hash of it: it is fixed for the key, and whoever sees the IV learns
// about the key.
func fromKey(res *provenance.Result, s *provenance.Sink) (analysis.Diagnostic, bool) {
	var params []*provenance.Origin
	for i := range s.Origins {
		o := &s.Origins[i]
		switch {
		case o.IsNil():
		case o.Kind == provenance.Param:
			params = append(params, o)
		case o.Kind == provenance.Derived && len(o.Inputs) > 0:
			for j := range o.Inputs {
				in := &o.Inputs[j]
				if in.Kind == provenance.Param {
					params = append(params, in)
				} else if in.Kind != provenance.Constant {
					return analysis.Diagnostic{}, false
				}
			}
		default:
			return analysis.Diagnostic{}, false
		}
	}
	if len(params) == 0 {
		return analysis.Diagnostic{}, false
	}
	key := keyOrigins(res, s)
	for _, p := range params {
		found := false
		for i := range key {
			if key[i].Kind == provenance.Param && key[i].Func() == p.Func() && key[i].Param == p.Param && p.Func() != nil {
				found = true
			}
		}
		if !found {
			return analysis.Diagnostic{}, false
		}
	}
	what := "nonce"
	if s.API.Pkg == "crypto/cipher" && s.API.Recv == "" {
		what = "IV"
	}
	return analysis.Diagnostic{
		Pos: s.Pos, End: s.End,
		Message: fmt.Sprintf("%s derived from the key: the %s of %s is computed from the encryption key, so it is the same for every message under that key and exposes key material; draw a random %s for every message with crypto/rand", what, what, apiName(s), what),
	}, true
}

// oneTimeKey reports whether the key under which the nonce is used is
// fresh for this encryption (random, or derived from random or secret
// session material): a fixed nonce under a one-time key is safe (OTR, age,
// HPKE-style payload keys).
func oneTimeKey(res *provenance.Result, s *provenance.Sink) bool {
	key := keyOrigins(res, s)
	if len(key) == 0 {
		return false
	}
	// A key passed by the package's own callers: look at what they pass.
	var expanded provenance.Origins
	for i := range key {
		o := key[i]
		if o.Kind == provenance.Param && o.Func() != nil {
			if args, ok := res.ArgOrigins(o.Func(), o.Param); ok {
				expanded = append(expanded, args...)
				continue
			}
		}
		expanded = append(expanded, o)
	}
	key = expanded
	fresh := false
	for _, o := range key {
		switch {
		case o.IsNil():
		case o.Kind == provenance.Param && o.Func() == s.Func && s.API.Op == cryptoapi.Crypt:
			// CTR, OFB and stream ciphers decrypt too: a key passed
			// with the data may be a one-time key received with it.
			return true
		case o.Kind == provenance.CryptoRand:
			fresh = true
		case o.Kind == provenance.Derived:
			// A key hashed or derived at run time from random or
			// unseen secrets (a DH shared secret): per session.
			if len(o.Inputs) == 0 || !o.InputKinds().Only(provenance.Constant, provenance.Zero, provenance.Param, provenance.Time) {
				fresh = true
			} else {
				return false
			}
		case o.Kind == provenance.Unknown:
		default:
			return false
		}
	}
	return fresh
}

// predictable reports a nonce whose every origin is a constant, a zero
// buffer, the clock, or a hash of those.
func predictable(s *provenance.Sink) (analysis.Diagnostic, bool) {
	var kinds provenance.Kinds
	var first *provenance.Origin
	for i := range s.Origins {
		o := &s.Origins[i]
		if o.IsNil() {
			continue
		}
		switch o.Kind {
		case provenance.Constant, provenance.Zero, provenance.Time:
			kinds |= provenance.KindsOf(o.Kind)
		case provenance.Derived:
			in := o.InputKinds()
			if len(o.Inputs) == 0 || !in.Only(provenance.Constant, provenance.Zero, provenance.Time) {
				return analysis.Diagnostic{}, false
			}
			kinds |= in
		default:
			return analysis.Diagnostic{}, false
		}
		if first == nil || (o.Kind == provenance.Time && first.Kind != provenance.Time) {
			first = o
		}
	}
	if first == nil {
		return analysis.Diagnostic{}, false
	}
	what := "nonce"
	if s.API.Pkg == "crypto/cipher" && s.API.Recv == "" {
		what = "IV" // CBC, CTR, OFB, CFB
	}
	api := apiName(s)
	var msg, rel string
	switch {
	case kinds.Has(provenance.Time):
		msg = fmt.Sprintf("predictable %s: the %s of %s is computed from the clock, so it repeats for messages sent in the same tick and can be guessed; draw a random %s for every message with crypto/rand", what, what, api, what)
		rel = "the time is read here"
	case kinds.Only(provenance.Zero):
		msg = fmt.Sprintf("constant %s: the %s of %s is a buffer that is never filled, so every message is encrypted with the same all-zero %s; fill it with crypto/rand (io.ReadFull(rand.Reader, nonce)) for every message", what, what, api, what)
		rel = "the buffer is made here"
	default:
		name := ""
		if first.Name != "" {
			name = " " + first.Name
		}
		msg = fmt.Sprintf("constant %s: the %s%s of %s is fixed, so every message under the key uses the same %s; draw a random %s for every message with crypto/rand and store it with the ciphertext", what, what, name, api, what, what)
		rel = "the " + what + " is defined here"
	}
	d := analysis.Diagnostic{Pos: s.Pos, End: s.End, Message: msg}
	addRelated(&d, first, rel)
	return d, true
}

func apiName(s *provenance.Sink) string {
	if s.Via != "" {
		return shortFunc(s.Via) + " (which passes it to " + s.API.String() + ")"
	}
	return s.API.String()
}

func addRelated(d *analysis.Diagnostic, o *provenance.Origin, msg string) {
	if o == nil || !o.Pos.IsValid() {
		return
	}
	d.Related = append(d.Related, analysis.RelatedInformation{Pos: o.Pos, Message: msg})
	for _, p := range o.Path {
		if p.IsValid() && p != d.Pos && len(d.Related) < 6 {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, Message: "it flows through here"})
		}
	}
}

// root strips slicing and conversions from a nonce argument.
func root(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.Slice:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.SliceToArrayPointer:
			v = x.X
		default:
			return v
		}
	}
}

// reusedInLoop reports a nonce made before a loop and given, unchanged,
// to an encryption inside it.
func reusedInLoop(res *provenance.Result, s *provenance.Sink) (analysis.Diagnostic, bool) {
	call, ok := s.Call.(ssa.Instruction)
	if !ok || call.Block() == nil {
		return analysis.Diagnostic{}, false
	}
	r := root(s.Arg)
	var rootBlock *ssa.BasicBlock
	var rootPos token.Pos
	switch x := r.(type) {
	case *ssa.Parameter:
		rootPos = x.Pos()
	case ssa.Instruction:
		if x.Parent() != call.Parent() {
			return analysis.Diagnostic{}, false
		}
		if _, isConst := r.(*ssa.Const); isConst {
			return analysis.Diagnostic{}, false
		}
		rootBlock = x.Block()
		rootPos = r.Pos()
	default:
		return analysis.Diagnostic{}, false
	}
	loop := cycle(call.Block(), rootBlock)
	if loop == nil {
		return analysis.Diagnostic{}, false
	}
	for _, w := range res.Writes(r) {
		if w.Instr.Parent() != call.Parent() || loop[w.Instr.Block()] {
			return analysis.Diagnostic{}, false
		}
	}
	// A receiver made in the loop is a different key each time.
	if s.Recv != nil {
		if ri, ok := root(s.Recv).(ssa.Instruction); ok && loop[ri.Block()] {
			if u, isLoad := ri.(*ssa.UnOp); !isLoad || u.Op != token.MUL {
				return analysis.Diagnostic{}, false
			}
		}
	}
	d := analysis.Diagnostic{
		Pos: s.Pos, End: s.End,
		Message: fmt.Sprintf("nonce reused in a loop: the nonce given to %s is made once before the loop, so every iteration encrypts under the same key and nonce, which reveals the XOR of the plaintexts and lets an attacker forge messages; draw a fresh random nonce inside the loop", s.API),
	}
	if rootPos.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: rootPos, Message: "the nonce is made here, outside the loop"}}
	}
	return d, true
}

// cycle returns the blocks of a cycle through b that does not pass
// through avoid, or nil when b is not in such a cycle.
func cycle(b, avoid *ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	fwd := reach(b, avoid, func(x *ssa.BasicBlock) []*ssa.BasicBlock { return x.Succs })
	if !fwd[b] {
		return nil
	}
	bwd := reach(b, avoid, func(x *ssa.BasicBlock) []*ssa.BasicBlock { return x.Preds })
	loop := make(map[*ssa.BasicBlock]bool)
	for x := range fwd {
		if bwd[x] {
			loop[x] = true
		}
	}
	return loop
}

// reach returns the blocks reachable from b in one or more steps without
// passing through avoid.
func reach(b, avoid *ssa.BasicBlock, next func(*ssa.BasicBlock) []*ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	seen := make(map[*ssa.BasicBlock]bool)
	work := append([]*ssa.BasicBlock(nil), next(b)...)
	for len(work) > 0 {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		if x == avoid || seen[x] {
			continue
		}
		seen[x] = true
		work = append(work, next(x)...)
	}
	return seen
}

// fieldSetOnce reports a nonce read from an unexported struct field that
// is only assigned when a new value is built (a constructor) and never
// written afterwards, so every call uses the same nonce.
func fieldSetOnce(pass *analysis.Pass, res *provenance.Result, s *provenance.Sink) (analysis.Diagnostic, bool) {
	load, ok := root(s.Arg).(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return analysis.Diagnostic{}, false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return analysis.Diagnostic{}, false
	}
	f := fieldOf(fa)
	if f == nil || f.Exported() || f.Pkg() != pass.Pkg {
		return analysis.Diagnostic{}, false
	}
	stores := res.FieldStores(f)
	if len(stores) == 0 {
		return analysis.Diagnostic{}, false
	}
	var where *ssa.Store
	for _, st := range stores {
		if st.Parent() == s.Func {
			return analysis.Diagnostic{}, false // set where it is used
		}
		// Set once: the store initialises a value made in that function.
		base := st.Addr.(*ssa.FieldAddr).X
		if _, fresh := base.(*ssa.Alloc); !fresh {
			return analysis.Diagnostic{}, false
		}
		if where == nil {
			where = st
		}
	}
	for _, w := range res.Writes(load) {
		if !w.Assign {
			return analysis.Diagnostic{}, false // refreshed or incremented somewhere
		}
	}
	d := analysis.Diagnostic{
		Pos: s.Pos, End: s.End,
		Message: fmt.Sprintf("nonce reused: the nonce given to %s is the field %s, set once when the value is built and never changed, so every message under the key uses the same nonce; draw a fresh random nonce for every message", s.API, f.Name()),
	}
	if where != nil && where.Pos().IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: where.Pos(), Message: "the field is set here"}}
	} else if where != nil {
		d.Related = []analysis.RelatedInformation{{Pos: where.Parent().Pos(), Message: "the field is set in " + where.Parent().Name()}}
	}
	return d, true
}

func fieldOf(fa *ssa.FieldAddr) *types.Var {
	t := fa.X.Type().Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	st, ok := t.(*types.Struct)
	if !ok || fa.Field >= st.NumFields() {
		return nil
	}
	return st.Field(fa.Field).Origin()
}

// reusedTwice reports the second of two encryptions in one function that
// take the same nonce under the same AEAD, with no write into the nonce
// after the first.
func reusedTwice(res *provenance.Result, seals []*provenance.Sink, reported map[ssa.CallInstruction]bool) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for i, a := range seals {
		for _, b := range seals[i+1:] {
			if a.Func != b.Func || a.Recv == nil || b.Recv == nil || reported[b.Call] {
				continue
			}
			if root(a.Arg) != root(b.Arg) || !sameValue(a.Recv, b.Recv) {
				continue
			}
			ai, bi := a.Call.(ssa.Instruction), b.Call.(ssa.Instruction)
			if !before(ai, bi) {
				continue
			}
			clean := true
			for _, w := range res.Writes(root(a.Arg)) {
				if w.Instr.Parent() != a.Func || !before(w.Instr, ai) {
					clean = false
					break
				}
			}
			if !clean {
				continue
			}
			reported[b.Call] = true
			out = append(out, analysis.Diagnostic{
				Pos: b.Pos, End: b.End,
				Message: fmt.Sprintf("nonce reused: this %s takes the same nonce as the previous one under the same key, which reveals the XOR of the plaintexts and lets an attacker forge messages; draw a fresh random nonce for each message", b.API),
				Related: []analysis.RelatedInformation{{Pos: a.Pos, Message: "the nonce was already used here"}},
			})
		}
	}
	return out
}

// before reports whether instruction a always executes before b: a's block
// strictly dominates b's, or both are in one block with a first.
func before(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == nil || bb == nil {
		return false
	}
	if ab == bb {
		for _, in := range ab.Instrs {
			if in == a {
				return true
			}
			if in == b {
				return false
			}
		}
		return false
	}
	return ab.Dominates(bb) && cycle(ab, nil) == nil
}

// sameValue reports whether two receivers denote the same AEAD: the same
// SSA value, or loads of the same field of the same value.
func sameValue(a, b ssa.Value) bool {
	a, b = root(a), root(b)
	if a == b {
		return true
	}
	la, ok1 := a.(*ssa.UnOp)
	lb, ok2 := b.(*ssa.UnOp)
	if !ok1 || !ok2 || la.Op != token.MUL || lb.Op != token.MUL {
		return false
	}
	fa, ok1 := la.X.(*ssa.FieldAddr)
	fb, ok2 := lb.X.(*ssa.FieldAddr)
	if ok1 && ok2 {
		return fa.Field == fb.Field && fa.X == fb.X
	}
	return la.X == lb.X
}

// shortFunc shortens a types.Func full name to its last path element.
func shortFunc(name string) string {
	prefix := ""
	for len(name) > 0 && (name[0] == '(' || name[0] == '*') {
		prefix += name[:1]
		name = name[1:]
	}
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return prefix + name
}
