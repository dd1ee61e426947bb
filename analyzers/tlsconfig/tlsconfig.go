package tlsconfig

import (
	"crypto/tls"
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports TLS configurations that allow obsolete protocol versions or cipher suites.
var Analyzer = &analysis.Analyzer{
	Name:     "tlsconfig",
	Doc:      analysisutil.MustExtractDoc(doc, "tlsconfig"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/tlsconfig.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

var minVersionFlag = "1.2"

func init() {
	Analyzer.Flags.StringVar(&minVersionFlag, "minversion", minVersionFlag,
		"lowest acceptable TLS version for MinVersion and MaxVersion: 1.0, 1.1, 1.2 or 1.3 (RFC 8996, RFC 9325 §3.1)")
}

// versions names the protocol versions and their crypto/tls constants.
var versions = []struct {
	id       uint16
	name     string
	constant string
}{
	//lint:ignore SA1019 named to be reported
	{tls.VersionSSL30, "SSL 3.0", "VersionSSL30"},
	{tls.VersionTLS10, "TLS 1.0", "VersionTLS10"},
	{tls.VersionTLS11, "TLS 1.1", "VersionTLS11"},
	{tls.VersionTLS12, "TLS 1.2", "VersionTLS12"},
	{tls.VersionTLS13, "TLS 1.3", "VersionTLS13"},
}

func versionName(v int64) string {
	for _, ver := range versions {
		if int64(ver.id) == v {
			return ver.name
		}
	}
	return fmt.Sprintf("version 0x%04x", v)
}

// threshold returns the lowest acceptable version and its constant name.
func threshold() (uint16, string, error) {
	for _, ver := range versions {
		if strings.TrimPrefix(ver.name, "TLS ") == minVersionFlag && ver.id >= tls.VersionTLS10 {
			return ver.id, ver.constant, nil
		}
	}
	return 0, "", fmt.Errorf("tlsconfig: -minversion=%q: want 1.0, 1.1, 1.2 or 1.3", minVersionFlag)
}

// insecureSuites returns crypto/tls's own list of insecure cipher suites,
// with the reason each is insecure.
func insecureSuites() map[uint16]*tls.CipherSuite {
	m := make(map[uint16]*tls.CipherSuite)
	for _, s := range tls.InsecureCipherSuites() {
		m[s.ID] = s
	}
	return m
}

func suiteReason(name string) string {
	switch {
	case strings.Contains(name, "RC4"):
		return "RC4 is broken and prohibited in TLS (RFC 7465)"
	case strings.Contains(name, "3DES"):
		return "3DES has 64-bit blocks, open to Sweet32 (RFC 9325 §4.1)"
	case strings.HasPrefix(name, "TLS_RSA_"):
		return "RSA key exchange has no forward secrecy (RFC 9325 §4.1)"
	case strings.Contains(name, "CBC_SHA256"):
		return "crypto/tls's CBC-SHA256 suites are not constant time, open to Lucky13"
	}
	return "crypto/tls lists it in InsecureCipherSuites"
}

func run(pass *analysis.Pass) (any, error) {
	minVer, minConst, err := threshold()
	if err != nil {
		return nil, err
	}
	// The index is built on first use: most packages have no TLS
	// configuration and no GODEBUG setting.
	var x *analysisutil.TLSIndex
	index := func() *analysisutil.TLSIndex {
		if x == nil {
			x = analysisutil.NewTLSIndex(pass)
		}
		return x
	}
	var configs []*analysisutil.TLSConfig
	if analysisutil.SeesTLS(pass.Pkg) {
		configs = index().Configs
	}
	// c.x is used by the checks of configs only, so it is set when used.
	c := &checker{pass: pass, x: x, minVer: minVer, minConst: minConst, insecure: insecureSuites()}

	for _, cfg := range configs {
		for _, s := range cfg.Settings {
			switch s.Field {
			case "MinVersion", "MaxVersion":
				c.checkVersion(s)
			case "CipherSuites":
				c.checkSuites(s)
			case "Renegotiation":
				c.checkRenegotiation(s)
			case "KeyLogWriter":
				c.checkKeyLog(s)
			}
		}
	}

	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for call := range inspect.Root().Preorder((*ast.CallExpr)(nil)) {
		checkSetenv(pass, index, call.Node().(*ast.CallExpr))
	}

	directives := goDebugDirectives(pass)
	checkGoDebugDirectives(pass, directives)
	m := findModule(pass)
	if m != nil {
		checkGoMod(pass, m)
	}
	if source := serverDefault(pass, m, directives); source != "" {
		for _, cfg := range configs {
			c.checkServerDefault(cfg, source)
		}
	}
	return nil, nil
}

type checker struct {
	pass     *analysis.Pass
	x        *analysisutil.TLSIndex
	minVer   uint16
	minConst string
	insecure map[uint16]*tls.CipherSuite
}

// constInts returns the integer values that e may have, when every
// expression that produces it is a constant.
func (c *checker) constInts(e ast.Expr) ([]int64, []ast.Expr, bool) {
	vals := c.x.Resolve(e)
	var out []int64
	for _, v := range vals {
		n, ok := analysisutil.ConstInt(c.pass.TypesInfo, v)
		if !ok {
			return nil, nil, false
		}
		out = append(out, n)
	}
	return out, vals, len(out) > 0
}

// describe names the value of a setting: the expression, and the version
// it evaluates to when that is not obvious from the expression.
func describe(e ast.Expr, name string) string {
	s := types.ExprString(e)
	if strings.HasSuffix(s, "VersionSSL30") || strings.HasSuffix(s, "VersionTLS10") || strings.HasSuffix(s, "VersionTLS11") {
		return s
	}
	return fmt.Sprintf("%s (%s)", s, name)
}

func (c *checker) checkVersion(s *analysisutil.TLSSetting) {
	vals, _, ok := c.constInts(s.Value)
	if !ok {
		return
	}
	worst := int64(-1)
	for _, v := range vals {
		if v == 0 || v >= int64(c.minVer) {
			return // the default, or an acceptable version on some path
		}
		worst = max(worst, v)
	}
	name := versionName(worst)
	value := describe(s.Value, name)
	why := "deprecated by RFC 8996 for its weak CBC and SHA-1/MD5 constructions"
	if worst >= tls.VersionTLS12 {
		why = "below the required TLS " + minVersionFlag + " (-minversion)"
	}
	var msg string
	if s.Field == "MinVersion" {
		allowed := name
		if worst < tls.VersionTLS10 {
			allowed = name + " (which crypto/tls no longer implements, so TLS 1.0)"
		}
		msg = fmt.Sprintf("MinVersion %s lets peers connect with %s, %s; set MinVersion to tls.%s or higher (RFC 9325 §3.1)",
			value, allowed, why, c.minConst)
	} else {
		msg = fmt.Sprintf("MaxVersion %s caps every connection at %s, %s; remove MaxVersion or raise it to at least tls.%s (RFC 9325 §3.1)",
			value, name, why, c.minConst)
	}
	d := analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: msg}
	if fix, ok := c.versionFix(s); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(d)
}

// versionFix replaces the value with the threshold's constant, when the
// file can name crypto/tls and the replaced expression uses no local
// variable (which would be left unused).
func (c *checker) versionFix(s *analysisutil.TLSSetting) (analysis.SuggestedFix, bool) {
	file := c.x.File(s.Value.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	name, ok := analysisutil.ImportName(c.pass, file, "crypto/tls", s.Value.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	local := false
	ast.Inspect(s.Value, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && v.Parent() != nil && v.Parent() != c.pass.Pkg.Scope() {
				local = true
			}
		}
		return !local
	})
	if local {
		return analysis.SuggestedFix{}, false
	}
	text := c.minConst
	if name != "" {
		text = name + "." + text
	}
	return analysis.SuggestedFix{
		Message:   "Use tls." + c.minConst,
		TextEdits: []analysis.TextEdit{{Pos: s.Value.Pos(), End: s.Value.End(), NewText: []byte(text)}},
	}, true
}

func (c *checker) checkSuites(s *analysisutil.TLSSetting) {
	switch v := ast.Unparen(s.Value).(type) {
	case *ast.CompositeLit:
		c.reportElements(v.Elts)
		return
	case *ast.CallExpr:
		if id, ok := ast.Unparen(v.Fun).(*ast.Ident); ok && id.Name == "append" {
			if _, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && len(v.Args) > 0 {
				if v.Ellipsis == token.NoPos {
					c.reportElements(v.Args[1:])
				}
				c.checkSuites(&analysisutil.TLSSetting{Field: s.Field, Value: v.Args[0], Node: s.Node})
				return
			}
		}
	}
	// Through a variable or a helper: report at the setting.
	vals := c.x.Resolve(s.Value)
	if len(vals) != 1 || vals[0] == ast.Unparen(s.Value) {
		return
	}
	lit, ok := ast.Unparen(vals[0]).(*ast.CompositeLit)
	if !ok {
		return
	}
	var names []string
	var related []analysis.RelatedInformation
	for _, elt := range lit.Elts {
		if suite := c.insecureSuite(elt); suite != nil {
			names = append(names, suite.Name)
			related = append(related, analysis.RelatedInformation{Pos: elt.Pos(), End: elt.End(), Message: suite.Name + ": " + suiteReason(suite.Name)})
		}
	}
	if len(names) == 0 {
		return
	}
	c.pass.Report(analysis.Diagnostic{
		Pos: s.Node.Pos(),
		End: s.Node.End(),
		Message: fmt.Sprintf("CipherSuites %s enables %s, listed by tls.InsecureCipherSuites(); remove them, or leave CipherSuites nil to use Go's secure defaults (RFC 9325 §4.1)",
			types.ExprString(s.Value), strings.Join(names, ", ")),
		Related: related,
	})
}

func (c *checker) insecureSuite(e ast.Expr) *tls.CipherSuite {
	v, ok := analysisutil.ConstInt(c.pass.TypesInfo, e)
	if !ok || v < 0 || v > 0xffff {
		return nil
	}
	return c.insecure[uint16(v)]
}

func (c *checker) reportElements(elts []ast.Expr) {
	for _, elt := range elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if suite := c.insecureSuite(elt); suite != nil {
			analysisutil.Reportf(c.pass, elt, "",
				"cipher suite %s is insecure: %s; remove it, or leave CipherSuites nil to use Go's secure defaults",
				suite.Name, suiteReason(suite.Name))
		}
	}
}

func (c *checker) checkRenegotiation(s *analysisutil.TLSSetting) {
	vals, _, ok := c.constInts(s.Value)
	if !ok {
		return
	}
	for _, v := range vals {
		if v != int64(tls.RenegotiateFreelyAsClient) {
			return
		}
	}
	analysisutil.Reportf(c.pass, s.Node, analysisutil.LevelWarning,
		"Renegotiation tls.RenegotiateFreelyAsClient lets the server renegotiate TLS 1.2 connections any number of times, each a full handshake the client must perform, and TLS 1.3 removed renegotiation (RFC 9325, \"Renegotiation in TLS 1.2\"); use tls.RenegotiateOnceAsClient if a server needs it, or leave the default tls.RenegotiateNever")
}

// checkKeyLog reports a KeyLogWriter set to a writer chosen here: not nil,
// and not a parameter or a field passed through from elsewhere (Clone, an
// options struct), where the caller decides. Key logging in a _test.go
// file is what the field is for, so it is not reported there even with
// -tests.
func (c *checker) checkKeyLog(s *analysisutil.TLSSetting) {
	if analysisutil.IsTestFile(c.pass, s.Node.Pos()) {
		return
	}
	for _, v := range c.x.Resolve(s.Value) {
		switch v := ast.Unparen(v).(type) {
		case *ast.Ident:
			switch obj := c.pass.TypesInfo.Uses[v].(type) {
			case *types.Nil:
				return
			case *types.Var:
				if c.x.IsParam(obj) {
					return
				}
			}
		case *ast.SelectorExpr:
			if analysisutil.SelectedField(c.pass.TypesInfo, v) != nil {
				return
			}
		}
	}
	analysisutil.Reportf(c.pass, s.Node, analysisutil.LevelWarning,
		"KeyLogWriter writes the connection secrets in NSS key log format, so whoever reads them can decrypt every recorded connection; keep it out of production code (in a _test.go file or behind a debug build tag)")
}

// checkServerDefault reports a server configuration without MinVersion in
// a module whose go line restores the TLS 1.0 server default.
func (c *checker) checkServerDefault(cfg *analysisutil.TLSConfig, source string) {
	if cfg.Lit == nil || cfg.Has("MinVersion") || cfg.Modified || cfg.Client || analysisutil.IsTestFile(c.pass, cfg.Lit.Pos()) {
		return
	}
	server := cfg.Server
	if !server {
		for _, f := range []string{"GetCertificate", "GetConfigForClient", "ClientAuth", "ClientCAs"} {
			server = server || cfg.Has(f)
		}
	}
	if !server && cfg.Has("Certificates") {
		server = true
		for _, f := range []string{"RootCAs", "ServerName", "InsecureSkipVerify", "GetClientCertificate"} {
			server = server && !cfg.Has(f)
		}
	}
	if !server {
		return
	}
	category := ""
	if c.pass.Pkg.Name() != "main" {
		category = analysisutil.LevelWarning // the main module of the program decides
	}
	analysisutil.Reportf(c.pass, cfg.Lit, category,
		"this server configuration leaves MinVersion unset, and %s (older than Go 1.22) makes crypto/tls servers accept TLS 1.0 and 1.1 by default (GODEBUG tls10server=1, RFC 8996); set MinVersion: tls.%s, or raise the go version to 1.22 or later",
		source, c.minConst)
}
