package kdf

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

//go:embed doc.go
var doc string

// Analyzer reports password hashing and key derivation with too little work.
var Analyzer = &analysis.Analyzer{
	Name:     "kdf",
	Doc:      analysisutil.MustExtractDoc(doc, "kdf"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/kdf.md",
	Requires: []*analysis.Analyzer{provenance.Analyzer},
	Run:      run,
}

// A call groups the sinks of one KDF call (or one wrapper call) by role.
type call struct {
	api   *cryptoapi.Func
	sinks map[cryptoapi.Role]*provenance.Sink
	first *provenance.Sink
}

func run(pass *analysis.Pass) (any, error) {
	if cryptoapi.IsCryptoPackage(pass.Pkg.Path()) {
		// The implementation of a KDF (scrypt calls PBKDF2 with one
		// iteration by design), not a use.
		return nil, nil
	}
	res := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
	type key struct {
		call ssa.CallInstruction
		api  *cryptoapi.Func
	}
	calls := make(map[key]*call)
	var order []*call
	for _, s := range res.Sinks {
		if s.API.Op != cryptoapi.Derive && s.API.Op != cryptoapi.PasswordHash {
			continue
		}
		k := key{s.Call, s.API}
		c := calls[k]
		if c == nil {
			c = &call{api: s.API, sinks: make(map[cryptoapi.Role]*provenance.Sink), first: s}
			calls[k] = c
			order = append(order, c)
		}
		c.sinks[s.Role] = s
	}
	for _, c := range order {
		// The work factor protects guessable input. PBKDF2 or scrypt
		// over a random key (a key-wrapping scheme) needs none.
		if highEntropy(c.sinks[cryptoapi.Password]) {
			continue
		}
		// The work factor decides the algorithm: the table gives each
		// KDF's parameters their roles.
		switch {
		case c.api.Has(cryptoapi.Iterations):
			checkPBKDF2(pass, res, c)
		case c.api.Has(cryptoapi.ScryptN):
			checkScrypt(pass, c)
		case c.api.Has(cryptoapi.Memory):
			checkArgon2(pass, c)
		case c.api.Has(cryptoapi.Cost):
			checkBcrypt(pass, c)
		}
		// Only password KDFs: HKDF legitimately derives short values
		// (nonces, IVs) from high-entropy keys. A short output used as
		// a nonce is not a key either.
		if c.api.Has(cryptoapi.Password) && !usedAsNonce(res, c) {
			checkKeyLen(pass, c)
		}
	}
	return nil, nil
}

// highEntropy reports whether the password of a KDF call is certainly
// random bytes (crypto/rand, or a hash of them) rather than a password.
func highEntropy(s *provenance.Sink) bool {
	if s == nil || len(s.Origins) == 0 {
		return false
	}
	for i := range s.Origins {
		o := &s.Origins[i]
		switch {
		case o.Kind == provenance.CryptoRand:
		case o.Kind == provenance.Derived && o.InputKinds().Only(provenance.CryptoRand):
		default:
			return false
		}
	}
	return true
}

// usedAsNonce reports whether the output of the KDF call reaches the
// nonce or IV of an encryption.
func usedAsNonce(res *provenance.Result, c *call) bool {
	pos := c.first.Call.Pos()
	for _, n := range res.SinksFor(cryptoapi.Nonce) {
		for i := range n.Origins {
			if o := &n.Origins[i]; o.Kind == provenance.Derived && o.Pos == pos {
				return true
			}
		}
	}
	return false
}

// value returns the largest value a parameter can have when every origin
// of it is an integer constant (the most favourable case: a cost chosen
// between a weak and a strong constant is not reported), with the origin
// that has it.
func value(c *call, role cryptoapi.Role) (int64, *provenance.Origin, bool) {
	s := c.sinks[role]
	if s == nil || !s.Origins.Only(provenance.Constant) {
		return 0, nil, false
	}
	var best *provenance.Origin
	for i := range s.Origins {
		o := &s.Origins[i]
		if !o.HasInt {
			return 0, nil, false
		}
		if best == nil || o.Int > best.Int {
			best = o
		}
	}
	return best.Int, best, true
}

// named returns " (NAME)" for a value read from a named constant,
// variable or field, for messages.
func named(os ...*provenance.Origin) string {
	var names []string
	for _, o := range os {
		if o != nil && o.Name != "" {
			names = append(names, o.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return " (" + strings.Join(names, ", ") + ")"
}

// where names the KDF in messages: "scrypt.Key", or "pbkdf2.Key (through
// kdfwrap.Derive)" for a wrapper call.
func where(c *call) string {
	if v := c.first.Via; v != "" {
		return fmt.Sprintf("%s (through %s)", c.api, analysisutil.ShortFuncName(v))
	}
	return c.api.String()
}

// report reports a finding at the call with the declarations of the
// values as related information.
func report(pass *analysis.Pass, c *call, category, msg string, fixes []analysis.SuggestedFix, values ...related) {
	d := analysis.Diagnostic{
		Pos:            c.first.Pos,
		End:            c.first.End,
		Category:       category,
		Message:        msg,
		SuggestedFixes: fixes,
	}
	line := pass.Fset.Position(c.first.Pos).Line
	seen := make(map[token.Pos]bool)
	for _, v := range values {
		if v.origin == nil {
			continue
		}
		pos := v.origin.Pos
		if !pos.IsValid() && len(v.origin.Path) > 0 {
			pos = v.origin.Path[0]
		}
		// A literal assigned to a local variable has no position of
		// its own: point at the variable.
		if s := c.sinks[v.role]; !pos.IsValid() && s != nil && s.ArgExpr != nil {
			if id, ok := ast.Unparen(s.ArgExpr).(*ast.Ident); ok {
				if obj, ok := pass.TypesInfo.Uses[id].(*types.Var); ok {
					pos = obj.Pos()
				}
			}
		}
		if !pos.IsValid() || seen[pos] || pass.Fset.Position(pos).Line == line && pass.Fset.File(pos) == pass.Fset.File(c.first.Pos) {
			continue
		}
		seen[pos] = true
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos, Message: v.what + " comes from here"})
	}
	pass.Report(d)
}

type related struct {
	what   string
	role   cryptoapi.Role
	origin *provenance.Origin
}

// ---- PBKDF2

func checkPBKDF2(pass *analysis.Pass, res *provenance.Result, c *call) {
	iter, o, ok := value(c, cryptoapi.Iterations)
	if !ok {
		return
	}
	hs := c.sinks[cryptoapi.Hash]
	if hs == nil {
		hs = innerSink(res, c, cryptoapi.Hash)
	}
	h := hashOf(res, hs)
	min, flag := 0, ""
	switch h.family {
	case "sha1":
		min, flag = pbkdf2SHA1, "pbkdf2-sha1"
	case "sha256":
		min, flag = pbkdf2SHA256, "pbkdf2-sha256"
	case "sha512":
		min, flag = pbkdf2SHA512, "pbkdf2-sha512"
	default:
		// The hash is not known: the smallest threshold applies.
		min, flag = pbkdf2SHA512, "pbkdf2-sha512"
		for _, t := range []struct {
			n int
			f string
		}{{pbkdf2SHA256, "pbkdf2-sha256"}, {pbkdf2SHA1, "pbkdf2-sha1"}} {
			if t.n < min {
				min, flag = t.n, t.f
			}
		}
	}
	if iter >= int64(min) {
		return
	}
	var msg string
	if h.name != "" {
		msg = fmt.Sprintf("PBKDF2-HMAC-%s with %d iterations%s in %s is fast to brute-force on GPUs; OWASP recommends at least %d "+
			"(set -kdf.%s to change the threshold)", h.name, iter, named(o), where(c), min, flag)
	} else {
		msg = fmt.Sprintf("PBKDF2 with %d iterations%s in %s is fast to brute-force on GPUs whatever the hash; OWASP recommends at least %d "+
			"even with HMAC-SHA512 (set -kdf.%s to change the threshold)", iter, named(o), where(c), min, flag)
	}
	report(pass, c, "", msg, nil, related{"the iteration count", cryptoapi.Iterations, o})
}

// innerSink returns, for a call of a wrapper of this package that fixes
// the argument in role itself, the sink of that role inside the wrapper
// when there is exactly one.
// TODO(provenance): wrapper facts could carry the constant roles, for
// wrappers of other packages too.
func innerSink(res *provenance.Result, c *call, role cryptoapi.Role) *provenance.Sink {
	if c.first.Via == "" {
		return nil
	}
	callee := c.first.Call.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	if o := callee.Origin(); o != nil {
		callee = o
	}
	var found *provenance.Sink
	for _, s := range res.Sinks {
		if s.Func == callee && s.API == c.api && s.Role == role {
			if found != nil {
				return nil
			}
			found = s
		}
	}
	return found
}

// hashInfo describes the hash of a PBKDF2 call.
type hashInfo struct {
	name   string // "SHA256", for messages
	family string // "sha1", "sha256" or "sha512": the threshold that applies
}

// hashes maps hash constructors to their PBKDF2 threshold family. SHA-224
// and SHA-384 cost the same per iteration as SHA-256 and SHA-512; MD5 is
// cheaper than SHA-1.
var hashes = map[string]hashInfo{
	"crypto/md5.New":           {"MD5", "sha1"},
	"crypto/sha1.New":          {"SHA1", "sha1"},
	"crypto/sha256.New":        {"SHA256", "sha256"},
	"crypto/sha256.New224":     {"SHA224", "sha256"},
	"crypto/sha512.New":        {"SHA512", "sha512"},
	"crypto/sha512.New384":     {"SHA384", "sha512"},
	"crypto/sha512.New512_224": {"SHA512/224", "sha512"},
	"crypto/sha512.New512_256": {"SHA512/256", "sha512"},
}

// cryptoHashes maps the names of crypto.Hash constants to the
// constructors above.
var cryptoHashes = map[string]string{
	"MD5":        "crypto/md5.New",
	"SHA1":       "crypto/sha1.New",
	"SHA224":     "crypto/sha256.New224",
	"SHA256":     "crypto/sha256.New",
	"SHA384":     "crypto/sha512.New384",
	"SHA512":     "crypto/sha512.New",
	"SHA512_224": "crypto/sha512.New512_224",
	"SHA512_256": "crypto/sha512.New512_256",
}

// hashOf resolves the hash constructor given to PBKDF2: sha256.New, a
// method value crypto.SHA256.New, or a function literal that returns one
// of them.
// TODO(provenance): the pass reports function values as Unknown; this
// reads the argument's SSA form until origins name the function.
func hashOf(res *provenance.Result, s *provenance.Sink) hashInfo {
	if s == nil {
		return hashInfo{}
	}
	return hashOfValue(res, s.Arg, 0)
}

func hashOfValue(res *provenance.Result, v ssa.Value, depth int) hashInfo {
	if depth > 4 || v == nil {
		return hashInfo{}
	}
	switch v := v.(type) {
	case *ssa.ChangeType:
		return hashOfValue(res, v.X, depth+1)
	case *ssa.MakeInterface:
		return hashOfValue(res, v.X, depth+1)
	case *ssa.Function:
		if obj, ok := v.Object().(*types.Func); ok && obj.Pkg() != nil {
			if h, ok := hashes[obj.Pkg().Path()+"."+obj.Name()]; ok {
				return h
			}
		}
		// A function literal or helper whose every return is a call of
		// a known constructor.
		var h hashInfo
		for _, b := range v.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || len(ret.Results) != 1 {
				continue
			}
			call, ok := ret.Results[0].(*ssa.Call)
			if !ok {
				return hashInfo{}
			}
			var g hashInfo
			if callee := call.Call.StaticCallee(); callee != nil {
				g = hashOfValue(res, callee, depth+1)
			} else {
				g = hashOfValue(res, call.Call.Value, depth+1)
			}
			if g.family == "" || (h.family != "" && g != h) {
				return hashInfo{}
			}
			h = g
		}
		return h
	case *ssa.MakeClosure:
		// crypto.SHA256.New: a bound method of crypto.Hash.
		fn, ok := v.Fn.(*ssa.Function)
		if !ok || len(v.Bindings) != 1 {
			return hashInfo{}
		}
		obj, ok := fn.Object().(*types.Func)
		if !ok || !analysisutil.IsMethod(obj, "crypto", "Hash", "New") {
			return hashInfo{}
		}
		n, ok := res.Origins(v.Bindings[0]).Int()
		if !ok {
			return hashInfo{}
		}
		return hashes[cryptoHashes[cryptoHashName(obj.Pkg(), n)]]
	}
	return hashInfo{}
}

// cryptoHashName returns the name of the crypto.Hash constant with value
// n ("SHA256"), or "".
func cryptoHashName(crypto *types.Package, n int64) string {
	for name := range cryptoHashes {
		if c, ok := crypto.Scope().Lookup(name).(*types.Const); ok {
			if v, ok := constant.Int64Val(constant.ToInt(c.Val())); ok && v == n {
				return name
			}
		}
	}
	return ""
}

// ---- scrypt

func checkScrypt(pass *analysis.Pass, c *call) {
	n, on, ok1 := value(c, cryptoapi.ScryptN)
	r, or, ok2 := value(c, cryptoapi.ScryptR)
	p, op, ok3 := value(c, cryptoapi.ScryptP)
	if !ok1 || !ok2 || !ok3 || n <= 0 || r <= 0 || p <= 0 {
		return
	}
	// Memory and work grow with N·r (RFC 7914 §2): N at r=8 is N·r/8.
	eff := n * r / 8
	for _, min := range scryptParams {
		if eff >= min.a && p >= min.b {
			return
		}
	}
	msg := fmt.Sprintf("scrypt with N=%d, r=%d, p=%d%s in %s uses too little memory and work to resist GPU cracking; "+
		"OWASP recommends one of %s (set -kdf.scrypt-params to change the thresholds)",
		n, r, p, named(on, or, op), where(c), scryptParams.describe("N=%d r=8 p=%d"))
	report(pass, c, "", msg, nil, related{"N", cryptoapi.ScryptN, on}, related{"r", cryptoapi.ScryptR, or}, related{"p", cryptoapi.ScryptP, op})
}

// ---- Argon2

func checkArgon2(pass *analysis.Pass, c *call) {
	t, ot, ok := value(c, cryptoapi.Time)
	if !ok {
		return
	}
	if c.api.ID() == argon2i {
		if t >= int64(argon2iTime) {
			return
		}
		msg := fmt.Sprintf("Argon2i with t=%d%s in %s is too cheap: Argon2i needs at least %d passes over memory; "+
			"prefer Argon2id (argon2.IDKey) with OWASP's parameters (set -kdf.argon2i-time to change the threshold)",
			t, named(ot), where(c), argon2iTime)
		report(pass, c, "", msg, nil, related{"t", cryptoapi.Time, ot})
		return
	}
	m, om, ok := value(c, cryptoapi.Memory)
	if !ok {
		return
	}
	for _, min := range argon2idParams {
		if m >= min.a && t >= min.b {
			return
		}
	}
	msg := fmt.Sprintf("Argon2id with t=%d and m=%d KiB%s in %s uses too little memory and time to resist GPU cracking; "+
		"OWASP recommends one of %s (set -kdf.argon2id-params to change the thresholds)",
		t, m, named(ot, om), where(c), argon2idParams.describe("m=%d KiB t=%d"))
	report(pass, c, "", msg, nil, related{"t", cryptoapi.Time, ot}, related{"m", cryptoapi.Memory, om})
}

// argon2i is the table ID of Argon2i; argon2.IDKey is Argon2id.
const argon2i = "golang.org/x/crypto/argon2.Key"

// ---- bcrypt

// bcryptMinCost is bcrypt.MinCost: GenerateFromPassword replaces a lower
// cost with bcrypt.DefaultCost.
const bcryptMinCost = 4

func checkBcrypt(pass *analysis.Pass, c *call) {
	cost, o, ok := value(c, cryptoapi.Cost)
	if !ok || cost < bcryptMinCost || cost >= int64(bcryptCost) {
		return
	}
	msg := fmt.Sprintf("bcrypt cost %d%s in %s is fast to brute-force on GPUs; OWASP recommends at least %d "+
		"(bcrypt.DefaultCost is 10; set -kdf.bcrypt-cost to change the threshold)", cost, named(o), where(c), bcryptCost)
	report(pass, c, "", msg, bcryptFix(pass, c), related{"the cost", cryptoapi.Cost, o})
}

// bcryptFix replaces a literal cost in a direct call with DefaultCost.
func bcryptFix(pass *analysis.Pass, c *call) []analysis.SuggestedFix {
	s := c.sinks[cryptoapi.Cost]
	if s.Via != "" || s.Expr == nil || s.ArgExpr == nil || bcryptCost > 10 {
		return nil
	}
	if _, ok := ast.Unparen(s.ArgExpr).(*ast.BasicLit); !ok {
		return nil
	}
	sel, ok := ast.Unparen(s.Expr.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if _, ok := pass.TypesInfo.Uses[id].(*types.PkgName); !ok {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message: "Use bcrypt.DefaultCost",
		TextEdits: []analysis.TextEdit{{
			Pos:     s.ArgExpr.Pos(),
			End:     s.ArgExpr.End(),
			NewText: []byte(id.Name + ".DefaultCost"),
		}},
	}}
}

// ---- derived key length

func checkKeyLen(pass *analysis.Pass, c *call) {
	n, o, ok := value(c, cryptoapi.KeyLen)
	if !ok || n <= 0 || n >= int64(minKeyLen) {
		return
	}
	category := analysisutil.LevelWarning
	if n < int64(minKeyLenError) {
		category = ""
	}
	msg := fmt.Sprintf("%s derives a key of %d bytes (%d bits)%s, short enough to brute-force whatever the work factor; "+
		"derive at least %d bytes (NIST SP 800-132, FIPS 140-3 IG C.M: at least 112 bits; set -kdf.min-keylen to change the threshold)",
		where(c), n, 8*n, named(o), minKeyLen)
	report(pass, c, category, msg, nil, related{"the key length", cryptoapi.KeyLen, o})
}
