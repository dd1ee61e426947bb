package registry_test

// The constraints that let other drivers embed cryptovet's analyzers
// (Bazel nogo, golangci-lint, gopls, go vet): each analyzer a
// package-level var in its own package, no global mutable state beyond
// flags, lower-case kebab-case flag names, gob-encodable deterministic
// facts and a Run that is safe for concurrent use.

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cryptovet/cryptovet/internal/driver"
	"github.com/cryptovet/cryptovet/internal/registry"
)

const module = "github.com/cryptovet/cryptovet"

// graph returns every analyzer of the registry and everything they
// require, each once, in a deterministic order.
func graph() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		out = append(out, a)
	}
	for _, a := range registry.Analyzers() {
		visit(a)
	}
	return out
}

func TestValidate(t *testing.T) {
	if err := analysis.Validate(registry.Analyzers()); err != nil {
		t.Fatal(err)
	}
}

// loadModulePackages type-checks the analyzer packages of the module
// (analyzers/..., passes/...) and the helpers their Run functions call.
func loadModulePackages(t *testing.T) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:  filepath.Join("..", ".."),
		Env:  append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	patterns := []string{module + "/analyzers/...", module + "/internal/analysisutil"}
	if _, err := os.Stat(filepath.Join("..", "..", "passes")); err == nil {
		patterns = append(patterns, module+"/passes/...")
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("packages with errors")
	}
	return pkgs
}

// TestAnalyzerPackages checks that every analyzer of the registry is the
// package-level var Analyzer of its own package, analyzers/NAME or
// passes/NAME, and that a package declares no other analyzer.
func TestAnalyzerPackages(t *testing.T) {
	pkgs := loadModulePackages(t)
	declared := make(map[string]string) // analyzer name -> package path
	for _, pkg := range pkgs {
		var vars []string
		scope := pkg.Types.Scope()
		for _, name := range scope.Names() {
			v, ok := scope.Lookup(name).(*types.Var)
			if ok && isAnalyzerPtr(v.Type()) {
				vars = append(vars, name)
			}
		}
		// analyzers/NAME declares one analyzer; passes/NAME one or
		// none (a table like passes/cryptoapi).
		isAnalyzer := strings.HasPrefix(pkg.PkgPath, module+"/analyzers/")
		isPass := strings.HasPrefix(pkg.PkgPath, module+"/passes/")
		switch {
		case !isAnalyzer && !isPass && len(vars) > 0:
			t.Errorf("%s declares analyzers %v outside analyzers/ and passes/", pkg.PkgPath, vars)
		case isAnalyzer && !slices.Equal(vars, []string{"Analyzer"}),
			isPass && len(vars) > 0 && !slices.Equal(vars, []string{"Analyzer"}):
			t.Errorf("%s declares analyzer vars %v, want exactly one, Analyzer", pkg.PkgPath, vars)
		}
		if len(vars) != 1 || vars[0] != "Analyzer" {
			continue
		}
		// Its Name is the package's name, as for go vet's passes.
		name := analyzerName(t, pkg)
		if name != pkg.Name {
			t.Errorf("%s: Analyzer.Name %q, want the package name %q", pkg.PkgPath, name, pkg.Name)
		}
		declared[name] = pkg.PkgPath
	}
	for _, r := range registry.Rules() {
		path, ok := declared[r.Name()]
		if !ok {
			t.Errorf("registered analyzer %s is not the Analyzer var of a package of its own", r.Name())
			continue
		}
		if !strings.HasPrefix(path, module+"/analyzers/") {
			t.Errorf("registered analyzer %s lives in %s, want analyzers/%s", r.Name(), path, r.Name())
		}
	}
}

func isAnalyzerPtr(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := p.Elem().(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "golang.org/x/tools/go/analysis" && n.Obj().Name() == "Analyzer"
}

// analyzerName returns the Name field of the composite literal that
// initialises the package's Analyzer var.
func analyzerName(t *testing.T, pkg *packages.Package) string {
	for _, f := range pkg.Syntax {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "Analyzer" || len(vs.Values) != 1 {
					continue
				}
				u, ok := vs.Values[0].(*ast.UnaryExpr)
				if !ok {
					break
				}
				lit, ok := u.X.(*ast.CompositeLit)
				if !ok {
					break
				}
				for _, elt := range lit.Elts {
					kv, ok := elt.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Name" {
						if tv, ok := pkg.TypesInfo.Types[kv.Value]; ok && tv.Value != nil {
							return strings.Trim(tv.Value.ExactString(), `"`)
						}
					}
				}
			}
		}
	}
	t.Errorf("%s: var Analyzer is not &analysis.Analyzer{Name: <constant>, ...}", pkg.PkgPath)
	return ""
}

// TestNoGlobalMutableState checks that no function of an analyzer
// package, other than init, writes a package-level variable: a driver
// runs Run on many packages at once, and an analyzer used twice in one
// process (go vet's unitchecker, golangci-lint, gopls) must not see
// state left by another package. Flags are package-level variables set
// by the flag package before any Run; writes through flag.Value are not
// assignments and are not reported.
func TestNoGlobalMutableState(t *testing.T) {
	for _, pkg := range loadModulePackages(t) {
		globals := make(map[types.Object]bool)
		scope := pkg.Types.Scope()
		for _, name := range scope.Names() {
			if v, ok := scope.Lookup(name).(*types.Var); ok {
				globals[v] = true
			}
		}
		for _, f := range pkg.Syntax {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || fd.Body == nil || (fd.Recv == nil && fd.Name.Name == "init") {
					continue
				}
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					var targets []ast.Expr
					switch n := n.(type) {
					case *ast.AssignStmt:
						targets = n.Lhs
					case *ast.IncDecStmt:
						targets = []ast.Expr{n.X}
					case *ast.CallExpr:
						if id, ok := n.Fun.(*ast.Ident); ok && len(n.Args) > 0 {
							if b, ok := pkg.TypesInfo.Uses[id].(*types.Builtin); ok && (b.Name() == "delete" || b.Name() == "clear") {
								targets = n.Args[:1]
							}
						}
					}
					for _, lhs := range targets {
						if obj := rootGlobal(pkg.TypesInfo, lhs); obj != nil && globals[obj] {
							t.Errorf("%s: %s writes package-level variable %s; keep per-run state in the pass or a value built in run",
								pkg.Fset.Position(lhs.Pos()), fd.Name.Name, obj.Name())
						}
					}
					return true
				})
			}
		}
	}
}

// rootGlobal returns the variable at the root of an assignment target
// (x, x.f, x[i], x.f[i].g), if it is a package-level variable reached
// without a pointer dereference of a local.
func rootGlobal(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			obj := info.Uses[x]
			if obj == nil {
				return nil
			}
			if v, ok := obj.(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
				return v
			}
			return nil
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[x]; ok && sel.Kind() == types.FieldVal {
				e = x.X
				continue
			}
			return nil
		case *ast.IndexExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// kebab is a flag name golangci-lint's lower-cased setting keys reach.
var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestFlagNames(t *testing.T) {
	for _, a := range graph() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !kebab.MatchString(f.Name) {
				t.Errorf("%s: flag %q is not lower-case kebab-case (golangci-lint lower-cases setting keys)", a.Name, f.Name)
			}
			if f.Usage == "" {
				t.Errorf("%s: flag %q has no usage", a.Name, f.Name)
			}
		})
	}
}

// TestFacts gob-round-trips a zero and a populated value of every fact
// type in the requirement graph, through an analysis.Fact interface as
// drivers encode them, and checks that the encoding is deterministic:
// go vet's cache keys depend on the bytes of the facts file.
func TestFacts(t *testing.T) {
	n := 0
	for _, a := range graph() {
		for _, fact := range a.FactTypes {
			n++
			typ := reflect.TypeOf(fact)
			if typ.Kind() != reflect.Pointer {
				t.Errorf("%s: fact type %s is not a pointer", a.Name, typ)
				continue
			}
			gob.Register(fact)
			zero := reflect.New(typ.Elem()).Interface().(analysis.Fact)
			roundTrip(t, a.Name, "zero", zero)
			full := reflect.New(typ.Elem())
			populate(full.Elem(), 0)
			roundTrip(t, a.Name, "populated", full.Interface().(analysis.Fact))
			if s := fmt.Sprint(full.Interface()); s == "" {
				t.Errorf("%s: fact %s prints as an empty string", a.Name, typ)
			}
		}
	}
	t.Logf("%d fact types", n)
}

// envelope holds a fact as drivers encode it, behind the interface.
type envelope struct{ Fact analysis.Fact }

func roundTrip(t *testing.T, analyzer, what string, fact analysis.Fact) {
	t.Helper()
	encode := func() []byte {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(envelope{fact}); err != nil {
			t.Fatalf("%s: %s %T fact: gob encoding: %v", analyzer, what, fact, err)
		}
		return buf.Bytes()
	}
	data := encode()
	for range 10 {
		if !bytes.Equal(encode(), data) {
			t.Errorf("%s: %s %T fact: encoding is not deterministic (a map?)", analyzer, what, fact)
			break
		}
	}
	var got envelope
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&got); err != nil {
		t.Fatalf("%s: %s %T fact: gob decoding: %v", analyzer, what, fact, err)
	}
	// gob does not tell nil from empty, nor a zero struct from a nil
	// pointer; compare what the encoding carries.
	if !bytes.Equal(encodeOrNil(got.Fact), data) {
		t.Errorf("%s: %s %T fact changes in a round trip: %+v became %+v", analyzer, what, fact, fact, got.Fact)
	}
	if what == "populated" && !reflect.DeepEqual(got.Fact, fact) {
		t.Errorf("%s: populated %T fact changes in a round trip: %+v became %+v (gob encodes exported fields only)", analyzer, fact, fact, got.Fact)
	}
}

func encodeOrNil(f analysis.Fact) []byte {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(envelope{f}); err != nil {
		return nil
	}
	return buf.Bytes()
}

// populate fills the exported fields of v with non-zero values, maps
// with several entries so that iteration order would show.
func populate(v reflect.Value, depth int) {
	if depth > 4 || !v.CanSet() {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(depth + 3))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(depth + 3))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", depth))
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		populate(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 3, 3)
		for i := range 3 {
			populate(s.Index(i), depth+1)
			if s.Index(i).Kind() == reflect.Int || s.Index(i).Kind() == reflect.String {
				populateDistinct(s.Index(i), i)
			}
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			populate(v.Index(i), depth+1)
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for i := range 8 {
			k := reflect.New(v.Type().Key()).Elem()
			populate(k, depth+1)
			populateDistinct(k, i)
			e := reflect.New(v.Type().Elem()).Elem()
			populate(e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		// Exported fields only: gob drops the others, which facts may
		// use for in-process state that they clear before export.
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				populate(v.Field(i), depth+1)
			}
		}
	}
}

// populateDistinct makes the i-th map key or slice element differ from
// the others, for the kinds that can.
func populateDistinct(v reflect.Value, i int) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(i))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(i))
	case reflect.String:
		v.SetString(fmt.Sprintf("k%d", i))
	}
}

// TestConcurrentRuns runs every analyzer on the fixture modules and on
// the analyzers' test packages, twice at once on the same loaded
// packages (run it with -race), with the checker's fact sanity check,
// and requires the same findings from every run.
func TestConcurrentRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and analyses every test package; skipped with -short")
	}
	start := time.Now()
	pkgs := loadFixtures(t)
	t.Logf("loaded in %s", time.Since(start).Round(time.Millisecond))
	start = time.Now()
	if len(pkgs) == 0 {
		t.Fatal("no packages loaded")
	}
	analyzers := registry.Analyzers()
	const runs = 2
	results := make([][]string, runs)
	var wg sync.WaitGroup
	for i := range runs {
		wg.Go(func() {
			graph, err := checker.Analyze(analyzers, pkgs, &checker.Options{SanityCheck: true})
			if err != nil {
				t.Errorf("run %d: %v", i, err)
				return
			}
			results[i] = findingsOf(graph)
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	for _, line := range results[0] {
		if strings.Contains(line, ": error: ") {
			t.Errorf("analysis failed: %s", line)
		}
	}
	for i := 1; i < runs; i++ {
		if !slices.Equal(results[i], results[0]) {
			t.Errorf("run %d differs from run 0\n--- run %d\n%s\n--- run 0\n%s", i, i,
				strings.Join(results[i], "\n"), strings.Join(results[0], "\n"))
		}
	}
	t.Logf("%d packages, %d analyzers, %d findings per run; analysed in %s",
		len(pkgs), len(analyzers), len(results[0]), time.Since(start).Round(time.Millisecond))
}

func findingsOf(g *checker.Graph) []string {
	var out []string
	for act := range g.All() {
		if act.Err != nil {
			out = append(out, fmt.Sprintf("%s: error: %v", act, act.Err))
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			out = append(out, fmt.Sprintf("%s: %s: %s", act.Package.Fset.Position(d.Pos), act.Analyzer.Name, d.Message))
		}
	}
	sort.Strings(out)
	return out
}

// loadFixtures loads the example and vetmulti modules and every GOPATH
// tree of the analyzers' tests (analyzers/*/testdata/src), with tests, as
// the cryptovet command loads packages: the named packages from source,
// their dependencies (the standard library included) from export data.
func loadFixtures(t *testing.T) []*packages.Package {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	var all []*packages.Package
	load := func(cfg driver.Config) {
		pkgs, errs, err := driver.Load(cfg)
		if err != nil {
			t.Fatalf("%s: %v", cfg.Dir, err)
		}
		for _, e := range errs {
			t.Logf("%s: skipping %s, which does not load: %s", cfg.Dir, e.Package, e.Message)
		}
		for _, p := range pkgs {
			if !p.IllTyped && p.Types != nil {
				all = append(all, p)
			}
		}
	}
	for _, m := range []string{"example", "vetmulti"} {
		load(driver.Config{
			Dir: filepath.Join(root, "testdata", m), Patterns: []string{"./..."}, Tests: true,
			Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"),
		})
	}
	srcs, _ := filepath.Glob(filepath.Join(root, "analyzers", "*", "testdata", "src"))
	for _, src := range srcs {
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		// Every package of the tree, the stubs of golang.org/x/crypto and
		// the like included: in GOPATH mode they have no export data.
		var patterns []string
		for _, e := range entries {
			if e.IsDir() {
				patterns = append(patterns, e.Name()+"/...")
			}
		}
		if len(patterns) == 0 {
			continue
		}
		load(driver.Config{
			Dir: src, Patterns: patterns, Tests: true,
			Env: append(os.Environ(), "GOPATH="+filepath.Dir(src), "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
		})
	}
	return all
}

// TestNogoDoc checks the nogo setup of docs/bazel-nogo.md against the
// registry: the nogo target lists every analyzer, and the example
// nogo_config.json names real analyzers and flags, with values the flags
// accept and file patterns that compile.
func TestNogoDoc(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "bazel-nogo.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)

	deps := regexp.MustCompile(`"@com_github_cryptovet_cryptovet//analyzers/([a-z0-9]+)"`).FindAllStringSubmatch(doc, -1)
	var listed []string
	for _, m := range deps {
		listed = append(listed, m[1])
	}
	var want []string
	for _, r := range registry.Rules() {
		want = append(want, r.Name())
	}
	if !slices.Equal(listed, want) {
		t.Errorf("the nogo target of docs/bazel-nogo.md lists %v, want every analyzer in order: %v", listed, want)
	}

	_, after, ok := strings.Cut(doc, "```json\n")
	if !ok {
		t.Fatal("no ```json block in docs/bazel-nogo.md")
	}
	block, _, _ := strings.Cut(after, "```")
	var cfg map[string]struct {
		Description   string            `json:"description"`
		OnlyFiles     map[string]string `json:"only_files"`
		ExcludeFiles  map[string]string `json:"exclude_files"`
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
	}
	dec := json.NewDecoder(strings.NewReader(dedent(block)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf("nogo_config.json in docs/bazel-nogo.md: %v", err)
	}
	for name, c := range cfg {
		for re := range c.OnlyFiles {
			if _, err := regexp.Compile(re); err != nil {
				t.Errorf("%s: only_files %q: %v", name, re, err)
			}
		}
		for re := range c.ExcludeFiles {
			if _, err := regexp.Compile(re); err != nil {
				t.Errorf("%s: exclude_files %q: %v", name, re, err)
			}
		}
		if name == "_base" {
			continue
		}
		r := registry.Lookup(name)
		if r == nil {
			t.Errorf("nogo config names %q, which is no analyzer", name)
			continue
		}
		for flagName, value := range c.AnalyzerFlags {
			f := r.Analyzer.Flags.Lookup(flagName)
			if f == nil {
				t.Errorf("nogo config: %s has no flag %q", name, flagName)
				continue
			}
			old := f.Value.String()
			if err := f.Value.Set(value); err != nil {
				t.Errorf("nogo config: %s.%s=%q: %v", name, flagName, value, err)
			}
			if err := f.Value.Set(old); err != nil {
				t.Fatalf("restoring %s.%s: %v", name, flagName, err)
			}
		}
	}
}

// dedent removes the indentation of a code block inside a list item.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	indent := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " "))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	for i, l := range lines {
		if len(l) >= indent && indent > 0 {
			lines[i] = l[indent:]
		}
	}
	return strings.Join(lines, "\n")
}
