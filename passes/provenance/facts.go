package provenance

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// FuncFact summarises a function for the packages that import it. It is
// exported for exported functions and methods whose summary says
// something: what they return, which parameters reach a crypto role
// (wrappers), which buffer parameters they fill or only read.
//
// Origins in facts carry no positions, no paths and no constant bytes
// beyond a few; Param origins refer to the function's own parameters (SSA
// numbering: a method's receiver is 0).
type FuncFact struct {
	Results [][]Origin  // origins of each result; empty when unknown
	Roles   []ParamRole // parameters that reach a role of a crypto API
	Fills   []ParamFill // buffer parameters the function writes into
	Reads   []int       // buffer parameters the function never writes
}

// ParamFill says that the function writes Origins into the buffer of
// parameter Param.
type ParamFill struct {
	Param   int
	Origins []Origin
}

// VarFact says what a package variable holds when its package only ever
// assigns it values of known provenance (typically constants).
type VarFact struct {
	Origins []Origin
}

// pkgFact marks a package that exports FuncFacts or VarFacts: importers
// must be analysed even when they import no crypto package.
type pkgFact struct{}

func (*FuncFact) AFact() {}
func (*VarFact) AFact()  {}
func (*pkgFact) AFact()  {}

func (*pkgFact) String() string { return "provenance" }

func (f *FuncFact) String() string {
	var parts []string
	for i, r := range f.Results {
		if len(r) > 0 {
			parts = append(parts, fmt.Sprintf("result%d=%s", i, Origins(r)))
		}
	}
	for _, r := range f.Roles {
		parts = append(parts, fmt.Sprintf("param%d->%s(%s)", r.Param, r.Role, r.API))
	}
	for _, fl := range f.Fills {
		parts = append(parts, fmt.Sprintf("fills%d=%s", fl.Param, Origins(fl.Origins)))
	}
	for _, r := range f.Reads {
		parts = append(parts, fmt.Sprintf("reads%d", r))
	}
	return "provenance(" + strings.Join(parts, " ") + ")"
}

func (f *VarFact) String() string { return "provenance(" + Origins(f.Origins).String() + ")" }

func (f *FuncFact) fill(i int) []Origin {
	for _, fl := range f.Fills {
		if fl.Param == i {
			return fl.Origins
		}
	}
	return nil
}

// ReadOnly reports whether the function never writes into the buffer of
// parameter i.
func (f *FuncFact) ReadOnly(i int) bool {
	for _, r := range f.Reads {
		if r == i {
			return true
		}
	}
	return false
}

// fromFact returns origins read from a fact (Param origins have no
// function: substitute treats them as the callee's).
func fromFact(os []Origin) Origins {
	out := make(Origins, len(os))
	copy(out, os)
	return out
}

// toFact cleans origins for a fact of function fn: no positions, paths or
// long constants; Param origins of other functions become Unknown.
// It returns nil when nothing is known.
func toFact(os Origins, fn *ssa.Function) []Origin {
	os = stripCycles(os)
	var out []Origin
	known := false
	for _, o := range os {
		o = factOrigin(o, fn)
		if o.Kind != Unknown {
			known = true
		}
		out = append(out, o)
	}
	if !known {
		return nil
	}
	out = normalize(out)
	sortOrigins(out)
	return out
}

func factOrigin(o Origin, fn *ssa.Function) Origin {
	if o.Kind == Param && (fn == nil || (o.fn != fn && o.fn != fn.Origin())) {
		o = Origin{Kind: Unknown, Len: -1, Note: "parameter"}
	}
	o.fn = nil
	o.Pos = token.NoPos
	o.Path = nil
	if len(o.Bytes) > maxFactBytes {
		o.Bytes, o.HasBytes = "", false
	}
	if len(o.Inputs) > 0 {
		in := make([]Origin, len(o.Inputs))
		for i := range o.Inputs {
			in[i] = factOrigin(o.Inputs[i], fn)
		}
		o.Inputs = in
	}
	return o
}

// exportFacts exports the facts of the package's exported functions and
// variables.
func (e *engine) exportFacts() {
	exported := false
	for _, fn := range e.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || !obj.Exported() || fn.Parent() != nil {
			continue
		}
		var fact FuncFact
		sig := fn.Signature
		for i := 0; i < sig.Results().Len(); i++ {
			var os []Origin
			if interesting(sig.Results().At(i).Type()) {
				e.steps = 0
				os = toFact(e.returnSummary(fn, i), fn)
			}
			fact.Results = append(fact.Results, os)
		}
		trim := len(fact.Results)
		for trim > 0 && len(fact.Results[trim-1]) == 0 {
			trim--
		}
		fact.Results = fact.Results[:trim]
		fact.Roles = append(fact.Roles, e.paramRoles[fn]...)
		for i, p := range fn.Params {
			if !isBuffer(p.Type()) {
				continue
			}
			e.steps = 0
			ws := e.paramWrites(fn, i)
			if ws == nil {
				fact.Reads = append(fact.Reads, i)
			} else if fo := toFact(ws, fn); fo != nil {
				fact.Fills = append(fact.Fills, ParamFill{Param: i, Origins: fo})
			}
		}
		if len(fact.Results) > 0 || len(fact.Roles) > 0 || len(fact.Fills) > 0 {
			e.pass.ExportObjectFact(obj, &fact)
			exported = true
		}
	}
	for _, m := range e.pkg.Members {
		g, ok := m.(*ssa.Global)
		if !ok || g.Object() == nil || !g.Object().Exported() {
			continue
		}
		e.steps = 0
		os := stripCycles(e.globalContent(g))
		if !os.Known() {
			continue
		}
		if fo := toFact(os, nil); fo != nil {
			e.pass.ExportObjectFact(g.Object(), &VarFact{Origins: fo})
			exported = true
		}
	}
	if exported {
		e.pass.ExportPackageFact(&pkgFact{})
	}
}

// interesting reports whether a result type can carry key material,
// nonces, salts or parameters: byte slices and arrays, strings, integers,
// interfaces (jwt keys) and readers.
func interesting(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Pointer:
		if a, ok := u.Elem().Underlying().(*types.Array); ok {
			b, ok := a.Elem().Underlying().(*types.Basic)
			return ok && b.Kind() == types.Byte
		}
	case *types.Interface:
		return true
	}
	return false
}
