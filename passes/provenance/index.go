package provenance

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// index holds what one walk over the package's instructions finds: the
// uses of package variables (SSA keeps no referrers for globals), the
// field addresses of each field, the closures of each anonymous function
// and the static call sites of each function of the package.
type index struct {
	globalUses map[*ssa.Global][]ssa.Instruction
	fieldAddrs map[*types.Var][]*ssa.FieldAddr
	// structFields lists ssa.Field instructions per field (struct values).
	closures map[*ssa.Function][]*ssa.MakeClosure
}

func buildIndex(funcs []*ssa.Function) *index {
	idx := &index{
		globalUses: make(map[*ssa.Global][]ssa.Instruction),
		fieldAddrs: make(map[*types.Var][]*ssa.FieldAddr),
		closures:   make(map[*ssa.Function][]*ssa.MakeClosure),
	}
	var ops []*ssa.Value
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.FieldAddr:
					if f := fieldVar(instr.X.Type(), instr.Field); f != nil {
						idx.fieldAddrs[f] = append(idx.fieldAddrs[f], instr)
					}
				case *ssa.MakeClosure:
					if anon, ok := instr.Fn.(*ssa.Function); ok {
						idx.closures[anon] = append(idx.closures[anon], instr)
					}
				}
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if op == nil {
						continue
					}
					if g, ok := (*op).(*ssa.Global); ok {
						idx.globalUses[g] = append(idx.globalUses[g], instr)
					}
				}
			}
		}
	}
	return idx
}

// fieldVar returns the field (its generic origin) selected by index i of
// the struct that ptr (a pointer to struct) or a struct type refers to.
func fieldVar(t types.Type, i int) *types.Var {
	t = t.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	st, ok := t.(*types.Struct)
	if !ok || i < 0 || i >= st.NumFields() {
		return nil
	}
	return st.Field(i).Origin()
}

// referrers returns the instructions that use v, including the uses of a
// package variable that SSA does not record.
func (e *engine) referrers(v ssa.Value) []ssa.Instruction {
	if g, ok := v.(*ssa.Global); ok {
		return e.idx.globalUses[g]
	}
	if rs := v.Referrers(); rs != nil {
		return *rs
	}
	return nil
}
