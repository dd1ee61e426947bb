package rand

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

// A ChaCha8 of math/rand/v2 is "a ChaCha8-based cryptographically strong
// random number generator" (its documentation): its output is as
// unpredictable as its 32-byte seed. strongGenerator decides for a
// generator whose construction the trace reaches; this file covers the
// ones it does not reach (a *ChaCha8 taken out of a sync.Pool or an any)
// and the functions of other packages that return such output.

// strongChaCha8 is the fact of a function whose results carry math/rand
// output only from ChaCha8 generators seeded with crypto/rand bytes.
type strongChaCha8 struct{}

func (*strongChaCha8) AFact()         {}
func (*strongChaCha8) String() string { return "strongChaCha8" }

// untracedStrong reports whether a generator of static type t that the
// trace followed to a value of interface type (pool.Get().(*rand.ChaCha8))
// is strong: every generator of that type the package makes is. A
// *ChaCha8 is strong when every rand.NewChaCha8 call of the package is
// seeded from crypto/rand, a *rand.Rand of math/rand/v2 when every
// rand.New of the package is over a strong generator; there must be at
// least one such call.
func (c *checker) untracedStrong(t types.Type) bool {
	var name string
	switch {
	case analysisutil.IsNamedType(t, "math/rand/v2", "ChaCha8"):
		name = "NewChaCha8"
	case analysisutil.IsNamedType(t, "math/rand/v2", "Rand"):
		name = "New"
	default:
		return false
	}
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		return false
	}
	if s, ok := c.pkgStrong[name]; ok {
		return s // false while it is being computed
	}
	c.pkgStrong[name] = false
	seen, strong := false, true
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !strong {
				return strong
			}
			fn := analysisutil.Callee(c.pass.TypesInfo, call)
			if fn == nil || !analysisutil.IsFunc(fn, "math/rand/v2", name) {
				return true
			}
			seen = true
			if len(call.Args) != 1 {
				strong = false
			} else if name == "NewChaCha8" {
				strong = c.cryptoSeed(call.Args[0])
			} else {
				strong = c.strongGenerator(call.Args[0])
			}
			return strong
		})
	}
	c.pkgStrong[name] = seen && strong
	return seen && strong
}

// isInterface reports whether a leaf's expression has an interface type:
// the generator was stored as an any (a sync.Pool, a map of any) and
// asserted back.
func (c *checker) isInterface(l analysisutil.Leaf) bool {
	if l.Expr == nil {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(l.Expr)
	return t != nil && types.IsInterface(t) && !isGeneratorType(t)
}

// strongCallee reports whether a function of another package returns
// math/rand output only from crypto-seeded ChaCha8s.
func (c *checker) strongCallee(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return false
	}
	return c.pass.ImportObjectFact(fn.Origin(), new(strongChaCha8))
}

// strongOutside reports whether the values of other packages that e is
// built from carry math/rand output only from crypto-seeded ChaCha8s:
// every call of another package that returns math/rand output has the
// fact, and there is at least one.
func (c *checker) strongOutside(leaves []analysisutil.Leaf) bool {
	seen := false
	for _, l := range leaves {
		if l.Kind == analysisutil.LeafVar && l.Obj != nil && l.Obj.Pkg() != nil && l.Obj.Pkg() != c.pass.Pkg &&
			l.Obj.Pkg().Path() != "crypto/rand" {
			return false // a variable of another package: its facts say nothing of ChaCha8
		}
		if l.Kind != analysisutil.LeafCall || l.Callee == nil || l.Callee.Pkg() == nil || l.Callee.Pkg() == c.pass.Pkg ||
			isMathRand(l.Callee) {
			continue
		}
		if c.strongCallee(l.Callee) {
			seen = true
		} else if c.resultFromMathRand(l.Call, l.Index) {
			return false
		}
	}
	return seen
}

// exportFacts marks the exported functions of the package whose results
// carry math/rand output, all of it from ChaCha8s seeded by crypto/rand.
func (c *checker) exportFacts(in map[token.Pos]*ast.CallExpr) {
	if c.res == nil || c.res.Pkg == nil {
		return
	}
	for _, sf := range c.res.Funcs {
		fn, ok := sf.Object().(*types.Func)
		if !ok || sf.Parent() != nil || !fn.Exported() {
			continue
		}
		d := c.flow.Decl(fn)
		if d == nil || d.Body == nil || d.Type.Results == nil {
			continue
		}
		if c.strongResults(sf, d, in) {
			c.pass.ExportObjectFact(fn, new(strongChaCha8))
		}
	}
}

func (c *checker) strongResults(sf *ssa.Function, d *ast.FuncDecl, calls map[token.Pos]*ast.CallExpr) bool {
	any, outside := false, false
	for _, b := range sf.Blocks {
		for _, instr := range b.Instrs {
			ret, ok := instr.(*ssa.Return)
			if !ok {
				continue
			}
			for _, v := range ret.Results {
				for _, o := range c.res.Origins(v) {
					if o.Kind != provenance.MathRand {
						continue
					}
					any = true
					if !o.Pos.IsValid() {
						outside = true // from another package's facts
						continue
					}
					at := calls[o.Pos]
					if at == nil {
						return false
					}
					fn := analysisutil.Callee(c.pass.TypesInfo, at)
					if fn == nil || !isMathRand(fn) || isConstructor(fn) || !c.strongReceiver(at) {
						return false
					}
				}
			}
		}
	}
	if !any {
		return false
	}
	if outside {
		var leaves []analysisutil.Leaf
		eachResult(d.Body, func(r ast.Expr) { leaves = append(leaves, c.tr.Trace(r)...) })
		if !c.strongOutside(leaves) {
			return false
		}
	}
	return true
}
