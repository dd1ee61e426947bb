package rand

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// readFix returns the fix that turns a math/rand Read into crypto/rand.Read
// (same signature: n int, err error): rand.Read(b), rng.Read(b) with rng a
// package variable, a field or a local used elsewhere too. The imports
// follow: an existing crypto/rand import is used; else a math/rand import
// that the fix leaves unused becomes crypto/rand; else crypto/rand is
// added, as crand when the name rand is taken.
func (c *checker) readFix(call *ast.CallExpr) []analysis.SuggestedFix {
	info := c.pass.TypesInfo
	fn := analysisutil.Callee(info, call)
	if fn == nil || fn.Name() != "Read" || !isMathRand(fn) || len(call.Args) != 1 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	file := analysisutil.FileOf(c.pass, call.Pos())
	if file == nil {
		return nil
	}
	var recvPkg *types.PkgName // the math/rand import used by a top-level rand.Read
	if id, ok := sel.X.(*ast.Ident); ok {
		recvPkg, _ = info.Uses[id].(*types.PkgName)
	}
	if recvPkg == nil && !c.receiverRemovable(file, sel.X) {
		return nil
	}
	var edits []analysis.TextEdit
	name, ok := analysisutil.ImportName(c.pass, file, "crypto/rand", call.Pos())
	switch {
	case ok && name != "":
	case ok: // dot import
		return nil
	default:
		// Does the math/rand import of this file stay in use?
		var mrand *types.PkgName
		var mspec *ast.ImportSpec
		for _, imp := range file.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); mathRandPkgs[p] {
				mrand, mspec = info.PkgNameOf(imp), imp
			}
		}
		uses := 0
		if mrand != nil {
			uses = analysisutil.UsesOf(info, file, mrand)
			if recvPkg == mrand {
				uses--
			}
		}
		switch {
		case mrand != nil && uses == 0 && mrand.Name() != "_" && mrand.Name() != ".":
			name = mrand.Name()
			edits = append(edits, analysis.TextEdit{Pos: mspec.Path.Pos(), End: mspec.Path.End(), NewText: []byte(`"crypto/rand"`)})
		case mrand == nil && analysisutil.NameFree(c.pass, file, "rand", call.Pos()):
			name = "rand"
			edits = append(edits, analysisutil.AddImportEdit(file, "", "crypto/rand"))
		case analysisutil.NameFree(c.pass, file, "crand", call.Pos()):
			name = "crand"
			edits = append(edits, analysisutil.AddImportEdit(file, "crand", "crypto/rand"))
		default:
			return nil
		}
	}
	if recvPkg == nil || recvPkg.Name() != name {
		edits = append(edits, analysis.TextEdit{Pos: sel.Pos(), End: sel.End(), NewText: []byte(name + ".Read")})
	}
	return []analysis.SuggestedFix{{Message: "Read from crypto/rand", TextEdits: edits}}
}

// receiverRemovable reports whether dropping the receiver of rng.Read
// leaves the program valid: a package variable or field, or a local
// variable used elsewhere in the file.
func (c *checker) receiverRemovable(file *ast.File, recv ast.Expr) bool {
	switch x := ast.Unparen(recv).(type) {
	case *ast.SelectorExpr:
		_, isField := c.pass.TypesInfo.Selections[x]
		_, isIdent := x.X.(*ast.Ident)
		return isField && isIdent
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if v.Parent() == c.pass.Pkg.Scope() {
			return true
		}
		return analysisutil.UsesOf(c.pass.TypesInfo, file, v) > 1
	}
	return false
}
