package analysisutil

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// Reference returns the expression that refers to the object of the
// identifier at cur: the identifier itself, or the qualified name pkg.F
// or selector x.F whose Sel it is, with any parentheses around it. Its
// parent tells how the object is used (called, passed, assigned).
func Reference(cur inspector.Cursor) inspector.Cursor {
	ref := cur
	if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == cur.Node() {
		ref = cur.Parent()
	}
	for {
		if _, ok := ref.Parent().Node().(*ast.ParenExpr); !ok {
			return ref
		}
		ref = ref.Parent()
	}
}
