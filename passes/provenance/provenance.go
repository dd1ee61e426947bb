package provenance

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/passes/cryptoapi"
)

// Analyzer computes the crypto sinks of a package and the provenance of
// their arguments. It reports nothing; its result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "provenance",
	Doc:        "find crypto API sinks and the provenance of their arguments (reports nothing)",
	URL:        "https://github.com/cryptovet/cryptovet/blob/main/passes/provenance/doc.go",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(FuncFact), new(VarFact), new(pkgFact)},
}

// Result is the provenance of the package's crypto sinks. A Result for a
// package that imports no crypto API (and no package with facts) is empty:
// Sinks is nil and Pkg is nil.
type Result struct {
	// Pkg is the SSA form of the package (nil when it was not built).
	Pkg *ssa.Package
	// Funcs are the package's source functions, including anonymous
	// functions and the package initializer, in source order.
	Funcs []*ssa.Function
	// Sinks are the sinks of the package in source order.
	Sinks []*Sink

	e        *engine
	released atomic.Int32
}

// Release tells r that one of its n consumers (the analyzers of the run
// that require this pass) is done with it. After the n-th call r drops
// the package's SSA form and sinks and answers every query as for a
// package without sinks, so a driver that analyses many packages in one
// process holds the SSA form of the packages in flight only, not of every
// package until the end. Drivers that do not call Release keep r whole.
func (r *Result) Release(n int) {
	if r == nil || n <= 0 {
		return
	}
	if int(r.released.Add(1)) == n {
		r.Pkg, r.Funcs, r.Sinks, r.e = nil, nil, nil, nil
	}
}

// Origins returns the origins of any value of the package's SSA form.
func (r *Result) Origins(v ssa.Value) Origins {
	if r == nil || r.e == nil || v == nil {
		return unknown("")
	}
	return r.e.query(v)
}

// Writes returns the instructions that may write into the memory that the
// buffer v refers to: through v's aliases in its function and closures
// and, for a value loaded from a struct field or package variable, through
// that field or variable anywhere in the package. Assignments of the
// variable or field itself have Assign set.
func (r *Result) Writes(v ssa.Value) []Write {
	if r == nil || r.e == nil {
		return nil
	}
	return r.e.writes(v)
}

// FieldStores returns the stores into field f anywhere in the package
// (composite literals included).
func (r *Result) FieldStores(f *types.Var) []*ssa.Store {
	if r == nil || r.e == nil {
		return nil
	}
	var out []*ssa.Store
	for _, fa := range r.e.idx.fieldAddrs[f.Origin()] {
		for _, ref := range r.e.referrers(fa) {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == fa {
				out = append(out, st)
			}
		}
	}
	return out
}

// SinksFor returns the sinks with one of the roles.
func (r *Result) SinksFor(roles ...cryptoapi.Role) []*Sink {
	if r == nil {
		return nil
	}
	var out []*Sink
	for _, s := range r.Sinks {
		for _, role := range roles {
			if s.Role == role {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// ParamRoles returns the roles reached by the parameters of an in-package
// function (wrappers).
func (r *Result) ParamRoles(fn *ssa.Function) []ParamRole {
	if r == nil || r.e == nil {
		return nil
	}
	return r.e.paramRoles[fn]
}

// building limits how many packages the pass builds at once. It holds no
// data: results never depend on it.
var building = make(chan struct{}, runtime.GOMAXPROCS(0))

func run(pass *analysis.Pass) (res any, err error) {
	if !gate(pass) {
		return &Result{}, nil
	}
	if os.Getenv("CRYPTOVET_PROVENANCE_PANIC") == "" {
		// An internal error must not stop the analysis of the other
		// packages: the package is then analysed as if it had no sinks
		// (silence). Set CRYPTOVET_PROVENANCE_PANIC to see the panic.
		defer func() {
			if r := recover(); r != nil {
				res, err = &Result{}, nil
			}
		}()
	}
	// Build and analyse at most GOMAXPROCS packages at a time: drivers
	// such as go/analysis/checker start every package at once, and the
	// SSA form under construction is most of this pass's memory.
	building <- struct{}{}
	defer func() { <-building }()

	prog := ssa.NewProgram(pass.Fset, ssa.InstantiateGenerics)
	// Create SSA packages for the imports, from types only. Direct
	// imports suffice: members of indirect dependencies are created on
	// demand.
	for _, imp := range pass.Pkg.Imports() {
		prog.CreatePackage(imp, nil, nil, true)
	}
	ssapkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	ssapkg.Build()

	funcs := sourceFuncs(pass, prog, ssapkg)
	all := withInstances(funcs, ssapkg)
	e := newEngine(pass, prog, ssapkg, funcs, all)
	e.calls = callExprs(pass.Files)
	e.computeSinks()
	e.exportFacts()
	return &Result{Pkg: ssapkg, Funcs: funcs, Sinks: e.sinks, e: e}, nil
}

// gate reports whether the package needs the analysis: it is not in the
// standard library, and it imports a crypto package of the table or a
// package that exports provenance facts.
func gate(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || inGOROOT(pass) {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if cryptoapi.IsCryptoPackage(imp.Path()) {
			return true
		}
		var f pkgFact
		if pass.ImportPackageFact(imp, &f) {
			return true
		}
	}
	return false
}

var goroot = filepath.Clean(runtime.GOROOT())

func inGOROOT(pass *analysis.Pass) bool {
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	return goroot != "" && goroot != "." && strings.HasPrefix(name, goroot+string(filepath.Separator)+"src"+string(filepath.Separator))
}

// sourceFuncs lists the package's source functions (declared functions
// and methods, their anonymous functions, the package initializer).
func sourceFuncs(pass *analysis.Pass, prog *ssa.Program, pkg *ssa.Package) []*ssa.Function {
	var funcs []*ssa.Function
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		funcs = append(funcs, f)
		for _, anon := range f.AnonFuncs {
			add(anon)
		}
	}
	if init := pkg.Func("init"); init != nil {
		add(init)
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if f := prog.FuncValue(obj); f != nil {
				add(f)
			}
		}
	}
	return funcs
}

// withInstances adds to funcs the instances of the package's generic
// functions that the package calls (and their anonymous functions).
func withInstances(funcs []*ssa.Function, pkg *ssa.Package) []*ssa.Function {
	all := append([]*ssa.Function(nil), funcs...)
	seen := make(map[*ssa.Function]bool, len(funcs))
	for _, f := range funcs {
		seen[f] = true
	}
	for i := 0; i < len(all); i++ {
		for _, b := range all[i].Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				callee := call.Common().StaticCallee()
				if callee == nil || seen[callee] || callee.Blocks == nil || callee.Origin() == nil || callee.Origin().Pkg != pkg {
					continue
				}
				var add func(f *ssa.Function)
				add = func(f *ssa.Function) {
					if seen[f] {
						return
					}
					seen[f] = true
					all = append(all, f)
					for _, anon := range f.AnonFuncs {
						add(anon)
					}
				}
				add(callee)
			}
		}
	}
	return all
}

// callExprs maps the Lparen of each call expression to it (SSA call
// positions are Lparens).
func callExprs(files []*ast.File) map[token.Pos]*ast.CallExpr {
	m := make(map[token.Pos]*ast.CallExpr)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				m[c.Lparen] = c
			}
			return true
		})
	}
	return m
}
