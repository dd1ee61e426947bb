package timing

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// equalFix returns the fix that replaces bytes.Equal(a, b) with
// hmac.Equal(a, b): same signature, constant time. It adds the crypto/hmac
// import when missing (as hmac, when the name is free) and removes the
// bytes import when the call was its only use.
func (c *checker) equalFix(cmp comparison) []analysis.SuggestedFix {
	info := c.pass.TypesInfo
	fn := analysisutil.Callee(info, cmp.call)
	if !analysisutil.IsFunc(fn, "bytes", "Equal") {
		return nil
	}
	sel, ok := ast.Unparen(cmp.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	file := analysisutil.FileOf(c.pass, cmp.call.Pos())
	if file == nil {
		return nil
	}
	var edits []analysis.TextEdit
	name, ok := analysisutil.ImportName(c.pass, file, "crypto/hmac", cmp.call.Pos())
	switch {
	case ok && name == "": // dot import
		return nil
	case !ok:
		if !analysisutil.NameFree(c.pass, file, "hmac", cmp.call.Pos()) {
			return nil
		}
		name = "hmac"
		edits = append(edits, analysisutil.AddImportEdit(file, "", "crypto/hmac"))
	}
	edits = append(edits, analysis.TextEdit{Pos: sel.Pos(), End: sel.End(), NewText: []byte(name + ".Equal")})
	if id, ok := sel.X.(*ast.Ident); ok {
		if pn := info.Uses[id]; pn != nil && analysisutil.UsesOf(info, file, pn) == 1 {
			if del, ok := analysisutil.DeleteImportEdit(c.pass.Fset, file, "bytes"); ok {
				edits = append(edits, del)
			}
		}
	}
	return []analysis.SuggestedFix{{Message: "Compare with hmac.Equal", TextEdits: edits}}
}
