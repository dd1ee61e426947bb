package cli

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cryptovet/cryptovet/internal/config"
	"github.com/cryptovet/cryptovet/internal/registry"
)

// effective is the configuration of one run, with where each value came
// from: "default", "FILE:LINE" or "flag -NAME".
type effective struct {
	file       *config.File // nil without a configuration file
	searched   string       // the directory the file was looked for from
	on         map[string]bool
	onSrc      map[string]string
	tests      bool
	testsSrc   string
	exclude    []string
	excludeSrc []string
	base       string            // the directory exclude globs are relative to
	flagSrc    map[string]string // "NAME.FLAG" -> source
}

// rules returns the enabled rules in registry order.
func (e *effective) rules() []*registry.Rule {
	var out []*registry.Rule
	for _, r := range registry.Rules() {
		if e.on[r.Name()] {
			out = append(out, r)
		}
	}
	return out
}

// recorded is an analyzer flag given on the command line.
type recorded struct {
	name, value string
	flag        *flag.Flag
}

// recorder wraps an analyzer flag's value to remember the command line's
// settings, which are applied again over the configuration file's.
type recorder struct {
	flag.Value
	name string
	f    *flag.Flag
	log  *[]recorded
}

func (r *recorder) Set(s string) error {
	if err := r.Value.Set(s); err != nil {
		return err
	}
	*r.log = append(*r.log, recorded{r.name, s, r.f})
	return nil
}

func (r *recorder) IsBoolFlag() bool {
	b, ok := r.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// resetAnalyzerFlags sets every analyzer flag to its default, so that a
// run does not inherit the settings of an earlier one in the same process.
func resetAnalyzerFlags() {
	for _, r := range registry.Rules() {
		r.Analyzer.Flags.VisitAll(func(f *flag.Flag) { _ = f.Value.Set(f.DefValue) })
	}
}

// resolve loads the configuration file (path, or the one found from cwd)
// and combines it with the command line: flags override the file.
func resolve(path, cwd string, enabled map[string]*triState, testsFlag *bool, testsSet bool, given []recorded) (*effective, error) {
	e := &effective{
		searched: cwd,
		on:       map[string]bool{},
		onSrc:    map[string]string{},
		testsSrc: "default",
		base:     cwd,
		flagSrc:  map[string]string{},
	}
	if path == "" {
		found, err := config.Find(cwd)
		if err != nil {
			return nil, err
		}
		path = found
	}
	if path != "" {
		f, err := config.Load(path)
		if err != nil {
			return nil, err
		}
		if err := f.Apply(); err != nil {
			return nil, err
		}
		e.file = f
		if abs, err := filepath.Abs(path); err == nil {
			e.base = filepath.Dir(abs)
		}
	}
	where := func(key string) string {
		if e.file == nil {
			return ""
		}
		if w := e.file.Where(key); w != "" {
			return displayPath(w, cwd)
		}
		return ""
	}

	// Thresholds: the file's, then the command line's again.
	for _, g := range given {
		if err := g.flag.Value.Set(g.value); err != nil {
			return nil, fmt.Errorf("-%s: %v", g.name, err)
		}
	}
	for _, r := range registry.Rules() {
		r.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			key := r.Name() + "." + f.Name
			src := "default"
			if w := where("settings." + key); w != "" {
				src = w
			}
			for _, g := range given {
				if g.name == key {
					src = "flag -" + key
				}
			}
			e.flagSrc[key] = src
		})
	}

	// Analyzers: go vet's semantics for the flags, then the file.
	anyTrue := false
	for _, t := range enabled {
		if *t == setTrue {
			anyTrue = true
		}
	}
	var s config.Settings
	if e.file != nil {
		s = e.file.Settings
	}
	for _, r := range registry.Rules() {
		name := r.Name()
		t := *enabled[name]
		switch {
		case anyTrue && t == setTrue:
			e.on[name], e.onSrc[name] = true, "flag -"+name
		case anyTrue:
			e.on[name], e.onSrc[name] = false, "flags name other analyzers"
		case t == setFalse:
			e.on[name], e.onSrc[name] = false, "flag -"+name+"=false"
		case slices.Contains(s.Disable, name):
			e.on[name], e.onSrc[name] = false, where("disable."+name)
		case len(s.Enable) > 0 && !slices.Contains(s.Enable, name):
			e.on[name], e.onSrc[name] = false, where("enable")+" (not in enable)"
		case slices.Contains(s.Enable, name):
			e.on[name], e.onSrc[name] = true, where("enable."+name)
		default:
			e.on[name], e.onSrc[name] = true, "default"
		}
	}

	// Tests and excluded paths.
	e.tests = *testsFlag
	switch {
	case testsSet:
		e.testsSrc = "flag -tests"
	case s.Tests != nil:
		e.tests, e.testsSrc = *s.Tests, where("tests")
	}
	for i, g := range s.Exclude {
		e.exclude = append(e.exclude, g)
		e.excludeSrc = append(e.excludeSrc, where("exclude."+strconv.Itoa(i)))
	}
	return e, nil
}

// displayPath shortens "PATH:LINE" to a path relative to cwd when the file
// lies below it.
func displayPath(w, cwd string) string {
	i := strings.LastIndex(w, ":")
	return relTo(w[:i], cwd) + w[i:]
}

// relTo returns path relative to cwd when it lies below cwd.
func relTo(path, cwd string) string {
	if abs, err := filepath.Abs(path); err == nil {
		if rel, err := filepath.Rel(cwd, abs); err == nil && filepath.IsLocal(rel) {
			return rel
		}
	}
	return path
}

// print writes the effective configuration as a configuration file, each
// value with its source as a comment.
func (e *effective) print(w io.Writer) {
	var lines [][2]string // text, comment
	add := func(text, comment string) { lines = append(lines, [2]string{text, comment}) }

	add("# Effective cryptovet configuration; each value's source follows it.", "")
	if e.file != nil {
		add("# Configuration file: "+relTo(e.file.Path, e.searched), "")
	} else {
		add("# Configuration file: none ("+config.FileName+" in "+e.searched+" or a parent directory, or -config FILE)", "")
	}
	var on, off []*registry.Rule
	for _, r := range registry.Rules() {
		if e.on[r.Name()] {
			on = append(on, r)
		} else {
			off = append(off, r)
		}
	}
	list := func(key string, rs []*registry.Rule) {
		if len(rs) == 0 {
			add(key+": []", "")
			return
		}
		add(key+":", "")
		for _, r := range rs {
			add("  - "+r.Name(), e.onSrc[r.Name()])
		}
	}
	list("enable", on)
	list("disable", off)
	add("tests: "+strconv.FormatBool(e.tests), e.testsSrc)
	if len(e.exclude) == 0 {
		add("exclude: []", "default")
	} else {
		add("exclude:", "relative to "+e.base)
		for i, g := range e.exclude {
			add("  - "+strconv.Quote(g), e.excludeSrc[i])
		}
	}
	add("settings:", "")
	for _, r := range registry.Rules() {
		first := true
		r.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				add("  "+r.Name()+":", "")
				first = false
			}
			add("    "+f.Name+": "+yamlValue(f), e.flagSrc[r.Name()+"."+f.Name])
		})
	}

	width := 0
	for _, l := range lines {
		if l[1] != "" {
			width = max(width, len(l[0]))
		}
	}
	for _, l := range lines {
		if l[1] == "" {
			fmt.Fprintln(w, l[0])
			continue
		}
		fmt.Fprintf(w, "%-*s  # %s\n", width, l[0], l[1])
	}
}

// yamlValue formats a flag's value for YAML: booleans and numbers bare,
// anything else quoted.
func yamlValue(f *flag.Flag) string {
	s := f.Value.String()
	if g, ok := f.Value.(flag.Getter); ok {
		switch g.Get().(type) {
		case bool, int, int64, uint, uint64, float64:
			return s
		}
	}
	return strconv.Quote(s)
}
