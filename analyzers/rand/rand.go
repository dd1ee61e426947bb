package rand

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

//go:embed doc.go
var doc string

// Analyzer reports math/rand values used for keys, nonces, salts and tokens.
var Analyzer = &analysis.Analyzer{
	Name:      "rand",
	Doc:       analysisutil.MustExtractDoc(doc, "rand"),
	URL:       "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/rand.md",
	Requires:  []*analysis.Analyzer{inspect.Analyzer, provenance.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(strongChaCha8)},
}

var mathRandPkgs = map[string]bool{"math/rand": true, "math/rand/v2": true}

// valueRoles are the table roles whose value must be unpredictable.
var valueRoles = map[cryptoapi.Role]string{
	cryptoapi.Key:        "key",
	cryptoapi.Nonce:      "nonce",
	cryptoapi.Salt:       "salt",
	cryptoapi.Password:   "password",
	cryptoapi.Passphrase: "passphrase",
	cryptoapi.Seed:       "seed",
}

func run(pass *analysis.Pass) (any, error) {
	res, _ := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
	if !importsMathRand(pass.Pkg) && (res == nil || res.Pkg == nil) {
		// No value of this package comes from math/rand: it does not
		// import it, and passes/provenance found no crypto API and no
		// package with facts among its imports.
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, res: res, flow: analysisutil.NewFlow(pass.TypesInfo, pass.Pkg, in),
		findings: make(map[token.Pos]*finding), reported: make(map[token.Pos]bool), pkgStrong: make(map[string]bool)}
	c.tr = c.flow.NewTracer(analysisutil.TraceOptions{Contents: true, Index: c.alphabetIndex})
	c.objTr = c.flow.NewTracer(analysisutil.TraceOptions{})

	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.callSinks(n)
		case *ast.FuncDecl:
			c.returnSinks(n)
		case *ast.AssignStmt:
			c.assignSinks(n)
		case *ast.ValueSpec:
			for i, name := range n.Names {
				v, _ := pass.TypesInfo.Defs[name].(*types.Var)
				switch {
				case v != nil && isBuffer(v.Type()):
					// var key [32]byte; rng.Read(key[:]): the variable
					// with what is written into it.
					c.nameSink(name.Name, name, nil, name, "assigned to "+name.Name)
				case len(n.Values) == len(n.Names):
					c.nameSink(name.Name, n.Values[i], nil, name, "assigned to "+name.Name)
				}
			}
		case *ast.CompositeLit:
			c.literalSinks(n)
		}
	}
	calls := make(map[token.Pos]*ast.CallExpr) // SSA positions are Lparens
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		calls[call.Lparen] = call
	}
	c.provenanceSinks(calls, res)
	c.exportFacts(calls)
	c.report()
	return nil, nil
}

// provenanceSinks adds what passes/provenance sees beyond the syntactic
// trace: calls of wrappers (a parameter that reaches a key, nonce or
// random role, in this package or, through facts, in another) and values
// that come from math/rand in another package.
func (c *checker) provenanceSinks(calls map[token.Pos]*ast.CallExpr, res *provenance.Result) {
	if res == nil || len(res.Sinks) == 0 {
		return
	}
	for _, s := range res.Sinks {
		if !s.Origins.Any(provenance.MathRand) {
			continue
		}
		var node ast.Node = s.Expr
		if s.ArgExpr != nil {
			node = s.ArgExpr
		}
		if node == nil {
			continue
		}
		what := string(s.Role) + " of " + s.API.String()
		if s.Via != "" {
			what += " (through " + s.Via + ")"
		}
		if s.Role == cryptoapi.Random {
			use, ok := readerUses[s.API.ID()]
			if !ok || (use.legacy && !c.readerHonoured()) {
				continue
			}
			for _, o := range s.Origins {
				if o.Kind != provenance.MathRand {
					continue
				}
				origin := calls[o.Pos]
				if origin != nil && c.strongGenerator(origin) {
					continue
				}
				c.readerFinding(node, s.API.String(), use, origin)
				break
			}
			continue
		}
		if _, ok := valueRoles[s.Role]; !ok {
			continue
		}
		for _, o := range s.Origins {
			if o.Kind != provenance.MathRand {
				continue
			}
			at := calls[o.Pos]
			if at == nil {
				// Made in another package (an origin read from a fact):
				// report at the sink, unless the functions of other
				// packages it comes from draw only from crypto-seeded
				// ChaCha8s.
				if e, ok := node.(ast.Expr); ok && c.strongOutside(c.tr.Trace(e)) {
					continue
				}
				f := c.findingAt(node)
				if f.msg == "" {
					f.msg = fmt.Sprintf("the %s comes from math/rand (%s): math/rand output is predictable, so the value "+
						"can be guessed (CWE-338); draw it from crypto/rand", what, o.API)
				}
				f.sinks++
				continue
			}
			fn := analysisutil.Callee(c.pass.TypesInfo, at)
			if fn != nil && isMathRand(fn) && isConstructor(fn) {
				// A generator read through an io.Reader: the syntactic
				// trace reports the read when it sees it.
				if c.reported[node.Pos()] || c.strongGenerator(at) {
					continue
				}
			} else if c.strongReceiver(at) {
				continue
			}
			c.add(at, nil, sink{node, what, true}, nil)
		}
	}
}

func importsMathRand(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if mathRandPkgs[imp.Path()] {
			return true
		}
	}
	return false
}

type checker struct {
	pass       *analysis.Pass
	res        *provenance.Result
	ssaCalls   map[token.Pos]*ssa.Call // by Lparen, built on demand
	flow       *analysisutil.Flow
	tr         *analysisutil.Tracer // values: contents of buffers, random indexes into alphabets
	objTr      *analysisutil.Tracer // objects: what a reader variable holds
	customRand *bool                // crypto APIs honour the random reader (Go < 1.26 or cryptocustomrand=1); computed on demand
	findings   map[token.Pos]*finding
	reported   map[token.Pos]bool // sinks with a finding
	pkgStrong  map[string]bool    // "NewChaCha8", "New": every such call of the package makes a strong generator
}

// A finding is one math/rand call (or a math/rand reader) with the sinks
// it reaches.
type finding struct {
	node     ast.Node // where to report: the math/rand call, or the reader argument
	msg      string
	category string
	related  []analysis.RelatedInformation
	fix      []analysis.SuggestedFix
	sinks    int
	table    bool // msg names a sink of the table
}

// ---- Sinks.

// sink is a place where an unpredictable value is required.
type sink struct {
	node  ast.Node
	what  string // "nonce of cipher.AEAD.Seal", "session identifier returned by NewID"
	table bool   // a role of the crypto API table (rather than a name)
}

func (c *checker) callSinks(call *ast.CallExpr) {
	fn := analysisutil.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	if api := cryptoapi.Lookup(fn); api != nil {
		for _, p := range api.Params {
			arg := c.flow.CallArg(call, p.Index)
			if arg == nil {
				continue
			}
			if what, ok := valueRoles[p.Role]; ok {
				c.valueSink(arg, sink{arg, what + " of " + api.String(), true})
			}
			if p.Role == cryptoapi.Random {
				c.readerSink(call, arg, api)
			}
		}
	}
	// Arguments of parameters whose name says token, secret, ...
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return
	}
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
			break
		}
		p := sig.Params().At(i)
		c.nameSink(p.Name(), arg, nil, arg, fmt.Sprintf("passed as %s to %s", p.Name(), fn.Name()))
	}
}

// returnSinks treats the results of a function whose name says token,
// secret, session, ... as such values. A generic name (NewID, NewKey) is
// read with the package name: sessions.NewID returns a session identifier.
func (c *checker) returnSinks(d *ast.FuncDecl) {
	if d.Body == nil || d.Type.Results == nil {
		return
	}
	name := d.Name.Name
	cls := analysisutil.ClassifyName(name)
	if !cls.Secret {
		ws := analysisutil.Words(name)
		if hasAny(ws, "id", "key", "new", "generate", "gen", "make", "create") && len(ws) <= 3 {
			if pc := analysisutil.ClassifyName(c.pass.Pkg.Name()); pc.Secret && !pc.Code {
				cls = pc
				name = c.pass.Pkg.Name() + "." + name
			}
		}
	}
	if !cls.Secret {
		return
	}
	eachResult(d.Body, func(r ast.Expr) {
		if c.sinkType(c.pass.TypesInfo.TypeOf(r), cls) {
			c.valueSink(r, sink{r, cls.Word + " returned by " + name, false})
		}
	})
}

// eachResult calls f with every result expression that the function whose
// body is body returns (not those of the function literals inside it).
func eachResult(body *ast.BlockStmt, f func(ast.Expr)) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				f(r)
			}
		}
		return true
	})
}

func (c *checker) assignSinks(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		var rhs ast.Expr
		var res *resultRef
		switch {
		case len(as.Lhs) == len(as.Rhs):
			rhs = as.Rhs[i]
		case len(as.Rhs) == 1:
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if !ok {
				continue
			}
			rhs, res = call, &resultRef{call, i}
		default:
			continue
		}
		switch l := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			if v, ok := c.pass.TypesInfo.ObjectOf(l).(*types.Var); ok && as.Tok == token.DEFINE && c.pass.TypesInfo.Defs[l] != nil {
				// key := make([]byte, 16); rng.Read(key): the variable,
				// with what is written into it later.
				if isBuffer(v.Type()) {
					rhs, res = l, nil
				}
			}
			c.nameSink(l.Name, rhs, res, lhs, "assigned to "+l.Name)
		case *ast.SelectorExpr:
			c.nameSink(l.Sel.Name, rhs, res, lhs, "assigned to "+types.ExprString(l))
		case *ast.IndexExpr:
			// tokens[i] = t, sessions[id] = s: the element, and the
			// map key, are tokens and session identifiers.
			root := rootName(l.X)
			c.nameSink(root, rhs, res, lhs, "stored in "+root)
			if _, ok := c.pass.TypesInfo.TypeOf(l.X).Underlying().(*types.Map); ok {
				c.nameSink(root, l.Index, nil, l.Index, "used as a key of "+root)
			}
		}
	}
}

// isBuffer reports whether t is a slice or array, which calls fill after
// it is declared.
func isBuffer(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}

type resultRef struct {
	call  *ast.CallExpr
	index int
}

func rootName(e ast.Expr) string {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x.Name
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return ""
		}
	}
}

// literalSinks treats the fields of struct literals whose name says token,
// secret, ... as such values, and the Value of an http.Cookie whose Name
// says session or token.
func (c *checker) literalSinks(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return
	}
	cookie := analysisutil.IsNamedType(t, "net/http", "Cookie")
	var cookieName struct {
		analysisutil.SecretName
		Name string
	}
	if cookie {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && analysisutil.FieldName(kv) == "Name" {
				if s, ok := analysisutil.ConstString(c.pass.TypesInfo, kv.Value); ok {
					cookieName.SecretName = analysisutil.ClassifyName(s)
					cookieName.Name = s
				}
			}
		}
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		name := analysisutil.FieldName(kv)
		if cookie && name == "Value" && cookieName.Secret && !cookieName.Code {
			c.valueSink(kv.Value, sink{kv, fmt.Sprintf("value of the %q cookie", cookieName.Name), false})
			continue
		}
		c.nameSink(name, kv.Value, nil, kv, "stored in field "+name)
	}
}

// nameSink checks a value given to something whose name says it is a
// secret: a variable, a field, a parameter, a map.
func (c *checker) nameSink(name string, value ast.Expr, res *resultRef, node ast.Node, how string) {
	cls := analysisutil.ClassifyName(name)
	if !cls.Secret {
		return
	}
	var t types.Type
	if res != nil {
		if tup, ok := c.pass.TypesInfo.TypeOf(res.call).(*types.Tuple); ok && res.index < tup.Len() {
			t = tup.At(res.index).Type()
		}
	} else {
		t = c.pass.TypesInfo.TypeOf(value)
	}
	if !c.sinkType(t, cls) {
		return
	}
	s := sink{node, cls.Word + " " + how, false}
	if res != nil {
		c.report1(c.tr.Result(res.call, res.index), s)
		return
	}
	c.valueSink(value, s)
}

// sinkType reports whether a value of type t can be a token or secret:
// strings, bytes and integers (a six-digit code); not booleans, floats,
// durations or structs. A bare "code" must be text. A nonce or IV named
// so must be text or bytes: an integer called nonce (an account nonce, a
// proof-of-work nonce, a replay counter) is a sequence number that has
// to be unique, not unpredictable, and a cryptographic nonce or IV is a
// byte string unless the crypto API table says otherwise (those sinks do
// not come here).
func (c *checker) sinkType(t types.Type, cls analysisutil.SecretName) bool {
	if t == nil {
		return false
	}
	if analysisutil.IsNamedType(t, "math/big", "Int") {
		return !cls.Code // a numeric code drawn by crypto/rand.Int
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != c.pass.Pkg {
		return false // time.Duration, ...
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return true
		}
		return u.Info()&types.IsInteger != 0 && !cls.Code && !counterName(cls)
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// counterName reports whether a name says nonce or IV, which for an
// integer means a counter rather than a secret.
func counterName(cls analysisutil.SecretName) bool {
	return cls.Word == "nonce" || cls.Word == "IV"
}

// valueSink reports the math/rand values that e can be built from.
func (c *checker) valueSink(e ast.Expr, s sink) {
	c.report1(c.tr.Trace(e), s)
}

func (c *checker) report1(leaves []analysisutil.Leaf, s sink) {
	for _, l := range leaves {
		at, origin, ok := c.mathRandValue(l)
		if !ok {
			continue
		}
		c.add(at, origin, s, l.Path)
	}
}

// ---- Sources.

// mathRandValue reports whether a leaf is a value drawn from math/rand:
// the result of a math/rand function or method, a buffer filled by a
// math/rand Read, bytes read from a math/rand generator through an
// io.Reader (io.ReadFull(rng, b)), or crypto/rand.Int over a math/rand
// reader. It returns the call to report (where the fix goes) and, for
// reads through a reader, the expression that made the generator.
func (c *checker) mathRandValue(l analysisutil.Leaf) (at *ast.CallExpr, origin ast.Expr, ok bool) {
	switch l.Kind {
	case analysisutil.LeafCall, analysisutil.LeafFill:
		fn := l.Callee
		if fn == nil {
			break
		}
		if isMathRand(fn) && !isConstructor(fn) {
			if l.Kind == analysisutil.LeafCall && !returnsValue(fn) {
				return nil, nil, false
			}
			if c.strongReceiver(l.Call) {
				return nil, nil, false
			}
			return l.Call, nil, true
		}
		if analysisutil.IsFunc(fn, "crypto/rand", "Int", "Prime") && len(l.Call.Args) > 0 {
			if obj := c.mathRandReader(l.Call.Args[0]); obj != nil {
				if fn.Name() == "Prime" && !c.readerHonoured() {
					return nil, nil, false
				}
				return l.Call, obj, true
			}
		}
	}
	// A math/rand generator read through an io.Reader.
	if l.Via != nil && c.isMathRandObject(l) {
		return l.Via, l.Expr, true
	}
	// A function of another package that returns math/rand output
	// (util.RandomString(32)): passes/provenance knows from its facts.
	if l.Kind == analysisutil.LeafCall && l.Callee != nil && l.Callee.Pkg() != nil && l.Callee.Pkg() != c.pass.Pkg &&
		!isMathRand(l.Callee) && !c.strongCallee(l.Callee) && c.resultFromMathRand(l.Call, l.Index) {
		return l.Call, nil, true
	}
	return nil, nil, false
}

// resultFromMathRand asks passes/provenance whether result index of a call
// can come from math/rand.
func (c *checker) resultFromMathRand(call *ast.CallExpr, index int) bool {
	if c.res == nil || c.res.Pkg == nil {
		return false
	}
	if c.ssaCalls == nil {
		c.ssaCalls = make(map[token.Pos]*ssa.Call)
		for _, fn := range c.res.Funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if sc, ok := instr.(*ssa.Call); ok {
						c.ssaCalls[sc.Pos()] = sc
					}
				}
			}
		}
	}
	sc := c.ssaCalls[call.Lparen]
	if sc == nil {
		return false
	}
	var v ssa.Value = sc
	if _, tuple := sc.Type().(*types.Tuple); tuple {
		v = nil
		for _, ref := range *sc.Referrers() {
			if ex, ok := ref.(*ssa.Extract); ok && ex.Index == index {
				v = ex
				break
			}
		}
	} else if index != 0 {
		return false
	}
	return v != nil && c.res.Origins(v).Any(provenance.MathRand)
}

func isMathRand(fn *types.Func) bool {
	return fn.Pkg() != nil && mathRandPkgs[fn.Pkg().Path()]
}

// isConstructor reports whether fn makes a generator (rand.New,
// rand.NewSource, rand.NewChaCha8, rand.NewPCG, rand.NewZipf) rather than
// a value.
func isConstructor(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return false
	}
	return isGeneratorType(sig.Results().At(0).Type())
}

// returnsValue reports whether a math/rand function returns a random value
// (not Seed, Shuffle or a Read that fills its argument).
func returnsValue(fn *types.Func) bool {
	switch fn.Name() {
	case "Seed", "Shuffle", "Read":
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Results().Len() > 0
}

// isGeneratorType reports whether t is a math/rand generator: *rand.Rand,
// *rand.ChaCha8, *rand.PCG, *rand.Zipf, rand.Source, rand.Source64.
func isGeneratorType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return mathRandPkgs[n.Obj().Pkg().Path()]
}

// isMathRandObject reports whether a leaf is a math/rand generator.
func (c *checker) isMathRandObject(l analysisutil.Leaf) bool {
	if l.Expr == nil {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(l.Expr)
	if t == nil {
		return false
	}
	if isGeneratorType(t) {
		return !c.strongGenerator(l.Expr)
	}
	if l.Kind == analysisutil.LeafCall && l.Callee != nil && isMathRand(l.Callee) && isConstructor(l.Callee) {
		return !c.strongGenerator(l.Expr)
	}
	return false
}

// mathRandReader returns the expression that makes the math/rand
// generator an io.Reader argument holds, or nil.
func (c *checker) mathRandReader(arg ast.Expr) ast.Expr {
	for _, l := range c.objTr.Trace(arg) {
		if c.isMathRandObject(l) {
			return l.Expr
		}
	}
	return nil
}

// strongReceiver reports whether a method call's receiver is a ChaCha8
// seeded from crypto/rand (or a rand.Rand over one), which math/rand/v2
// documents as a cryptographically strong generator.
func (c *checker) strongReceiver(call *ast.CallExpr) bool {
	recv := c.flow.Receiver(call)
	if recv == nil {
		return false
	}
	return c.strongGenerator(recv)
}

// strongGenerator reports whether every generator e can hold is a
// rand.ChaCha8 seeded with bytes from crypto/rand.
func (c *checker) strongGenerator(e ast.Expr) bool {
	ls := c.objTr.Trace(e)
	if len(ls) == 0 {
		return false
	}
	for _, l := range ls {
		if c.isInterface(l) {
			// Stored as an any and asserted back (a sync.Pool): strong
			// when every generator of its type the package makes is.
			if !c.untracedStrong(c.pass.TypesInfo.TypeOf(e)) {
				return false
			}
			continue
		}
		if l.Kind != analysisutil.LeafCall || l.Callee == nil {
			return false
		}
		switch {
		case analysisutil.IsFunc(l.Callee, "math/rand/v2", "NewChaCha8") && len(l.Call.Args) == 1:
			if !c.cryptoSeed(l.Call.Args[0]) {
				return false
			}
		case analysisutil.IsFunc(l.Callee, "math/rand/v2", "New") && len(l.Call.Args) == 1:
			if l.Call.Args[0] == e || !c.strongGenerator(l.Call.Args[0]) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// cryptoSeed reports whether a seed is made only of crypto/rand output.
func (c *checker) cryptoSeed(seed ast.Expr) bool {
	seen := false
	for _, l := range c.tr.Trace(seed) {
		switch {
		case l.Kind == analysisutil.LeafZero:
			// The buffer that crypto/rand fills.
		case (l.Kind == analysisutil.LeafFill || l.Kind == analysisutil.LeafCall) && l.Callee != nil &&
			l.Callee.Pkg() != nil && l.Callee.Pkg().Path() == "crypto/rand":
			seen = true
		case l.Kind == analysisutil.LeafVar && l.Obj != nil && l.Obj.Pkg() != nil &&
			l.Obj.Pkg().Path() == "crypto/rand" && l.Obj.Name() == "Reader":
			seen = true
		default:
			return false
		}
	}
	return seen
}

// ---- Random sources of key generation.

// readerUse says how a crypto API uses its random io.Reader.
type readerUse struct {
	what string // what the reader makes
	// legacy: since Go 1.26 the API ignores the reader unless
	// GODEBUG=cryptocustomrand=1.
	legacy   bool
	category string
}

// readerUses lists the APIs whose random source decides a secret. Signing
// (ECDSA hedges its nonce with the private key; RSA PKCS #1 v1.5 and
// Ed25519 are deterministic), PSS salts and RSA blinding in decryption do
// not depend on the reader for their security and are not listed.
var readerUses = map[string]readerUse{
	"crypto/ed25519.GenerateKey":                 {what: "the Ed25519 private key"},
	"golang.org/x/crypto/nacl/box.GenerateKey":   {what: "the Curve25519 private key"},
	"golang.org/x/crypto/nacl/box.SealAnonymous": {what: "the ephemeral private key"},
	"golang.org/x/crypto/nacl/sign.GenerateKey":  {what: "the Ed25519 private key"},
	"crypto/dsa.GenerateKey":                     {what: "the DSA private key"},
	"crypto/dsa.GenerateParameters":              {what: "the DSA parameters", category: analysisutil.LevelWarning},
	"crypto/rsa.EncryptOAEP":                     {what: "the OAEP seed, so equal messages can be recognised", category: analysisutil.LevelWarning},
	"crypto/x509.CreateCertificate":              {what: "the serial number (when the template has none) and the signature's randomness", category: analysisutil.LevelWarning},
	"crypto/rsa.GenerateKey":                     {what: "the RSA primes", legacy: true},
	"crypto/rsa.GenerateMultiPrimeKey":           {what: "the RSA primes", legacy: true},
	"crypto/ecdsa.GenerateKey":                   {what: "the ECDSA private key", legacy: true},
	"crypto/ecdh.Curve.GenerateKey":              {what: "the ECDH private key", legacy: true},
	"crypto/rsa.EncryptPKCS1v15":                 {what: "the PKCS #1 v1.5 padding", legacy: true, category: analysisutil.LevelWarning},
	"crypto/dsa.Sign":                            {what: "the DSA per-signature secret k, from which the private key can be computed", legacy: true},
}

func (c *checker) readerSink(call *ast.CallExpr, arg ast.Expr, api *cryptoapi.Func) {
	use, ok := readerUses[api.ID()]
	if !ok || (use.legacy && !c.readerHonoured()) {
		return
	}
	obj := c.mathRandReader(arg)
	if obj == nil {
		return
	}
	var origin ast.Node
	if obj != arg {
		origin = obj
	}
	c.readerFinding(arg, api.String(), use, origin)
}

func (c *checker) readerFinding(arg ast.Node, api string, use readerUse, origin ast.Node) {
	f := c.findingAt(arg)
	if f.msg == "" {
		f.msg = fmt.Sprintf("%s uses a math/rand generator as its random source, so %s can be recomputed by anyone who "+
			"knows or guesses the generator's seed (CWE-338); pass crypto/rand.Reader", api, use.what)
		if use.legacy {
			f.msg += fmt.Sprintf(" (before Go 1.26, or with GODEBUG=cryptocustomrand=1, %s reads the reader it is given)", api)
		}
		f.category = use.category
		if origin != nil {
			f.related = append(f.related, relatedAt(c.pass, origin, "the math/rand generator is made here"))
		}
	}
	f.sinks++
}

func (c *checker) readerHonoured() bool {
	if c.customRand == nil {
		b := readerHonoured(c.pass)
		c.customRand = &b
	}
	return *c.customRand
}

// readerHonoured reports whether crypto/rsa, crypto/ecdsa and crypto/ecdh
// read the random source they are given: before Go 1.26, or when
// cryptocustomrand=1 is set by a //go:debug directive or a godebug line of
// go.mod (Go doc/godebug.md, "Go 1.26").
func readerHonoured(pass *analysis.Pass) bool {
	if v, ok := goVersion(pass); ok && before126(v) {
		return true
	}
	for _, f := range pass.Files {
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				if d, ok := strings.CutPrefix(cm.Text, "//go:debug "); ok && godebugSets(d, "cryptocustomrand", "1") {
					return true
				}
			}
		}
	}
	return goModGodebug(pass, "cryptocustomrand", "1")
}

// ---- Reporting.

func (c *checker) findingAt(node ast.Node) *finding {
	f := c.findings[node.Pos()]
	if f == nil {
		f = &finding{node: node}
		c.findings[node.Pos()] = f
	}
	return f
}

func (c *checker) add(at *ast.CallExpr, origin ast.Expr, s sink, path []ast.Node) {
	c.reported[s.node.Pos()] = true
	f := c.findingAt(at)
	if f.msg == "" || (s.table && !f.table) {
		// The first sink names the finding, a sink of the table rather
		// than one recognised by name.
		fn := analysisutil.Callee(c.pass.TypesInfo, at)
		name := "math/rand"
		if fn != nil {
			name = qualified(fn)
		}
		if origin == nil && fn != nil && fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && !isMathRand(fn) &&
			fn.Pkg().Path() != "crypto/rand" {
			f.msg = fmt.Sprintf("%s returns math/rand output, and it becomes the %s: math/rand output is predictable "+
				"(its state follows from the seed or from a few outputs), so the value can be guessed (CWE-338); make "+
				"it from crypto/rand", name, s.what)
		} else if origin != nil {
			f.msg = fmt.Sprintf("%s reads from a math/rand generator, and the result becomes the %s: math/rand output is "+
				"predictable (its state follows from the seed or from a few outputs), so the value can be guessed (CWE-338); "+
				"draw it from crypto/rand instead", name, s.what)
		} else {
			f.msg = fmt.Sprintf("%s makes the %s: math/rand output is predictable (its state follows from the seed or from "+
				"a few outputs), so the value can be guessed (CWE-338); draw it from crypto/rand (rand.Read, rand.Text, rand.Int)",
				name, s.what)
		}
		if origin != nil && !hasRelated(f.related, origin) {
			f.related = append(f.related, relatedAt(c.pass, origin, "the math/rand generator is made here"))
		}
		f.table = s.table
		if f.fix == nil {
			f.fix = c.readFix(at)
		}
	}
	if f.sinks < 3 && !hasRelated(f.related, s.node) {
		f.related = append(f.related, relatedAt(c.pass, s.node, "used as the "+s.what))
		f.sinks++
		// The way from the sink back to the call: returns, calls and
		// assignments on other lines.
		steps := 0
		for _, n := range path {
			if steps == 3 || within(at, n) || within(s.node, n) || within(n, s.node) || hasRelated(f.related, n) {
				continue
			}
			if c.sameLine(n, at) || c.relatedOnLine(f.related, n) {
				continue
			}
			switch n.(type) {
			case *ast.ReturnStmt, *ast.AssignStmt, *ast.CallExpr, *ast.ValueSpec, *ast.KeyValueExpr:
				f.related = append(f.related, relatedAt(c.pass, n, "the value flows through here"))
				steps++
			}
		}
	}
}

func (c *checker) sameLine(a, b ast.Node) bool {
	pa, pb := c.pass.Fset.Position(a.Pos()), c.pass.Fset.Position(b.Pos())
	return pa.Filename == pb.Filename && pa.Line == pb.Line
}

func (c *checker) relatedOnLine(rs []analysis.RelatedInformation, n ast.Node) bool {
	p := c.pass.Fset.Position(n.Pos())
	for _, r := range rs {
		if q := c.pass.Fset.Position(r.Pos); q.Filename == p.Filename && q.Line == p.Line {
			return true
		}
	}
	return false
}

func within(inner, outer ast.Node) bool {
	return outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}

func (c *checker) report() {
	fs := make([]*finding, 0, len(c.findings))
	for _, f := range c.findings {
		if f.msg != "" {
			fs = append(fs, f)
		}
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].node.Pos() < fs[j].node.Pos() })
	for _, f := range fs {
		c.pass.Report(analysis.Diagnostic{
			Pos:            f.node.Pos(),
			End:            f.node.End(),
			Category:       f.category,
			Message:        f.msg,
			Related:        f.related,
			SuggestedFixes: f.fix,
		})
	}
}

func relatedAt(pass *analysis.Pass, n ast.Node, msg string) analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: n.Pos(), End: n.End(), Message: msg}
}

// qualified names a function for messages: "rand.Intn", "(*rand.Rand).Read".
func qualified(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Name()
	}
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		ptr := ""
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t, ptr = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fmt.Sprintf("(%s%s.%s).%s", ptr, pkg, n.Obj().Name(), fn.Name())
		}
	}
	return pkg + "." + fn.Name()
}

func hasRelated(rs []analysis.RelatedInformation, n ast.Node) bool {
	for _, r := range rs {
		if r.Pos == n.Pos() {
			return true
		}
	}
	return false
}

func hasAny(ws []string, xs ...string) bool {
	for _, w := range ws {
		for _, x := range xs {
			if w == x {
				return true
			}
		}
	}
	return false
}

// alphabetIndex reports whether alphabet[i] depends on i: when the
// alphabet is a constant (a string constant, a literal of constants), a
// random index draws a random character.
func (c *checker) alphabetIndex(ix *ast.IndexExpr) bool {
	ls := c.objTr.Trace(ix.X)
	if len(ls) == 0 {
		return false
	}
	for _, l := range ls {
		if l.Kind != analysisutil.LeafConst || l.Value == nil {
			return false
		}
	}
	return true
}
