package deprecated

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports deprecated, insecure crypto APIs.
var Analyzer = &analysis.Analyzer{
	Name:     "deprecated",
	Doc:      analysisutil.MustExtractDoc(doc, "deprecated"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/deprecated.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// An api is a deprecated API that is insecure to use.
type api struct {
	pkg  string // import path
	name string // function or type; "" for every function of the package
	recv string // receiver type name, for methods
	// only, when set, restricts the finding to calls it accepts.
	only func(info *types.Info, call *ast.CallExpr) bool
	// display is how the message names the API (default pkg.name).
	display string
	why     string
	use     string
}

const (
	whyPEM = "legacy PEM encryption (RFC 1423) is unauthenticated and vulnerable to padding-oracle attacks, " +
		"and derives its key from the passphrase with a single MD5"
	usePEM = "PKCS #8 with a modern KDF (e.g. github.com/youmark/pkcs8), or keep the key unencrypted in a secret store"

	whyPKCS1v15 = "PKCS #1 v1.5 encryption is open to Bleichenbacher padding-oracle attacks " +
		"that decrypt ciphertexts and forge signatures with the key (ROBOT, Marvin)"
)

// apis is the table of deprecated, insecure APIs. APIs that another
// cryptovet analyzer reports are left out: weakcipher owns DES, 3DES, RC4,
// Blowfish, CAST5, TEA, XTEA and the CFB and OFB modes; keysize owns
// dsa.GenerateKey, dsa.GenerateParameters and elliptic.P224; weakhash owns
// MD4, MD5, SHA-1 and RIPEMD-160.
var apis = []api{
	{pkg: "crypto/x509", name: "DecryptPEMBlock", why: whyPEM, use: usePEM},
	{pkg: "crypto/x509", name: "EncryptPEMBlock", why: whyPEM, use: usePEM},
	{pkg: "crypto/rsa", name: "EncryptPKCS1v15", why: whyPKCS1v15, use: "rsa.EncryptOAEP"},
	{pkg: "crypto/rsa", name: "DecryptPKCS1v15", why: whyPKCS1v15, use: "rsa.DecryptOAEP"},
	{pkg: "crypto/rsa", name: "DecryptPKCS1v15SessionKey", why: whyPKCS1v15 + "; its mitigation depends on the caller never revealing failures", use: "rsa.DecryptOAEP"},
	{pkg: "crypto/rsa", name: "PKCS1v15DecryptOptions", why: whyPKCS1v15, use: "rsa.OAEPOptions"},
	{pkg: "crypto/rsa", recv: "PrivateKey", name: "Decrypt", only: nilOptions,
		display: "(*rsa.PrivateKey).Decrypt with nil options (PKCS #1 v1.5 decryption)",
		why:     whyPKCS1v15, use: "&rsa.OAEPOptions{Hash: crypto.SHA256}"},
	{pkg: "crypto/dsa", name: "Sign",
		why: "DSA is no longer approved for signatures (FIPS 186-5), its common 1024-bit keys are weak, " +
			"and a biased or repeated nonce reveals the private key",
		use: "ed25519.Sign or ecdsa.SignASN1"},
	{pkg: "golang.org/x/crypto/curve25519", name: "ScalarMult",
		why: "for a low-order peer point it silently yields an all-zero shared secret instead of an error",
		use: "curve25519.X25519 or crypto/ecdh, which return an error"},
	{pkg: "github.com/golang-jwt/jwt/v5", name: "ParseRSAPrivateKeyFromPEMWithPassword", why: "it decrypts with x509.DecryptPEMBlock: " + whyPEM, use: usePEM},
	{pkg: "github.com/golang-jwt/jwt/v4", name: "ParseRSAPrivateKeyFromPEMWithPassword", why: "it decrypts with x509.DecryptPEMBlock: " + whyPEM, use: usePEM},
	{pkg: "github.com/golang-jwt/jwt", name: "ParseRSAPrivateKeyFromPEMWithPassword", why: "it decrypts with x509.DecryptPEMBlock: " + whyPEM, use: usePEM},
	{pkg: "github.com/dgrijalva/jwt-go", name: "ParseRSAPrivateKeyFromPEMWithPassword", why: "it decrypts with x509.DecryptPEMBlock: " + whyPEM, use: usePEM},
	{pkg: "golang.org/x/crypto/poly1305",
		why: "Poly1305 is a one-time authenticator: two messages under the same key let an attacker forge tags",
		use: "golang.org/x/crypto/chacha20poly1305 for encryption or crypto/hmac for authentication"},
	{pkg: "golang.org/x/crypto/bn256",
		why: "the BN256 curve no longer gives 128-bit security and the package is not constant time",
		use: "a maintained BLS12-381 implementation (e.g. github.com/cloudflare/circl/ecc/bls12381)"},
}

func (a *api) String() string {
	if a.display != "" {
		return a.display
	}
	short := a.pkg
	if i := lastSlash(short); i >= 0 {
		short = short[i+1:]
	}
	switch short {
	case "v4", "v5", "jwt-go":
		short = "jwt"
	}
	return short + "." + a.name
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// lookup returns the table entry for obj, or nil.
func lookup(obj types.Object) *api {
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	path := obj.Pkg().Path()
	recv := ""
	if fn, ok := obj.(*types.Func); ok {
		if r := fn.Signature().Recv(); r != nil {
			recv = analysisutil.ReceiverName(r.Type())
		}
	}
	for i := range apis {
		a := &apis[i]
		if a.pkg != path {
			continue
		}
		if a.name == "" {
			if _, ok := obj.(*types.Func); ok {
				return a
			}
			continue
		}
		if a.name == obj.Name() && a.recv == recv {
			return a
		}
	}
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	info := pass.TypesInfo

	// A package deprecated as a whole is reported at its first use in
	// each top-level declaration, not at every call.
	seen := make(map[ast.Node]map[*api]bool)

	for c := range in.Root().Preorder((*ast.Ident)(nil), (*ast.CompositeLit)(nil)) {
		if lit, ok := c.Node().(*ast.CompositeLit); ok {
			t := info.TypeOf(lit)
			if t == nil {
				continue
			}
			if n, ok := types.Unalias(t).(*types.Named); ok {
				if a := lookup(n.Obj()); a != nil && !deprecatedDecl(topLevel(c)) {
					report(pass, lit, a)
				}
			}
			continue
		}
		id := c.Node().(*ast.Ident)
		obj, ok := info.Uses[id].(*types.Func)
		if !ok || obj.Pkg() == pass.Pkg {
			continue // the deprecated package's own code
		}
		a := lookup(obj)
		if a == nil {
			continue
		}
		// The node to report: the call when the function is called,
		// else the reference (a function value).
		var ref ast.Expr = id
		cur := c
		if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
			cur = cur.Parent()
			ref = cur.Node().(ast.Expr)
		}
		var node ast.Node = ref
		var call *ast.CallExpr
		if cur.ParentEdgeKind() == edge.CallExpr_Fun {
			call = cur.Parent().Node().(*ast.CallExpr)
			node = call
		}
		if a.only != nil && (call == nil || !a.only(info, call)) {
			continue
		}
		if deprecatedDecl(topLevel(c)) {
			continue // a deprecated wrapper: its callers are the ones to move
		}
		if a.name == "" {
			decl := topLevel(c)
			if seen[decl] == nil {
				seen[decl] = make(map[*api]bool)
			}
			if seen[decl][a] {
				continue
			}
			seen[decl][a] = true
			analysisutil.Reportf(pass, node, "", "%s (package %s) is deprecated and insecure: %s; use %s",
				types.ExprString(ref), a.pkg, a.why, a.use)
			continue
		}
		report(pass, node, a)
	}
	return nil, nil
}

func report(pass *analysis.Pass, node ast.Node, a *api) {
	analysisutil.Reportf(pass, node, "", "%s is deprecated and insecure: %s; use %s", a, a.why, a.use)
}

// topLevel returns the file-level declaration around c.
func topLevel(c inspector.Cursor) ast.Node {
	var decl ast.Node
	for p := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.GenDecl)(nil)) {
		decl = p.Node()
	}
	return decl
}

// deprecatedDecl reports whether decl, a top-level declaration, is itself
// deprecated: its doc comment has a paragraph that starts "Deprecated: ",
// the convention of go doc and staticcheck.
func deprecatedDecl(decl ast.Node) bool {
	var doc *ast.CommentGroup
	switch d := decl.(type) {
	case *ast.FuncDecl:
		doc = d.Doc
	case *ast.GenDecl:
		doc = d.Doc
	}
	if doc == nil {
		return false
	}
	for _, para := range strings.Split(doc.Text(), "\n\n") {
		if strings.HasPrefix(para, "Deprecated: ") {
			return true
		}
	}
	return false
}

// nilOptions accepts priv.Decrypt(rand, ciphertext, nil), which performs
// PKCS #1 v1.5 decryption.
func nilOptions(info *types.Info, call *ast.CallExpr) bool {
	return len(call.Args) == 3 && info.Types[call.Args[2]].IsNil()
}
