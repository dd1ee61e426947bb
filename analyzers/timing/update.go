package timing

import (
	"go/ast"
	"go/token"
	"go/types"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/ast/inspector"
)

// updateIfChanged reports whether a comparison decides whether to update
// a stored value rather than whether to grant access: the statements that
// run only when the operands differ write one operand with the other,
//
//	if cfg.Password != password { cfg.Password = password }
//	if cfg.Password != password { err := cfg.SetPassword(password) }
//	if cfg.Password == password { return nil }; return cfg.SetPassword(password)
//
// No timing leaks anything there that the caller does not already know:
// the caller supplies the new value.
func (c *checker) updateIfChanged(cmp comparison) bool {
	if !cmp.test.Valid() {
		return false
	}
	// Walk up to the if statement whose condition the comparison decides,
	// keeping unequal the condition's value that implies x != y.
	unequal := cmp.unequal
	cur := cmp.test
	for {
		parent := cur.Parent()
		if !parent.Valid() {
			return false
		}
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
		case *ast.UnaryExpr:
			if p.Op != token.NOT {
				return false
			}
			unequal = !unequal
		case *ast.BinaryExpr:
			// a && x != y is true only when x != y; a || x == y is false
			// only when x != y. The other combinations say nothing.
			if !(p.Op == token.LAND && unequal || p.Op == token.LOR && !unequal) {
				return false
			}
		case *ast.IfStmt:
			if p.Cond != cur.Node() {
				return false
			}
			return c.writesOperand(unequalBranch(parent, p, unequal), cmp.x, cmp.y)
		default:
			return false
		}
		cur = parent
	}
}

// unequalBranch returns the statements of an if statement that run only
// when its condition has the value cond: the body, the else branch, or,
// for false and a body that always leaves (return nil), the statements
// after the if statement.
func unequalBranch(at inspector.Cursor, ifs *ast.IfStmt, cond bool) []ast.Stmt {
	switch {
	case cond:
		return ifs.Body.List
	case ifs.Else != nil:
		return []ast.Stmt{ifs.Else}
	case !leaves(ifs.Body):
		return nil
	}
	var list []ast.Stmt
	switch b := at.Parent().Node().(type) {
	case *ast.BlockStmt:
		list = b.List
	case *ast.CaseClause:
		list = b.Body
	case *ast.CommClause:
		list = b.Body
	}
	for i, s := range list {
		if s == ifs {
			return list[i+1:]
		}
	}
	return nil
}

// leaves reports whether a block always ends with a return, break,
// continue or goto.
func leaves(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	}
	return false
}

// writesOperand reports whether the statements, on every path through
// them, write one of x and y with the other: x = y, or x.SetF(y) for a
// field x.F (on a path through an if statement's initialisation, as in
// if err := cfg.SetPassword(p); err != nil, too). A write that only some
// paths take (inside a nested if or loop, or a function literal) does
// not count.
func (c *checker) writesOperand(list []ast.Stmt, x, y ast.Expr) bool {
	found := false
	visit := func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					r := n.Rhs[i]
					if c.same(l, x) && c.same(r, y) || c.same(l, y) && c.same(r, x) {
						found = true
					}
				}
			}
		case *ast.CallExpr:
			if c.setter(n, x, y) || c.setter(n, y, x) {
				found = true
			}
		}
		return !found
	}
	var walk func(s ast.Stmt)
	walk = func(s ast.Stmt) {
		switch s := s.(type) {
		case nil:
		case *ast.BlockStmt:
			for _, s := range s.List {
				walk(s)
			}
		case *ast.LabeledStmt:
			walk(s.Stmt)
		case *ast.IfStmt:
			walk(s.Init)
			ast.Inspect(s.Cond, visit)
		case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt,
			*ast.GoStmt, *ast.DeferStmt:
			// run conditionally, repeatedly or later
		default:
			ast.Inspect(s, visit)
		}
	}
	for _, s := range list {
		walk(s)
	}
	return found
}

// setter reports whether call is recv.SetF(..., value, ...) for a
// method SetF (or setF) and an operand field that is recv.F (or recv.f).
func (c *checker) setter(call *ast.CallExpr, field, value ast.Expr) bool {
	fsel, ok := stripConversions(c.pass.TypesInfo, field).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	f, ok := c.pass.TypesInfo.Selections[fsel]
	if !ok || f.Kind() != types.FieldVal {
		return false
	}
	msel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	m, ok := c.pass.TypesInfo.Selections[msel]
	if !ok || m.Kind() != types.MethodVal {
		return false
	}
	name := fsel.Sel.Name
	r, size := utf8.DecodeRuneInString(name)
	name = string(unicode.ToUpper(r)) + name[size:]
	if m := msel.Sel.Name; m != "Set"+name && m != "set"+name || !c.same(msel.X, fsel.X) {
		return false
	}
	for _, a := range call.Args {
		if c.same(a, value) {
			return true
		}
	}
	return false
}

// same reports whether two expressions denote the same variable or value:
// the same identifiers, fields, dereferences and constant indexes, with
// parentheses and conversions ignored.
func (c *checker) same(a, b ast.Expr) bool {
	info := c.pass.TypesInfo
	a, b = stripConversions(info, a), stripConversions(info, b)
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		if !ok || a.Name == "_" {
			return false
		}
		oa, ob := info.ObjectOf(a), info.ObjectOf(b)
		return oa != nil && oa == ob
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		oa, ob := info.ObjectOf(a.Sel), info.ObjectOf(b.Sel)
		if oa == nil || oa != ob {
			return false
		}
		if id, ok := ast.Unparen(a.X).(*ast.Ident); ok {
			if _, isPkg := info.ObjectOf(id).(*types.PkgName); isPkg {
				return true // pkg.Var: the same object
			}
		}
		return c.same(a.X, b.X)
	case *ast.StarExpr:
		b, ok := b.(*ast.StarExpr)
		return ok && c.same(a.X, b.X)
	case *ast.IndexExpr:
		b, ok := b.(*ast.IndexExpr)
		if !ok || !c.same(a.X, b.X) {
			return false
		}
		ka, kb := info.Types[a.Index].Value, info.Types[b.Index].Value
		if ka != nil && kb != nil {
			return ka.ExactString() == kb.ExactString()
		}
		return c.same(a.Index, b.Index)
	}
	return false
}

// stripConversions removes parentheses and type conversions: string(b).
func stripConversions(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
}
