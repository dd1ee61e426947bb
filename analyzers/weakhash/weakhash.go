package weakhash

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

//go:embed doc.go
var doc string

// Analyzer reports MD4, MD5, SHA-1 and RIPEMD-160 used where security depends on them.
var Analyzer = &analysis.Analyzer{
	Name:     "weakhash",
	Doc:      analysisutil.MustExtractDoc(doc, "weakhash"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/weakhash.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

const xcrypto = "golang.org/x/crypto/"

// constructors are the weak hash functions, by package path, with the
// hash's name for messages.
var constructors = map[string]string{
	"crypto/md5":          "MD5",
	"crypto/sha1":         "SHA-1",
	xcrypto + "md4":       "MD4",
	xcrypto + "ripemd160": "RIPEMD-160",
}

// weakHashes are the crypto.Hash constants of weak hashes.
var weakHashes = map[string]string{"MD4": "MD4", "MD5": "MD5", "SHA1": "SHA-1", "MD5SHA1": "MD5+SHA-1", "RIPEMD160": "RIPEMD-160"}

// weakSigAlgs are the x509.SignatureAlgorithm constants with a weak hash.
var weakSigAlgs = map[string]string{"MD2WithRSA": "MD2", "MD5WithRSA": "MD5", "SHA1WithRSA": "SHA-1",
	"DSAWithSHA1": "SHA-1", "ECDSAWithSHA1": "SHA-1"}

// signerOpts lists the signing methods whose crypto.SignerOpts parameter
// names the hash (index of the opts parameter).
var signerOpts = map[string]int{
	"crypto.Signer.Sign":               2,
	"crypto.MessageSigner.SignMessage": 2,
	"crypto.SignMessage":               3,
	"crypto/rsa.PrivateKey.Sign":       2,
	"crypto/ecdsa.PrivateKey.Sign":     2,
	"crypto/ed25519.PrivateKey.Sign":   2,
}

func run(pass *analysis.Pass) (any, error) {
	if !importsWeak(pass.Pkg) {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	flow := analysisutil.NewFlow(pass.TypesInfo, pass.Pkg, in)
	c := &checker{
		pass:     pass,
		flow:     flow,
		tr:       flow.NewTracer(analysisutil.TraceOptions{Contents: true}),
		objTr:    flow.NewTracer(analysisutil.TraceOptions{}),
		findings: make(map[token.Pos]*finding),
	}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil),
		(*ast.BinaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(n)
		case *ast.CompositeLit:
			c.template(n)
		case *ast.AssignStmt:
			c.templateAssign(n)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				c.comparison(n, n.X, n.Y)
			}
		}
	}
	c.report()
	return nil, nil
}

func importsWeak(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if _, ok := constructors[imp.Path()]; ok {
			return true
		}
		switch imp.Path() {
		case "crypto", "crypto/x509":
			return true
		}
	}
	return false
}

type checker struct {
	pass     *analysis.Pass
	flow     *analysisutil.Flow
	tr       *analysisutil.Tracer // values, with what is written into hashes and buffers
	objTr    *analysisutil.Tracer // objects: which hash a variable holds
	findings map[token.Pos]*finding
}

type finding struct {
	node     ast.Node
	msg      string
	category string
	related  []analysis.RelatedInformation
}

func (c *checker) call(call *ast.CallExpr) {
	info := c.pass.TypesInfo
	fn := analysisutil.Callee(info, call)
	if fn == nil {
		return
	}
	api := cryptoapi.Lookup(fn)
	// Signatures over a weak digest, named by a crypto.Hash argument.
	if api != nil && (api.Op == cryptoapi.Sign || api.Op == cryptoapi.Verify) {
		for _, i := range api.ParamsWith(cryptoapi.Hash) {
			if arg := c.flow.CallArg(call, i); arg != nil {
				c.signatureHash(call, api.String(), api.Op == cryptoapi.Verify, arg)
			}
		}
		// ECDSA signs a digest the caller computed: is it a weak one?
		if !api.Has(cryptoapi.Hash) && (api.Pkg == "crypto/ecdsa" || api.Pkg == "crypto/dsa") {
			for _, i := range api.ParamsWith(cryptoapi.Message) {
				if arg := c.flow.CallArg(call, i); arg != nil {
					c.signedDigest(api.String(), api.Op == cryptoapi.Verify, arg)
				}
			}
		}
	}
	if i, ok := signerOpts[funcID(fn)]; ok {
		if arg := c.flow.CallArg(call, i); arg != nil {
			c.signatureHash(call, funcName(fn), false, arg)
		}
	}
	// Keys derived by hashing a secret with a weak hash.
	if api != nil && api.Op != cryptoapi.ParseKey {
		for _, i := range api.ParamsWith(cryptoapi.Key) {
			if arg := c.flow.CallArg(call, i); arg != nil {
				c.derivedKey(api.String(), arg)
			}
		}
	}
	// Password hashing with a weak hash.
	if name, ok := c.weakConstructor(call, fn); ok {
		c.passwordHash(call, name)
	}
	// Comparisons of a weak digest of downloaded data.
	switch {
	case analysisutil.IsFunc(fn, "bytes", "Equal", "Compare", "EqualFold"),
		analysisutil.IsFunc(fn, "strings", "Compare", "EqualFold"),
		analysisutil.IsFunc(fn, "crypto/hmac", "Equal"),
		analysisutil.IsFunc(fn, "crypto/subtle", "ConstantTimeCompare"):
		if len(call.Args) == 2 {
			c.comparison(call, call.Args[0], call.Args[1])
		}
	}
}

func funcID(fn *types.Func) string {
	if fn.Pkg() == nil { // the universe's error.Error
		return fn.Name()
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		return fn.Pkg().Path() + "." + analysisutil.ReceiverName(sig.Recv().Type()) + "." + fn.Name()
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

func funcName(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		return fn.Pkg().Name() + "." + analysisutil.ReceiverName(sig.Recv().Type()) + "." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// ---- Signatures.

// signatureHash reports a crypto.Hash (or SignerOpts) argument of a
// signing or verifying call that can be a weak hash.
func (c *checker) signatureHash(call *ast.CallExpr, api string, verify bool, arg ast.Expr) {
	leaves := c.objTr.Trace(arg)
	if c.agile(leaves, "crypto", "Hash", weakHashes) {
		return
	}
	for _, l := range leaves {
		name, ok := c.weakHashConst(l)
		if !ok {
			continue
		}
		f := c.findingAt(arg)
		if f.msg != "" {
			return
		}
		if verify {
			f.msg = fmt.Sprintf("%s accepts %s signatures: %s, so a signature obtained on one message can be presented "+
				"for a colliding one (CWE-328); accept only SHA-256 or stronger once legacy signatures are gone",
				api, name, attacks(name))
			f.category = analysisutil.LevelWarning
		} else {
			f.msg = fmt.Sprintf("%s signs a %s digest: %s, so a signature on one document is valid for a colliding "+
				"forgery (CWE-328; NIST SP 800-131A Rev 2 disallows it for signature generation); use crypto.SHA256 or "+
				"stronger", api, name, attacks(name))
		}
		if l.Expr != nil && !within(l.Expr, arg) {
			f.related = append(f.related, related(l.Expr, name+" is chosen here"))
		}
		return
	}
}

// signedDigest reports a digest signed by ECDSA or DSA that a weak hash
// computed, at the hash.
func (c *checker) signedDigest(api string, verify bool, arg ast.Expr) {
	for _, l := range c.tr.Trace(arg) {
		ctor, name, ok := c.weakDigest(l)
		if !ok {
			continue
		}
		f := c.findingAt(ctor)
		if f.msg == "" {
			f.msg = fmt.Sprintf("%s computes the digest that %s signs: %s, so a signature on one document is valid "+
				"for a colliding forgery (CWE-328); hash with SHA-256 or stronger", name, api, attacks(name))
			if verify {
				f.category = analysisutil.LevelWarning
			}
			f.related = append(f.related, related(arg, "signed here"))
		}
	}
}

// weakHashConst reports whether a leaf is a constant crypto.Hash naming a
// weak hash.
func (c *checker) weakHashConst(l analysisutil.Leaf) (string, bool) {
	if l.Kind != analysisutil.LeafConst || l.Value == nil || l.Value.Kind() != constant.Int {
		return "", false
	}
	t := c.pass.TypesInfo.TypeOf(l.Expr)
	if !analysisutil.IsNamedType(t, "crypto", "Hash") {
		return "", false
	}
	return constName(t, l.Value, weakHashes)
}

// agile reports whether the values that leaves can take include a
// constant of the named type (crypto.Hash, x509.SignatureAlgorithm) that
// is not one of the weak ones: the algorithm is chosen at run time among
// several, by a protocol's negotiation or by the data (SSH's ssh-rsa next
// to rsa-sha2-256, a JWS "alg" header). The weak choice is then the
// peer's or the format's, not the program's, and is not reported.
func (c *checker) agile(leaves []analysisutil.Leaf, pkg, typ string, weak map[string]string) bool {
	for _, l := range leaves {
		if l.Kind != analysisutil.LeafConst || l.Value == nil || l.Value.Kind() != constant.Int {
			continue
		}
		t := c.pass.TypesInfo.TypeOf(l.Expr)
		if !analysisutil.IsNamedType(t, pkg, typ) {
			continue
		}
		if _, isWeak := constName(t, l.Value, weak); !isWeak {
			return true
		}
	}
	return false
}

// constName returns the description of the constant of t's package whose
// name is in names and whose value is v.
func constName(t types.Type, v constant.Value, names map[string]string) (string, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", false
	}
	scope := n.Obj().Pkg().Scope()
	for name, desc := range names {
		if k, ok := scope.Lookup(name).(*types.Const); ok && constant.Compare(k.Val(), token.EQL, v) {
			return desc, true
		}
	}
	return "", false
}

// attacks says what breaks a weak hash, for messages.
func attacks(name string) string {
	switch name {
	case "MD5":
		return "MD5 collisions take seconds and chosen-prefix collisions are practical (RFC 6151; Flame forged a " +
			"Microsoft code-signing certificate with one in 2012)"
	case "SHA-1", "MD5+SHA-1":
		return "SHA-1 collisions are practical (SHAttered, 2017) and so are chosen-prefix collisions (2020; RFC 6194 " +
			"has the earlier analysis)"
	case "MD4":
		return "MD4 collisions are found by hand (RFC 6150 moved MD4 to Historic)"
	case "MD2":
		return "MD2 is broken (RFC 6149 moved it to Historic)"
	case "RIPEMD-160":
		return "RIPEMD-160 offers at most 80-bit collision resistance and is not approved by NIST (SP 800-131A Rev 2)"
	}
	return name + " is broken"
}

// ---- Certificate templates.

var templateTypes = []string{"Certificate", "CertificateRequest", "RevocationList"}

func isTemplate(t types.Type) bool {
	for _, name := range templateTypes {
		if analysisutil.IsNamedType(t, "crypto/x509", name) {
			return true
		}
	}
	return false
}

func (c *checker) template(lit *ast.CompositeLit) {
	if !isTemplate(c.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && analysisutil.FieldName(kv) == "SignatureAlgorithm" {
			c.signatureAlgorithm(kv, kv.Value, c.pass.TypesInfo.TypeOf(lit))
		}
	}
}

func (c *checker) templateAssign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "SignatureAlgorithm" {
			continue
		}
		if t := c.pass.TypesInfo.TypeOf(sel.X); isTemplate(t) {
			c.signatureAlgorithm(as, as.Rhs[i], t)
		}
	}
}

func (c *checker) signatureAlgorithm(node ast.Node, value ast.Expr, tmpl types.Type) {
	leaves := c.objTr.Trace(value)
	if c.agile(leaves, "crypto/x509", "SignatureAlgorithm", weakSigAlgs) {
		return
	}
	for _, l := range leaves {
		if l.Kind != analysisutil.LeafConst || l.Value == nil {
			continue
		}
		t := c.pass.TypesInfo.TypeOf(l.Expr)
		if !analysisutil.IsNamedType(t, "crypto/x509", "SignatureAlgorithm") {
			continue
		}
		hash, ok := constName(t, l.Value, weakSigAlgs)
		if !ok {
			continue
		}
		what := "certificate"
		if n, ok := types.Unalias(derefType(tmpl)).(*types.Named); ok {
			switch n.Obj().Name() {
			case "CertificateRequest":
				what = "certificate request"
			case "RevocationList":
				what = "revocation list"
			}
		}
		f := c.findingAt(node)
		if f.msg == "" {
			f.msg = fmt.Sprintf("the %s is signed with %s (%s): %s, and a chosen-prefix collision forged a rogue CA "+
				"certificate in 2008, so a colliding certificate inherits the signature (CWE-328; the CA/Browser Forum "+
				"and NIST SP 800-131A Rev 2 disallow it); leave SignatureAlgorithm unset or use SHA256WithRSA, "+
				"ECDSAWithSHA256 or PureEd25519", what, types.ExprString(l.Expr), hash, attacks(hash))
			if !within(l.Expr, value) {
				f.related = append(f.related, related(l.Expr, "chosen here"))
			}
		}
		return
	}
}

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// ---- Weak hash constructors and their inputs.

// weakConstructor reports whether call makes a weak hash or digest:
// md5.New(), md5.Sum(b), sha1.New(), sha1.Sum(b), md4.New(),
// ripemd160.New(), crypto.SHA1.New() (through variables too).
func (c *checker) weakConstructor(call *ast.CallExpr, fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	if name, ok := constructors[fn.Pkg().Path()]; ok {
		switch fn.Name() {
		case "New", "Sum":
			return name, true
		}
		return "", false
	}
	if analysisutil.IsMethod(fn, "crypto", "Hash", "New") {
		if recv := c.flow.Receiver(call); recv != nil {
			leaves := c.objTr.Trace(recv)
			if c.agile(leaves, "crypto", "Hash", weakHashes) {
				return "", false
			}
			for _, l := range leaves {
				if name, ok := c.weakHashConst(l); ok {
					return name, true
				}
			}
		}
	}
	return "", false
}

// inputs returns the leaves of what a weak hash constructor hashes: the
// argument of Sum, or what is written into the hash object New returns.
func (c *checker) inputs(call *ast.CallExpr) []analysisutil.Leaf {
	fn := analysisutil.Callee(c.pass.TypesInfo, call)
	if fn != nil && fn.Name() == "Sum" && len(call.Args) == 1 {
		return c.tr.Trace(call.Args[0])
	}
	obj := c.assignedTo(call)
	if obj == nil {
		return nil
	}
	return c.tr.Contents(obj)
}

// assignedTo returns the variable or field a call's result is assigned to
// (h := md5.New(), d.h = sha1.New(), T{h: md5.New()}).
func (c *checker) assignedTo(call *ast.CallExpr) types.Object {
	var obj types.Object
	for _, f := range c.pass.Files {
		if f.FileStart > call.Pos() || call.Pos() > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if obj != nil || n == nil || n.Pos() > call.Pos() || n.End() < call.End() {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, r := range n.Rhs {
						if ast.Unparen(r) == call {
							obj, _ = c.flow.Target(n.Lhs[i])
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i, v := range n.Values {
						if ast.Unparen(v) == call {
							obj = c.pass.TypesInfo.Defs[n.Names[i]]
						}
					}
				}
			case *ast.KeyValueExpr:
				if ast.Unparen(n.Value) == call {
					if id, ok := n.Key.(*ast.Ident); ok {
						if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && v.IsField() {
							obj = v.Origin()
						}
					}
				}
			}
			return true
		})
	}
	return obj
}

// passwordHash reports a weak hash of a password: the value hashed passed
// through a variable, field or parameter whose name says password or
// passphrase.
func (c *checker) passwordHash(call *ast.CallExpr, name string) {
	for _, l := range c.inputs(call) {
		pw := passwordName(l)
		if pw == "" {
			continue
		}
		f := c.findingAt(call)
		if f.msg == "" {
			f.msg = fmt.Sprintf("%s hashes a password (%s): %s is fast and unsalted by design, so stolen hashes are "+
				"cracked by brute force and lookup tables at billions of guesses per second (CWE-328, CWE-916); "+
				"store passwords with argon2.IDKey, scrypt or bcrypt", name, pw, name)
			if l.Expr != nil && !within(l.Expr, call) {
				f.related = append(f.related, related(l.Expr, "the password comes from here"))
			}
		}
		return
	}
}

// passwordName returns the password-like name a leaf passed through.
func passwordName(l analysisutil.Leaf) string {
	if l.Kind == analysisutil.LeafConst && l.Obj == nil {
		return "" // a literal joined to the password ("salt:" + pw) is not it
	}
	for _, n := range l.Names {
		if analysisutil.IsPasswordName(n) {
			return n
		}
	}
	return ""
}

// secretName returns the secret-like name a leaf passed through: a
// password, passphrase or secret.
func secretName(l analysisutil.Leaf) string {
	if n := passwordName(l); n != "" {
		return n
	}
	for _, n := range l.Names {
		if cls := analysisutil.ClassifyName(n); cls.Secret && (cls.Word == "secret" || cls.Word == "passphrase") {
			return n
		}
	}
	return ""
}

// weakDigest reports whether a leaf is a digest computed by a weak hash:
// md5.Sum(b), or h.Sum(nil) where h is a weak hash object. It returns the
// constructor call.
func (c *checker) weakDigest(l analysisutil.Leaf) (*ast.CallExpr, string, bool) {
	if (l.Kind != analysisutil.LeafCall && l.Kind != analysisutil.LeafFill) || l.Callee == nil {
		return nil, "", false
	}
	if name, ok := c.weakConstructor(l.Call, l.Callee); ok && l.Callee.Name() == "Sum" {
		return l.Call, name, true
	}
	if l.Callee.Name() != "Sum" {
		return nil, "", false
	}
	recv := c.flow.Receiver(l.Call)
	if recv == nil {
		return nil, "", false
	}
	for _, o := range c.objTr.Trace(recv) {
		if o.Kind != analysisutil.LeafCall || o.Call == nil {
			continue
		}
		if name, ok := c.weakConstructor(o.Call, o.Callee); ok && o.Callee.Name() == "New" {
			return o.Call, name, true
		}
	}
	return nil, "", false
}

// derivedKey reports a key made by a weak hash of a password or secret.
func (c *checker) derivedKey(api string, arg ast.Expr) {
	for _, l := range c.tr.Trace(arg) {
		ctor, name, ok := c.weakDigest(l)
		if !ok {
			continue
		}
		for _, in := range c.inputs(ctor) {
			secret := secretName(in)
			if secret == "" {
				continue
			}
			f := c.findingAt(ctor)
			if f.msg == "" {
				f.msg = fmt.Sprintf("%s derives the key of %s from %s: a fast unsalted hash lets an attacker test "+
					"billions of guesses per second, and %s (CWE-328, CWE-916); derive keys from passwords with "+
					"argon2.IDKey or scrypt, and from secrets with HKDF-SHA256", name, api, secret, attacks(name))
				f.related = append(f.related, related(arg, "used as the key here"))
			}
			return
		}
	}
}

// ---- Integrity of downloaded data.

// comparison reports a weak digest of data read from an HTTP response
// that is compared with an expected value: the integrity check of a
// download.
func (c *checker) comparison(node ast.Node, x, y ast.Expr) {
	for _, side := range [2][2]ast.Expr{{x, y}, {y, x}} {
		digest, other := side[0], side[1]
		if c.fromHeader(other) {
			continue // the server vouches for itself: not an integrity check against a trusted value
		}
		for _, l := range c.tr.Trace(digest) {
			ctor, name, ok := c.weakDigest(l)
			if !ok {
				continue
			}
			src := c.download(ctor)
			if src == nil {
				continue
			}
			f := c.findingAt(ctor)
			if f.msg == "" {
				f.msg = fmt.Sprintf("%s checks the integrity of downloaded data: %s, so whoever can influence the "+
					"published file can make a tampered one with the same digest (CWE-328, CWE-494); verify downloads "+
					"with SHA-256 or, better, a signature", name, attacks(name))
				f.related = append(f.related, related(src, "the data comes from this HTTP response"),
					related(node, "the digest is compared here"))
			}
			return
		}
	}
}

// download returns the HTTP response body that a weak hash hashes, or nil.
func (c *checker) download(ctor *ast.CallExpr) ast.Expr {
	for _, l := range c.inputs(ctor) {
		if l.Kind == analysisutil.LeafVar && l.Obj != nil && l.Obj.Name() == "Body" {
			if v, ok := l.Obj.(*types.Var); ok && v.IsField() && v.Pkg() != nil && v.Pkg().Path() == "net/http" {
				if sel, ok := l.Expr.(*ast.SelectorExpr); ok && analysisutil.IsNamedType(c.pass.TypesInfo.TypeOf(sel.X), "net/http", "Response") {
					return l.Expr
				}
			}
		}
	}
	return nil
}

// fromHeader reports whether a value comes from HTTP headers only (an
// ETag or Content-MD5 sent with the data).
func (c *checker) fromHeader(e ast.Expr) bool {
	ls := c.tr.Trace(e)
	if len(ls) == 0 {
		return false
	}
	for _, l := range ls {
		if l.Kind != analysisutil.LeafCall || l.Callee == nil || !analysisutil.IsMethod(l.Callee, "net/http", "Header", "Get") {
			return false
		}
	}
	return true
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

func (c *checker) report() {
	fs := make([]*finding, 0, len(c.findings))
	for _, f := range c.findings {
		if f.msg != "" {
			fs = append(fs, f)
		}
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].node.Pos() < fs[j].node.Pos() })
	for _, f := range fs {
		c.pass.Report(analysis.Diagnostic{Pos: f.node.Pos(), End: f.node.End(), Category: f.category,
			Message: f.msg, Related: f.related})
	}
}

func related(n ast.Node, msg string) analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: n.Pos(), End: n.End(), Message: msg}
}

func within(inner, outer ast.Node) bool {
	return outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}
