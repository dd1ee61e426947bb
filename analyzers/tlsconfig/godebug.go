package tlsconfig

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/version"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// godebugRule is a GODEBUG setting that weakens TLS or X.509, from Go's
// doc/godebug.md and the godebug table of the Go 1.26 toolchain
// (internal/godebugs/table.go).
type godebugRule struct {
	name  string
	weak  string // the value that weakens
	since int    // Go 1.N made the safe value the default; 0: never weak by default
	level string // "" (the rule's level), analysisutil.LevelWarning or LevelNote
	why   string
}

var godebugRules = []godebugRule{
	{"tls10server", "1", 22, "",
		"lets servers without MinVersion accept TLS 1.0 and 1.1 (RFC 8996)"},
	{"tlsrsakex", "1", 22, "",
		"re-enables cipher suites with RSA key exchange, which have no forward secrecy (RFC 9325 §4.1)"},
	{"tls3des", "1", 23, "",
		"re-enables 3DES cipher suites, whose 64-bit blocks are open to Sweet32 (RFC 9325 §4.1)"},
	{"tlssha1", "1", 25, "",
		"re-allows SHA-1 signatures in TLS 1.2 handshakes (RFC 9155)"},
	{"rsa1024min", "0", 24, "",
		"lets crypto/rsa accept RSA keys shorter than 1024 bits"},
	{"tlsunsafeekm", "1", 22, analysisutil.LevelWarning,
		"lets ExportKeyingMaterial export keys from connections with neither TLS 1.3 nor Extended Master Secret, which are not unique to the connection (RFC 7627)"},
	{"fips140ems", "0", 0, analysisutil.LevelWarning,
		"stops FIPS 140-3 mode from requiring Extended Master Secret (RFC 7627)"},
	{"x509sha1", "1", 0, analysisutil.LevelNote,
		"asks for SHA-1 signed certificates to be accepted; toolchains before Go 1.24 honour it, Go 1.24 removed it"},
}

func lookupGodebug(name string) *godebugRule {
	for i := range godebugRules {
		if godebugRules[i].name == name {
			return &godebugRules[i]
		}
	}
	return nil
}

// godebugKV is one key=value setting.
type godebugKV struct{ key, value string }

// weakSettings returns the weakening settings among kvs, with the later
// settings of a key overriding the earlier ones (as GODEBUG does), as a
// message part and the level of the finding. Unless named, the settings
// are described as "it ..." (for a single setting named by the message).
func weakSettings(kvs []godebugKV, named bool) (msg, level string) {
	last := make(map[string]string)
	var order []string
	for _, kv := range kvs {
		if _, ok := last[kv.key]; !ok {
			order = append(order, kv.key)
		}
		last[kv.key] = kv.value
	}
	var parts []string
	var rules []*godebugRule
	for _, k := range order {
		r := lookupGodebug(k)
		if r == nil || last[k] != r.weak {
			continue
		}
		if named {
			parts = append(parts, fmt.Sprintf("%s=%s %s", r.name, r.weak, r.why))
		} else {
			parts = append(parts, "it "+r.why)
		}
		rules = append(rules, r)
	}
	return strings.Join(parts, "; "), strongestLevel(rules)
}

// defaultWeakens returns the weakening defaults that default=goVER brings
// back, except those set explicitly in overrides.
func defaultWeakens(ver string, overrides map[string]bool) (msg, level string) {
	if !strings.HasPrefix(ver, "go") {
		ver = "go" + ver
	}
	if !version.IsValid(ver) {
		return "", ""
	}
	var parts []string
	var rules []*godebugRule
	for i := range godebugRules {
		r := &godebugRules[i]
		if r.since == 0 || overrides[r.name] || version.Compare(ver, fmt.Sprintf("go1.%d", r.since)) >= 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%s, which %s", r.name, r.weak, r.why))
		rules = append(rules, r)
	}
	return strings.Join(parts, "; "), strongestLevel(rules)
}

func strongestLevel(rules []*godebugRule) string {
	level := analysisutil.LevelNote
	for _, r := range rules {
		switch r.level {
		case "":
			return ""
		case analysisutil.LevelWarning:
			level = r.level
		}
	}
	return level
}

// parseGodebugList parses "k=v,k=v".
func parseGodebugList(s string) []godebugKV {
	var out []godebugKV
	for item := range strings.SplitSeq(s, ",") {
		if k, v, ok := strings.Cut(strings.TrimSpace(item), "="); ok && k != "" {
			out = append(out, godebugKV{k, v})
		}
	}
	return out
}

// constGodebugItems returns the complete key=value items among the constant
// parts of a string concatenation: os.Getenv("GODEBUG") + ",tlsrsakex=1"
// yields tlsrsakex=1.
func constGodebugItems(x *analysisutil.TLSIndex, e ast.Expr) []godebugKV {
	var operands []ast.Expr
	var flatten func(ast.Expr)
	flatten = func(e ast.Expr) {
		e = ast.Unparen(e)
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD && analysisutil.Const(x.Pass.TypesInfo, b) == nil {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		operands = append(operands, e)
	}
	flatten(e)
	var out []godebugKV
	for i, op := range operands {
		s, ok := analysisutil.ConstString(x.Pass.TypesInfo, op)
		if !ok {
			continue
		}
		items := strings.Split(s, ",")
		if i > 0 {
			items = items[1:] // continues a non-constant part
		}
		if i < len(operands)-1 && len(items) > 0 {
			items = items[:len(items)-1] // continued by a non-constant part
		}
		out = append(out, parseGodebugList(strings.Join(items, ","))...)
	}
	return out
}

// checkSetenv reports os.Setenv("GODEBUG", v) calls whose constant value
// weakens TLS.
func checkSetenv(pass *analysis.Pass, index func() *analysisutil.TLSIndex, call *ast.CallExpr) {
	fn := analysisutil.Callee(pass.TypesInfo, call)
	if !analysisutil.IsFunc(fn, "os", "Setenv") && !analysisutil.IsFunc(fn, "syscall", "Setenv") {
		return
	}
	if len(call.Args) != 2 || analysisutil.IsTestFile(pass, call.Pos()) {
		return
	}
	if key, ok := analysisutil.ConstString(pass.TypesInfo, call.Args[0]); !ok || key != "GODEBUG" {
		return
	}
	value := call.Args[1]
	x := index()
	if vals := x.Resolve(value); len(vals) == 1 {
		value = vals[0]
	}
	msg, level := weakSettings(constGodebugItems(x, value), true)
	if msg == "" {
		return
	}
	analysisutil.Reportf(pass, call, level,
		"setting GODEBUG weakens TLS and X.509 checks for the whole process: %s; remove the setting and upgrade the peers instead", msg)
}

// goDebugDirectives returns the //go:debug directives of the non-test files
// of a main package (the toolchain ignores them elsewhere).
func goDebugDirectives(pass *analysis.Pass) []*ast.Comment {
	if pass.Pkg.Name() != "main" {
		return nil
	}
	var out []*ast.Comment
	for _, f := range pass.Files {
		if analysisutil.IsTestFile(pass, f.Pos()) {
			continue
		}
		for _, cg := range f.Comments {
			if cg.Pos() > f.Package {
				break
			}
			for _, c := range cg.List {
				if _, _, ok := parseGoDebugDirective(c.Text); ok {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// parseGoDebugDirective parses "//go:debug key=value".
func parseGoDebugDirective(text string) (key, value string, ok bool) {
	rest, ok := strings.CutPrefix(text, "//go:debug")
	if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return "", "", false
	}
	return strings.Cut(strings.TrimSpace(rest), "=")
}

// checkGoDebugDirectives reports weakening //go:debug directives.
func checkGoDebugDirectives(pass *analysis.Pass, directives []*ast.Comment) {
	overrides := make(map[string]bool)
	for _, c := range directives {
		k, _, _ := parseGoDebugDirective(c.Text)
		overrides[k] = true
	}
	for _, c := range directives {
		k, v, _ := parseGoDebugDirective(c.Text)
		var msg, level string
		if k == "default" {
			msg, level = defaultWeakens(v, overrides)
			if msg != "" {
				msg = fmt.Sprintf("//go:debug default=%s restores older defaults: %s", v, msg)
			}
		} else if m, l := weakSettings([]godebugKV{{k, v}}, false); m != "" {
			msg, level = fmt.Sprintf("//go:debug %s=%s weakens TLS and X.509 checks in this program: %s", k, v, m), l
		}
		if msg != "" {
			analysisutil.Reportf(pass, c, level, "%s; remove the directive", msg)
		}
	}
}

// module is the go.mod file of the package's module.
type module struct {
	path      string // of go.mod
	data      []byte
	file      *modfile.File
	goVersion string // "go1.21"
}

// findModule reads the go.mod of the module of pass's package. It returns
// nil when the package is not in a module (GOPATH mode) or when go.mod
// cannot be read. go.mod is not among the files Pass.ReadFile may open, so
// it is read from the file system.
func findModule(pass *analysis.Pass) *module {
	if pass.Module == nil || pass.Module.Path == "" || len(pass.Files) == 0 {
		return nil
	}
	gomod := pass.Module.GoMod
	if gomod == "" {
		dir := filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				gomod = filepath.Join(dir, "go.mod")
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return nil
			}
			dir = parent
		}
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return nil
	}
	// Strict parsing: lax parsing, meant for dependencies, drops godebug.
	f, err := modfile.Parse(gomod, data, nil)
	if err != nil || f.Module == nil || f.Module.Mod.Path != pass.Module.Path {
		return nil
	}
	m := &module{path: gomod, data: data, file: f}
	if v := pass.Module.GoVersion; v != "" {
		m.goVersion = v
	} else if f.Go != nil {
		m.goVersion = f.Go.Version
	}
	if m.goVersion != "" && !strings.HasPrefix(m.goVersion, "go") {
		m.goVersion = "go" + m.goVersion
	}
	return m
}

// reportsModule reports whether pass's package is the one that reports the
// findings of its module's go.mod: the first directory of the module, in a
// depth-first walk in lexical order starting at the module root, that holds
// a non-test Go file of the build. Every package reaches the same answer,
// so go.mod findings are reported once, deterministically.
func reportsModule(pass *analysis.Pass, m *module) bool {
	var dir string
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if !strings.HasSuffix(name, "_test.go") {
			dir = filepath.Dir(name)
			break
		}
	}
	if dir == "" {
		return false // test files only: an external test package
	}
	first := firstPackageDir(filepath.Dir(m.path), true)
	return first != "" && sameDir(first, dir)
}

func sameDir(a, b string) bool {
	if a == b {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

func firstPackageDir(dir string, root bool) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	if !root {
		for _, e := range entries {
			if e.Name() == "go.mod" && !e.IsDir() {
				return "" // a nested module
			}
		}
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err == nil && ok {
			return dir
		}
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		if d := firstPackageDir(filepath.Join(dir, name), false); d != "" {
			return d
		}
	}
	return ""
}

// checkGoMod reports the weakening godebug lines of go.mod, at their line.
func checkGoMod(pass *analysis.Pass, m *module) {
	if len(m.file.Godebug) == 0 || !reportsModule(pass, m) {
		return
	}
	var tf *token.File
	report := func(line *modfile.Line, level, format string, args ...any) {
		if tf == nil {
			tf = pass.Fset.AddFile(m.path, -1, len(m.data))
			tf.SetLinesForContent(m.data)
		}
		pass.Report(analysis.Diagnostic{
			Pos:      tf.Pos(line.Start.Byte),
			End:      tf.Pos(line.End.Byte),
			Category: level,
			Message:  fmt.Sprintf(format, args...),
		})
	}
	overrides := make(map[string]bool)
	for _, g := range m.file.Godebug {
		overrides[g.Key] = true
	}
	for _, g := range m.file.Godebug {
		if g.Key == "default" {
			if msg, level := defaultWeakens(g.Value, overrides); msg != "" {
				report(g.Syntax, level, "godebug default=%s restores older defaults in every program of this module: %s; raise the default or remove it", g.Value, msg)
			}
			continue
		}
		if msg, level := weakSettings([]godebugKV{{g.Key, g.Value}}, false); msg != "" {
			report(g.Syntax, level, "godebug %s=%s weakens TLS and X.509 checks in every program of this module: %s; remove the line", g.Key, g.Value, msg)
		}
	}
}

// serverDefault describes why servers without MinVersion accept TLS 1.0 in
// this package's programs, or returns "" when they do not or when that is
// decided elsewhere. The go line (or a godebug default=) older than Go 1.22
// restores tls10server=1; an explicit tls10server setting is reported by
// itself.
func serverDefault(pass *analysis.Pass, m *module, directives []*ast.Comment) string {
	if m == nil || m.goVersion == "" {
		return ""
	}
	ver, source := m.goVersion, "the line go "+strings.TrimPrefix(m.goVersion, "go")+" in go.mod"
	for _, g := range m.file.Godebug {
		switch g.Key {
		case "default":
			ver, source = g.Value, "godebug default="+g.Value+" in go.mod"
		case "tls10server":
			return ""
		}
	}
	for _, c := range directives {
		k, v, _ := parseGoDebugDirective(c.Text)
		switch k {
		case "default":
			ver, source = v, "//go:debug default="+v
		case "tls10server":
			return ""
		}
	}
	if !strings.HasPrefix(ver, "go") {
		ver = "go" + ver
	}
	if !version.IsValid(ver) || version.Compare(ver, "go1.22") >= 0 {
		return ""
	}
	return source
}
