package tlsverify

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports TLS configurations that do not verify the peer's certificate.
var Analyzer = &analysis.Analyzer{
	Name:      "tlsverify",
	Doc:       analysisutil.MustExtractDoc(doc, "tlsverify"),
	URL:       "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/tlsverify.md",
	Run:       run,
	FactTypes: []analysis.Fact{new(peerCheckFact)},
}

// Client authentication modes in which crypto/tls does not verify the
// client's certificate chain, so a VerifyPeerCertificate or
// VerifyConnection callback is the only check.
var unverifiedClientAuth = map[string]bool{
	"RequestClientCert":    true,
	"RequireAnyClientCert": true,
}

func run(pass *analysis.Pass) (any, error) {
	if !analysisutil.SeesTLS(pass.Pkg) {
		return nil, nil
	}
	x := analysisutil.NewTLSIndex(pass)
	pc := &peerChecks{pass: pass, x: x, info: pass.TypesInfo}
	prodCheck, testCheck := pc.find()
	if prodCheck != "" {
		pass.ExportPackageFact(&peerCheckFact{Func: prodCheck})
	}
	a := &callbackAnalyzer{x: x, info: pass.TypesInfo, visiting: make(map[ast.Node]bool)}
	for _, c := range x.Configs {
		if checkedAfterHandshake(pass, c, prodCheck, testCheck) {
			continue
		}
		checkConfig(pass, x, a, c)
	}
	return nil, nil
}

// checkedAfterHandshake reports whether the peer certificates of c's
// connections may be checked after the handshake, in place of the
// verification that InsecureSkipVerify or ClientAuth leaves out: the
// package makes such a check (one in a test file counts for the
// configurations of test files only), or c is passed to a function of a
// package that does.
func checkedAfterHandshake(pass *analysis.Pass, c *analysisutil.TLSConfig, prodCheck, testCheck string) bool {
	if prodCheck != "" || (testCheck != "" && analysisutil.IsTestFile(pass, c.Pos())) {
		return true
	}
	for _, fn := range c.Callees {
		if pass.ImportPackageFact(fn.Pkg(), new(peerCheckFact)) {
			return true
		}
	}
	return false
}

// callback is a VerifyPeerCertificate or VerifyConnection setting with the
// analysis of its function.
type callback struct {
	s       *analysisutil.TLSSetting
	verdict verdict
	why     string
}

func checkConfig(pass *analysis.Pass, x *analysisutil.TLSIndex, a *callbackAnalyzer, c *analysisutil.TLSConfig) {
	var callbacks []callback
	for _, s := range c.Settings {
		if s.Field != "VerifyPeerCertificate" && s.Field != "VerifyConnection" {
			continue
		}
		ftype, body, isNil := a.callbackFunc(s.Value)
		if isNil {
			continue
		}
		cb := callback{s: s}
		if body != nil {
			cb.verdict, cb.why = a.analyze(ftype, body)
		}
		callbacks = append(callbacks, cb)
	}
	reported := make(map[*analysisutil.TLSSetting]bool)

	for _, s := range c.Lookup("InsecureSkipVerify") {
		on, known := boolValue(x, s.Value)
		if known && !on {
			continue
		}
		if !known {
			// The callbacks are the verification whenever the value is true.
			if isFalse(pass.TypesInfo, s.Value) {
				continue
			}
			for _, cb := range callbacks {
				if cb.verdict == acceptsAll && !reported[cb.s] {
					reported[cb.s] = true
					analysisutil.Reportf(pass, cb.s.Node, analysisutil.LevelWarning,
						"when InsecureSkipVerify (%s) is true, this %s callback is the only check of the server's certificate, and it %s, so any server can impersonate the peer; verify the chain with (*x509.Certificate).Verify or compare the certificate with a pinned one",
						types.ExprString(s.Value), cb.s.Field, cb.why)
				}
			}
			continue
		}
		if c.Modified || (c.Server && !c.Client) {
			continue // set elsewhere, or a server's config, where it has no effect
		}
		what := "InsecureSkipVerify: true"
		if id, ok := ast.Unparen(s.Value).(*ast.Ident); !ok || id.Name != "true" {
			what = fmt.Sprintf("InsecureSkipVerify: %s (true)", types.ExprString(s.Value))
		}
		category := ""
		if cond := guard(x, s.Node); cond != "" {
			category = analysisutil.LevelWarning
			what += " when " + cond
		}
		if len(callbacks) == 0 {
			analysisutil.Reportf(pass, s.Node, category,
				"%s disables verification of the server's certificate chain and host name, so anyone on the network path can impersonate the server; trust its CA through RootCAs instead, or verify the chain in VerifyConnection",
				what)
			continue
		}
		weak := true
		for _, cb := range callbacks {
			if cb.verdict != acceptsAll {
				weak = false
			}
		}
		if weak {
			cb := callbacks[0]
			analysisutil.Reportf(pass, s.Node, category,
				"%s disables certificate verification, and the %s callback does not replace it: it %s, so any server can impersonate the peer; verify the chain in the callback with (*x509.Certificate).Verify, or compare the certificate with a pinned one",
				what, cb.s.Field, cb.why)
		}
	}

	// A server that requests client certificates without verifying them
	// relies on the callback.
	for _, s := range c.Lookup("ClientAuth") {
		name := clientAuthName(x, s.Value)
		if !unverifiedClientAuth[name] {
			continue
		}
		for _, cb := range callbacks {
			if cb.verdict == acceptsAll && !reported[cb.s] {
				reported[cb.s] = true
				analysisutil.Reportf(pass, cb.s.Node, "",
					"with ClientAuth tls.%s crypto/tls does not verify the client's certificate chain, and this %s callback, the only check, %s, so any client certificate is accepted; use tls.RequireAndVerifyClientCert with ClientCAs, or verify the chain in the callback",
					name, cb.s.Field, cb.why)
			}
		}
	}
}

// boolValue returns the value of a boolean setting when every expression
// that can produce it is the same constant.
func boolValue(x *analysisutil.TLSIndex, e ast.Expr) (value, ok bool) {
	vals := x.Resolve(e)
	for i, v := range vals {
		b, isConst := analysisutil.ConstBool(x.Pass.TypesInfo, v)
		if !isConst || (i > 0 && b != value) {
			return false, false
		}
		value = b
	}
	return value, len(vals) > 0
}

// isFalse reports whether e is the constant false.
func isFalse(info *types.Info, e ast.Expr) bool {
	b, ok := analysisutil.ConstBool(info, e)
	return ok && !b
}

// clientAuthName returns the name of the tls.ClientAuthType constant that
// e evaluates to, or "".
func clientAuthName(x *analysisutil.TLSIndex, e ast.Expr) string {
	vals := x.Resolve(e)
	if len(vals) != 1 {
		return ""
	}
	v := analysisutil.Const(x.Pass.TypesInfo, vals[0])
	t := x.Pass.TypesInfo.TypeOf(vals[0])
	if v == nil || !analysisutil.IsNamedType(t, "crypto/tls", "ClientAuthType") {
		return ""
	}
	scope := t.(*types.Named).Obj().Pkg().Scope()
	for _, name := range []string{"RequestClientCert", "RequireAnyClientCert"} {
		if c, ok := scope.Lookup(name).(*types.Const); ok && constant.Compare(c.Val(), token.EQL, v) {
			return name
		}
	}
	return ""
}

// guard returns the condition under which n is evaluated when n is inside
// a branch of an if statement of its function, or "".
func guard(x *analysisutil.TLSIndex, n ast.Node) string {
	prev := n
	for p := x.Parent(n); p != nil; prev, p = p, x.Parent(p) {
		switch p := p.(type) {
		case *ast.IfStmt:
			if prev == p.Body {
				return types.ExprString(p.Cond)
			}
			if prev == p.Else {
				return "!(" + types.ExprString(p.Cond) + ")"
			}
		case *ast.CaseClause:
			return "a case of a switch holds"
		case *ast.FuncDecl, *ast.FuncLit:
			return ""
		}
	}
	return ""
}
