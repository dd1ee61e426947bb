// Package analysisutil holds small helpers shared by cryptovet's analyzers:
// doc extraction, callee resolution and constant evaluation. It knows no
// rules; the analyzers read like the rules they enforce.
package analysisutil

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// MustExtractDoc returns the section of a doc.go file introduced by the
// heading "# Analyzer NAME": the title line first, then the body, with the
// comment markers removed. It panics when the section is missing, so a
// misnamed analyzer fails at init, not at run time.
func MustExtractDoc(content, name string) string {
	doc, err := ExtractDoc(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// ExtractDoc is MustExtractDoc returning an error.
func ExtractDoc(content, name string) (string, error) {
	if content == "" {
		return "", fmt.Errorf("empty Go source file")
	}
	fset := token.NewFileSet()
	f, err := parserParseComments(fset, content)
	if err != nil {
		return "", fmt.Errorf("not a Go source file: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("Go source file has no package doc comment")
	}
	heading := "# Analyzer " + name
	text := f.Doc.Text()
	_, rest, ok := strings.Cut(text, "\n"+heading+"\n")
	if !ok {
		if strings.HasPrefix(text, heading+"\n") {
			rest = text[len(heading)+1:]
		} else {
			return "", fmt.Errorf("package doc comment contains no %q heading", heading)
		}
	}
	// The section ends at the next level-one heading.
	if i := strings.Index(rest, "\n# "); i >= 0 {
		rest = rest[:i+1]
	}
	rest = strings.TrimSpace(rest)
	// The first line is "NAME: title".
	title, body, _ := strings.Cut(rest, "\n")
	if !strings.HasPrefix(title, name+": ") {
		return "", fmt.Errorf("Analyzer %s section must start with %q", name, name+": ")
	}
	return strings.TrimPrefix(title, name+": ") + "\n" + body, nil
}

// Callee returns the function or method statically called by call, or nil
// (for calls of function values, built-ins and conversions).
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// IsFunc reports whether fn is the package-level function pkgPath.name for
// one of names.
func IsFunc(fn *types.Func, pkgPath string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// IsMethod reports whether fn is the method typeName.method declared in
// pkgPath (pointer or value receiver, or an interface method).
func IsMethod(fn *types.Func, pkgPath, typeName, method string) bool {
	if fn == nil || fn.Name() != method || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	return ReceiverName(sig.Recv().Type()) == typeName
}

// ReceiverName returns the name of the named type of a receiver, looking
// through one pointer.
func ReceiverName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// IsNamedType reports whether t (through one pointer) is the named type
// pkgPath.name.
func IsNamedType(t types.Type, pkgPath, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath
}

// Const returns the constant value of expr, or nil when expr is not a
// constant expression. Named constants of any package, arithmetic and
// conversions are folded by the type checker.
func Const(info *types.Info, expr ast.Expr) constant.Value {
	if tv, ok := info.Types[expr]; ok && tv.Value != nil {
		return tv.Value
	}
	return nil
}

// ConstInt returns the integer value of a constant expression.
func ConstInt(info *types.Info, expr ast.Expr) (int64, bool) {
	v := Const(info, expr)
	if v == nil {
		return 0, false
	}
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// ConstBool returns the value of a constant boolean expression.
func ConstBool(info *types.Info, expr ast.Expr) (bool, bool) {
	v := Const(info, expr)
	if v == nil || v.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(v), true
}

// ConstString returns the value of a constant string expression.
func ConstString(info *types.Info, expr ast.Expr) (string, bool) {
	v := Const(info, expr)
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

// FieldName returns the field name of a key in a struct composite literal.
func FieldName(kv *ast.KeyValueExpr) string {
	if id, ok := kv.Key.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// SelectedField returns the field selected by sel (x.F), or nil.
func SelectedField(info *types.Info, sel *ast.SelectorExpr) *types.Var {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	v, _ := s.Obj().(*types.Var)
	return v
}

// IsTestFile reports whether the file at pos is a _test.go file.
func IsTestFile(pass *analysis.Pass, pos token.Pos) bool {
	return strings.HasSuffix(pass.Fset.Position(pos).Filename, "_test.go")
}

// Reportf reports a diagnostic covering node, with an optional category
// (see package rule for the categories that lower a finding's level).
func Reportf(pass *analysis.Pass, node ast.Node, category, format string, args ...any) {
	pass.Report(analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: category,
		Message:  fmt.Sprintf(format, args...),
	})
}

// Diagnostic categories that lower a finding below its rule's default
// level. A diagnostic without a category has the rule's level.
const (
	LevelWarning = "warning"
	LevelNote    = "note"
)
