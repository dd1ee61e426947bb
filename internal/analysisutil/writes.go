package analysisutil

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Writes indexes every write to the variables of one package: assignments,
// declarations with a value, increments, range variables, address-of and
// calls of pointer methods. It lets an analyzer tell a variable that only
// ever holds one value from one that changes, and a struct field that keeps
// the value of its composite literal from one that is overwritten.
//
// It is syntactic and sees the package's own files only: a package-level
// variable written by another package looks constant. Unknown means
// silence, so callers treat a variable without a single known value as
// unknown.
type Writes struct {
	values  map[*types.Var][]ast.Expr // one entry per write; nil: value unknown
	escaped map[*types.Var]bool       // address taken (&v, pointer method on v)
	shared  map[*types.Var]bool       // a pointer variable copied or passed on
	fields  map[varField]bool         // v.f (or something inside it) written
}

type varField struct{ v, f *types.Var }

// NewWrites indexes the writes of the files in the inspector.
func NewWrites(info *types.Info, in *inspector.Inspector) *Writes {
	w := &Writes{
		values:  make(map[*types.Var][]ast.Expr),
		escaped: make(map[*types.Var]bool),
		shared:  make(map[*types.Var]bool),
		fields:  make(map[varField]bool),
	}
	for c := range in.Root().Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() {
			continue
		}
		w.visit(info, c, v)
	}
	return w
}

func (w *Writes) visit(info *types.Info, c inspector.Cursor, v *types.Var) {
	// Climb the selector and index chain rooted at the identifier:
	// v.f.g[i] is a write into field f of v.
	var field *types.Var
	indexed := false
	cur := c
	for {
		parent := cur.Parent()
		switch cur.ParentEdgeKind() {
		case edge.ParenExpr_X:
			cur = parent
			continue
		case edge.SelectorExpr_X:
			sel := parent.Node().(*ast.SelectorExpr)
			if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
				if field == nil && !indexed {
					field, _ = s.Obj().(*types.Var)
				}
				cur = parent
				continue
			}
		case edge.IndexExpr_X:
			indexed = true
			cur = parent
			continue
		case edge.StarExpr_X:
			// *p = x writes through the pointer.
			indexed = true
			cur = parent
			continue
		}
		break
	}

	write := func(value ast.Expr) {
		switch {
		case field != nil:
			w.fields[varField{v, field}] = true
		case indexed:
			w.values[v] = append(w.values[v], nil)
		default:
			w.values[v] = append(w.values[v], value)
		}
	}
	addressed := func() {
		switch {
		case field != nil:
			w.fields[varField{v, field}] = true
		default:
			w.escaped[v] = true
		}
	}

	parent := cur.Parent()
	switch cur.ParentEdgeKind() {
	case edge.AssignStmt_Lhs:
		as := parent.Node().(*ast.AssignStmt)
		var value ast.Expr
		if (as.Tok == token.ASSIGN || as.Tok == token.DEFINE) && len(as.Lhs) == len(as.Rhs) {
			value = as.Rhs[cur.ParentEdgeIndex()]
		}
		write(value)
	case edge.IncDecStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value:
		write(nil)
	case edge.ValueSpec_Names:
		vs := parent.Node().(*ast.ValueSpec)
		var value ast.Expr
		if len(vs.Values) == len(vs.Names) {
			value = vs.Values[cur.ParentEdgeIndex()]
		}
		write(value)
	case edge.UnaryExpr_X:
		if parent.Node().(*ast.UnaryExpr).Op == token.AND {
			addressed()
		}
	case edge.SelectorExpr_X:
		// A method call: a pointer method on an addressable value
		// takes its address; any method on a pointer may write
		// through it.
		sel := parent.Node().(*ast.SelectorExpr)
		s, ok := info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal {
			break
		}
		if _, isPtr := types.Unalias(info.TypeOf(cur.Node().(ast.Expr))).Underlying().(*types.Pointer); isPtr {
			if field == nil && !indexed {
				w.shared[v] = true
			}
			break
		}
		if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
			if _, ptrRecv := types.Unalias(sig.Recv().Type()).(*types.Pointer); ptrRecv {
				addressed()
			}
		}
	default:
		// A read. A pointer read anywhere but a comparison can be
		// written through by whoever receives the copy.
		if field != nil || indexed {
			break
		}
		if _, isPtr := types.Unalias(v.Type()).Underlying().(*types.Pointer); !isPtr {
			break
		}
		if cur.ParentEdgeKind() == edge.BinaryExpr_X || cur.ParentEdgeKind() == edge.BinaryExpr_Y {
			if op := parent.Node().(*ast.BinaryExpr).Op; op == token.EQL || op == token.NEQ {
				break
			}
		}
		if c.ParentEdgeKind() == edge.Field_Names || c.ParentEdgeKind() == edge.TypeSwitchStmt_Assign {
			break
		}
		w.shared[v] = true
	}
}

// Value returns the only value v ever holds: the value of its declaration
// or of its single assignment, when v is written nowhere else and its
// address is never taken. Parameters and variables declared without a
// value have none.
func (w *Writes) Value(v *types.Var) (ast.Expr, bool) {
	vals := w.values[v]
	if len(vals) != 1 || vals[0] == nil || w.escaped[v] {
		return nil, false
	}
	return vals[0], true
}

// FieldStable reports whether field f of variable v keeps the value the
// variable was given: v.f is never written nor its address taken, v's
// address is never taken, and, when v is a pointer, v is never copied or
// passed on (whoever receives it could write through it).
func (w *Writes) FieldStable(v, f *types.Var) bool {
	return !w.fields[varField{v, f}] && !w.escaped[v] && !w.shared[v]
}

// FieldWritten reports whether v.f is written or its address, or v's, is
// taken in the package. Unlike FieldStable it ignores writes through
// copies of a pointer v.
func (w *Writes) FieldWritten(v, f *types.Var) bool {
	return w.fields[varField{v, f}] || w.escaped[v]
}
