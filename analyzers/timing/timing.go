package timing

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

//go:embed doc.go
var doc string

// Analyzer reports secrets compared in variable time.
var Analyzer = &analysis.Analyzer{
	Name:     "timing",
	Doc:      analysisutil.MustExtractDoc(doc, "timing"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/timing.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// comparison is one variable-time comparison of two operands.
type comparison struct {
	node ast.Node // the binary expression, the call or the case expression
	x, y ast.Expr
	how  string        // "==", "bytes.Equal", ...
	call *ast.CallExpr // the call, for bytes.Equal and friends

	// test is the boolean expression that tells whether the operands are
	// equal (x == y, bytes.Equal(x, y), strings.Compare(x, y) != 0), and
	// unequal its value when they differ; invalid for a switch case.
	test    inspector.Cursor
	unequal bool

	clause *ast.CaseClause // the case clause, for a switch case
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	info := pass.TypesInfo
	var cands []comparison
	for cur := range in.Root().Preorder((*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil), (*ast.SwitchStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				cands = append(cands, comparison{node: n, x: n.X, y: n.Y, how: n.Op.String(), test: cur, unequal: n.Op == token.NEQ})
			}
		case *ast.CallExpr:
			fn := analysisutil.Callee(info, n)
			if len(n.Args) != 2 || fn == nil {
				continue
			}
			test, unequal := cur, false // bytes.Equal(a, b) is false when they differ
			if analysisutil.IsFunc(fn, "bytes", "Compare") || analysisutil.IsFunc(fn, "strings", "Compare") {
				// Compare(a, b) == 0 is an equality test; Compare(a, b) < 0
				// orders (a counter, a sort) and compares nothing secret.
				var ok bool
				if test, unequal, ok = equalityWithZero(pass, cur); !ok {
					continue
				}
			}
			if analysisutil.IsFunc(fn, "bytes", "Equal", "Compare", "EqualFold") ||
				analysisutil.IsFunc(fn, "strings", "Compare", "EqualFold") ||
				analysisutil.IsFunc(fn, "slices", "Equal") {
				cands = append(cands, comparison{node: n, x: n.Args[0], y: n.Args[1], how: fn.Pkg().Name() + "." + fn.Name(), call: n,
					test: test, unequal: unequal})
			}
		case *ast.SwitchStmt:
			// switch got { case want: } compares got with each case.
			if n.Tag == nil {
				continue
			}
			for _, st := range n.Body.List {
				cc := st.(*ast.CaseClause)
				for _, e := range cc.List {
					cands = append(cands, comparison{node: e, x: n.Tag, y: e, how: "switch", clause: cc})
				}
			}
		}
	}
	c := &checker{pass: pass}
	var todo []comparison
	for _, cmp := range cands {
		if c.candidate(cmp) {
			todo = append(todo, cmp)
		}
	}
	if len(todo) == 0 {
		return nil, nil
	}
	c.flow = analysisutil.NewFlow(info, pass.Pkg, in)
	c.tr = c.flow.NewTracer(analysisutil.TraceOptions{Contents: true})
	c.objTr = c.flow.NewTracer(analysisutil.TraceOptions{})
	// The comparisons of one case clause make one finding.
	for i := 0; i < len(todo); {
		j := i + 1
		for todo[i].clause != nil && j < len(todo) && todo[j].clause == todo[i].clause {
			j++
		}
		c.check(todo[i:j])
		i = j
	}
	return nil, nil
}

// equalityWithZero reports whether the call at cur is compared with 0 by
// == or != (strings.Compare(a, b) == 0), and returns that comparison and
// its value when the compared operands differ.
func equalityWithZero(pass *analysis.Pass, cur inspector.Cursor) (test inspector.Cursor, unequal, ok bool) {
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				return test, false, false
			}
			other := n.X
			if ast.Unparen(other) == cur.Node() || other.Pos() == cur.Node().Pos() {
				other = n.Y
			}
			v, isInt := analysisutil.ConstInt(pass.TypesInfo, other)
			return p, n.Op == token.NEQ, isInt && v == 0
		}
		return test, false, false
	}
	return test, false, false
}

type checker struct {
	pass  *analysis.Pass
	flow  *analysisutil.Flow
	tr    *analysisutil.Tracer
	objTr *analysisutil.Tracer
}

// candidate reports whether a comparison has two non-constant operands of
// a type that can hold a secret: strings, byte slices and byte arrays.
func (c *checker) candidate(cmp comparison) bool {
	info := c.pass.TypesInfo
	for _, e := range []ast.Expr{cmp.x, cmp.y} {
		tv, ok := info.Types[e]
		if !ok || tv.IsNil() {
			return false
		}
		if tv.Value != nil && !secretConst(info, e) {
			return false // "", "hmac-sha256": public
		}
		if !secretType(tv.Type) {
			return false
		}
	}
	return true
}

// secretConst reports whether e names a constant whose name says secret:
// const adminToken = "...".
func secretConst(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	k, ok := info.Uses[id].(*types.Const)
	if !ok {
		return false
	}
	cls := analysisutil.ClassifyName(k.Name())
	return cls.Secret && !cls.Code
}

func secretType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte && u.Len() >= 8
	}
	return false
}

// A secret says why an operand is secret.
type secret struct {
	what   string   // "an HMAC", "hash of a password", "the API key"
	mac    bool     // a MAC or signature: hmac.Equal is the fix
	origin ast.Node // where the secret is made or named, for a related location
}

// check reports the comparisons of one finding: one comparison, or those
// of one case clause.
func (c *checker) check(cmps []comparison) {
	var (
		found []comparison
		named []string // "apiKey (API key)", once each
		first secret
		fix   string
	)
	for _, cmp := range cmps {
		s, operand, ok := c.secretComparison(cmp)
		if !ok {
			continue
		}
		if len(found) == 0 {
			first, fix = s, c.fixFor(cmp, s)
		}
		found = append(found, cmp)
		if n := shorten(types.ExprString(operand)) + " (" + s.what + ")"; !slices.Contains(named, n) {
			named = append(named, n)
		}
	}
	if len(found) == 0 {
		return
	}
	cmp := found[0]
	how := cmp.how
	switch how {
	case "==", "!=":
		how = "the " + how + " operator"
	case "switch":
		how = "a switch case"
	}
	what := named[len(named)-1]
	if len(named) > 1 {
		what = strings.Join(named[:len(named)-1], ", ") + " and " + what
	}
	d := analysis.Diagnostic{
		Pos: cmp.node.Pos(),
		End: found[len(found)-1].node.End(),
		Message: fmt.Sprintf("%s compares %s in variable time: it stops at the first differing byte, so an attacker "+
			"who measures response times can recover the expected value byte by byte (CWE-208); use %s",
			how, what, fix),
	}
	if first.origin != nil && c.pass.Fset.Position(first.origin.Pos()).Line != c.pass.Fset.Position(cmp.node.Pos()).Line {
		d.Related = []analysis.RelatedInformation{{Pos: first.origin.Pos(), End: first.origin.End(), Message: "the secret comes from here"}}
	}
	if cmp.call != nil {
		d.SuggestedFixes = c.equalFix(cmp)
	}
	c.pass.Report(d)
}

// secretComparison reports whether a comparison compares a secret that a
// guess can be measured against, and returns why and the operand that is
// secret.
func (c *checker) secretComparison(cmp comparison) (secret, ast.Expr, bool) {
	sx, rx := c.secret(cmp.x)
	sy, ry := c.secret(cmp.y)
	if rx == 0 && ry == 0 {
		return secret{}, nil, false
	}
	// Both sides constant-like (only constants behind them): public.
	if c.constant(cmp.x) || c.constant(cmp.y) {
		return secret{}, nil, false
	}
	if c.confirmation(cmp.x) || c.confirmation(cmp.y) {
		return secret{}, nil, false // password == confirmPassword: two inputs of the same user
	}
	if fx, fy := c.fieldOf(cmp.x), c.fieldOf(cmp.y); fx != nil && fx == fy {
		return secret{}, nil, false // old.Password != new.Password: a change of a stored value, not a check of a guess
	}
	if c.updateIfChanged(cmp) {
		return secret{}, nil, false // if cfg.Password != p { cfg.SetPassword(p) }: an update, not a check
	}
	if ry > rx {
		return sy, cmp.y, true
	}
	return sx, cmp.x, true
}

// fixFor says what to compare with instead.
func (c *checker) fixFor(cmp comparison, s secret) string {
	if _, isStr := c.pass.TypesInfo.TypeOf(cmp.x).Underlying().(*types.Basic); isStr {
		return "subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1"
	}
	if s.mac {
		return "hmac.Equal"
	}
	return "hmac.Equal or subtle.ConstantTimeCompare"
}

// fieldOf returns the field an operand selects (x.f, string(x.f)), or nil.
func (c *checker) fieldOf(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr: // a conversion
			if tv, ok := c.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			return nil
		case *ast.SliceExpr:
			e = x.X
			continue
		case *ast.SelectorExpr:
			if f := analysisutil.SelectedField(c.pass.TypesInfo, x); f != nil {
				return f.Origin()
			}
		}
		return nil
	}
}

// confirmWords mark the second entry of a password typed twice.
var confirmWords = map[string]bool{"confirm": true, "confirmation": true, "confirmed": true, "repeat": true,
	"repeated": true, "again": true, "retype": true, "retyped": true, "twice": true}

// confirmation reports whether an operand is named as the confirmation
// of a value typed twice.
func (c *checker) confirmation(e ast.Expr) bool {
	for _, l := range c.tr.Trace(e) {
		for i, n := range l.Names {
			if i >= 3 {
				break
			}
			for _, w := range analysisutil.Words(n) {
				if confirmWords[w] {
					return true
				}
			}
		}
	}
	return false
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

// constant reports whether every value behind e is a constant (an
// algorithm name in a variable, a fixed prefix) that is not named as a
// secret.
func (c *checker) constant(e ast.Expr) bool {
	ls := c.tr.Trace(e)
	if len(ls) == 0 {
		return false
	}
	for _, l := range ls {
		if l.Kind != analysisutil.LeafConst {
			return false
		}
		if l.Obj != nil && analysisutil.ClassifyName(l.Obj.Name()).Secret {
			return false // const adminToken = "...": a hard-coded secret, still a secret
		}
	}
	return true
}

// secret reports whether an operand is a secret, and how sure it is: by
// provenance (3: the output of an HMAC or another MAC, a signature, a KDF
// or password hash, a hash of a password), by the name of a variable,
// field or parameter it passed through (2: API key, token, secret, CSRF
// token, signature, MAC, password), or by the header or form key it was
// read with (1: Header.Get("X-API-Key")). 0: not a secret.
func (c *checker) secret(e ast.Expr) (secret, int) {
	ls := c.tr.Trace(e)
	for _, l := range ls {
		if s, ok := c.provenance(l, 0); ok {
			return s, 3
		}
	}
	for _, keys := range []bool{false, true} {
		for _, l := range ls {
			if l.Kind == analysisutil.LeafConst && l.Obj == nil {
				continue
			}
			names := l.Names
			if len(names) > maxNameHops {
				names = names[:maxNameHops] // names far from the operand say little about it
			}
			if keys {
				names = l.Keys
			}
			for j, n := range names {
				if !keys && analysisutil.SpelledOut(n, names[:j]) {
					continue // sigs returned as signers: a list of signers
				}
				if s, ok := secretByName(n); ok {
					s.origin = l.Expr
					if keys {
						return s, 1
					}
					return s, 2
				}
			}
		}
	}
	return secret{}, 0
}

// maxNameHops is how many variables, fields or parameters away from the
// operand a name still describes it (got := s.apiKey: two).
const maxNameHops = 2

// secretByName classifies one name.
func secretByName(n string) (secret, bool) {
	if analysisutil.IsPasswordName(n) {
		return secret{what: "password"}, true
	}
	if analysisutil.IsMACName(n) {
		return secret{what: "MAC or signature", mac: true}, true
	}
	cls := analysisutil.ClassifyName(n)
	if !cls.Secret || cls.Code {
		return secret{}, false
	}
	switch cls.Word {
	case "nonce", "salt", "IV":
		return secret{}, false // public by design
	}
	return secret{what: cls.Word}, true
}

// provenance reports whether a leaf is a secret by where it comes from.
func (c *checker) provenance(l analysisutil.Leaf, depth int) (secret, bool) {
	if depth > 2 || (l.Kind != analysisutil.LeafCall && l.Kind != analysisutil.LeafFill) || l.Callee == nil {
		return secret{}, false
	}
	fn := l.Callee
	api := cryptoapi.Lookup(fn)
	switch {
	case api != nil && api.Op == cryptoapi.MACOp:
		return secret{what: "MAC computed by " + api.String(), mac: true, origin: l.Call}, true
	case api != nil && api.Op == cryptoapi.Sign:
		return secret{what: "signature computed by " + api.String(), mac: true, origin: l.Call}, true
	case api != nil && api.Op == cryptoapi.PasswordHash,
		api != nil && api.Op == cryptoapi.Derive && api.Has(cryptoapi.Password):
		return secret{what: "password hash computed by " + api.String(), origin: l.Call}, true
	case api != nil && api.Op == cryptoapi.Derive:
		return secret{what: "key derived by " + api.String(), origin: l.Call}, true
	case api != nil && api.Op == cryptoapi.HashOp && fn.Name() == "Sum" && analysisutil.IsMethod(fn, "hash", "Hash", "Sum"):
		// h.Sum(nil): what is h?
		recv := c.flow.Receiver(l.Call)
		if recv == nil {
			return secret{}, false
		}
		for _, o := range c.objTr.Trace(recv) {
			if o.Kind != analysisutil.LeafCall || o.Callee == nil {
				continue
			}
			oa := cryptoapi.Lookup(o.Callee)
			if oa == nil || oa.Op != cryptoapi.NewCipher || !oa.Has(cryptoapi.Key) {
				continue
			}
			key := c.flow.CallArg(o.Call, oa.ParamsWith(cryptoapi.Key)[0])
			if isNil(c.pass.TypesInfo, key) || c.namedSalt(key) {
				continue // unkeyed BLAKE2, or a hash salted through the key (hashed known_hosts)
			}
			return secret{what: "MAC computed with " + oa.String(), mac: true, origin: o.Call}, true
		}
		// A plain hash (sha256.New()): secret when a password, or a
		// secret by provenance, is written into it.
		if obj := c.assignedObject(recv); obj != nil {
			return c.hashOf(c.tr.Contents(obj), depth, l.Call)
		}
	case api != nil && api.Op == cryptoapi.HashOp && api.Has(cryptoapi.Message):
		// sha256.Sum256(x)
		arg := c.flow.CallArg(l.Call, api.ParamsWith(cryptoapi.Message)[0])
		if arg != nil {
			return c.hashOf(c.tr.Trace(arg), depth, l.Call)
		}
	}
	return secret{}, false
}

// hashOf reports whether a hash of the given inputs is a secret: a hash of
// a password, or of a secret by provenance.
func (c *checker) hashOf(inputs []analysisutil.Leaf, depth int, at ast.Node) (secret, bool) {
	for _, in := range inputs {
		if in.Kind == analysisutil.LeafConst && in.Obj == nil {
			continue
		}
		for _, n := range in.Names {
			if analysisutil.IsPasswordName(n) {
				return secret{what: "hash of a password", origin: at}, true
			}
		}
		if s, ok := c.provenance(in, depth+1); ok {
			return secret{what: "hash of a " + s.what, mac: s.mac, origin: at}, true
		}
	}
	return secret{}, false
}

// namedSalt reports whether a MAC key is named as a salt: HMAC keyed with
// a salt is a salted hash (hashed known_hosts entries), not a MAC.
func (c *checker) namedSalt(key ast.Expr) bool {
	for _, l := range c.tr.Trace(key) {
		for i, n := range l.Names {
			if i < maxNameHops && analysisutil.ClassifyName(n).Word == "salt" {
				return true
			}
		}
	}
	return false
}

// assignedObject returns the variable or field an expression denotes.
func (c *checker) assignedObject(e ast.Expr) types.Object {
	obj, elem := c.flow.Target(e)
	if elem {
		return nil
	}
	return obj
}

func isNil(info *types.Info, e ast.Expr) bool {
	if e == nil {
		return true
	}
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}
