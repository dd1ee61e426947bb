package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cryptovet/cryptovet/internal/policy"
	"github.com/cryptovet/cryptovet/internal/registry"
)

// FileName is the name of the configuration file, looked up in the working
// directory and its parents.
const FileName = ".cryptovet.yml"

// File is a configuration file: its settings and the line each was set on.
type File struct {
	// Path is the file's path as found or given.
	Path     string
	Settings Settings
	// lines maps a key to its line: a top-level key ("enable",
	// "tests"), "exclude.N" (the Nth pattern), "enable.NAME",
	// "disable.NAME", "settings.NAME.FLAG".
	lines map[string]int
	// order lists the "settings.NAME.FLAG" keys in file order.
	order []string
}

// Error is a problem in a configuration file, at a line when known.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Find returns the configuration file that applies to dir: the first
// .cryptovet.yml in dir or one of its parents, up to the root of the file
// system. It returns "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		fi, err := os.Stat(p)
		switch {
		case err == nil && !fi.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrPermission):
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and parses a configuration file.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Line returns the line where key was set (see File.lines), or 0.
func (f *File) Line(key string) int { return f.lines[key] }

// Where returns "FILE:LINE" for key, or "" when the file does not set it.
func (f *File) Where(key string) string {
	if l := f.lines[key]; l > 0 {
		return fmt.Sprintf("%s:%d", f.Path, l)
	}
	return ""
}

// Apply sets the analyzers' thresholds from the file, as
// Settings.ApplyThresholds does, with errors naming the file and line.
func (f *File) Apply() error {
	for _, key := range f.order {
		_, rest, _ := strings.Cut(key, ".")
		name, flagName, _ := strings.Cut(rest, ".")
		if err := SetFlag(registry.Lookup(name), flagName, f.Settings.Settings[name][flagName]); err != nil {
			return &Error{f.Path, f.lines[key], err.Error()}
		}
	}
	return nil
}

// PolicyOptions returns the policy options the settings ask for: the test
// file policy and the excluded paths, relative to base.
func (s *Settings) PolicyOptions(base string) *policy.Options {
	opts := &policy.Options{Exclude: s.Exclude, ExcludeBase: base}
	if s.Tests != nil {
		opts.Tests = *s.Tests
	}
	return opts
}

var topKeys = []string{"disable", "enable", "exclude", "settings", "tests"}

// yamlLine finds the line in a yaml.v3 error message.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Parse parses the contents of a configuration file. Unknown keys,
// unknown analyzers and flags, and values of the wrong kind are errors
// naming the file and line; threshold values are checked by Apply.
func Parse(path string, data []byte) (f *File, err error) {
	defer func() {
		// Old yaml.v3 releases panic on some malformed documents.
		if r := recover(); r != nil {
			f, err = nil, &Error{File: path, Msg: fmt.Sprintf("invalid YAML: %v", r)}
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, &Error{path, line, "invalid YAML: " + m[2]}
		}
		return nil, &Error{File: path, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
	}
	f = &File{Path: path, lines: make(map[string]int)}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return f, nil // empty file
	}
	root := deref(doc.Content[0])
	if isNull(root) {
		return f, nil
	}
	p := &parser{f: f}
	if root.Kind != yaml.MappingNode {
		return nil, p.errorf(root, "want a mapping of settings (%s)", strings.Join(topKeys, ", "))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], deref(root.Content[i+1])
		if seen[k.Value] {
			return nil, p.errorf(k, "duplicate key %q", k.Value)
		}
		seen[k.Value] = true
		f.lines[k.Value] = k.Line
		var err error
		switch k.Value {
		case "enable":
			f.Settings.Enable, err = p.analyzers("enable", v)
		case "disable":
			f.Settings.Disable, err = p.analyzers("disable", v)
		case "tests":
			err = p.tests(v)
		case "exclude":
			err = p.exclude(v)
		case "settings":
			err = p.settings(v)
		default:
			err = p.errorf(k, "unknown key %q (known: %s)", k.Value, strings.Join(topKeys, ", "))
		}
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

type parser struct{ f *File }

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	return &Error{p.f.Path, n.Line, fmt.Sprintf(format, args...)}
}

func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// strings returns the elements of a sequence of strings; null is empty.
func (p *parser) stringList(key string, n *yaml.Node, what string) ([]string, []*yaml.Node, error) {
	if isNull(n) {
		return nil, nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, nil, p.errorf(n, "%s: want a list of %s, e.g. [%s]", key, what, exampleOf(what))
	}
	var out []string
	var nodes []*yaml.Node
	for _, e := range n.Content {
		e = deref(e)
		if e.Kind != yaml.ScalarNode || e.ShortTag() != "!!str" {
			return nil, nil, p.errorf(e, "%s: want %s, got %s", key, what, describe(e))
		}
		out = append(out, e.Value)
		nodes = append(nodes, e)
	}
	return out, nodes, nil
}

func exampleOf(what string) string {
	if what == "path globs" {
		return `"legacy/**"`
	}
	return "timing"
}

func (p *parser) analyzers(key string, n *yaml.Node) ([]string, error) {
	list, nodes, err := p.stringList(key, n, "analyzer names")
	if err != nil {
		return nil, err
	}
	for i, name := range list {
		if registry.Lookup(name) == nil {
			return nil, p.errorf(nodes[i], "%s: unknown analyzer %q (known: %s)", key, name, strings.Join(names(), ", "))
		}
		p.f.lines[key+"."+name] = nodes[i].Line
	}
	if len(list) == 0 {
		return nil, nil
	}
	return list, nil
}

func (p *parser) tests(v *yaml.Node) error {
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
		return p.errorf(v, "tests: want true or false, got %s", describe(v))
	}
	b, err := strconv.ParseBool(v.Value)
	if err != nil {
		return p.errorf(v, "tests: want true or false, got %q", v.Value)
	}
	p.f.Settings.Tests = &b
	return nil
}

func (p *parser) exclude(n *yaml.Node) error {
	globs, nodes, err := p.stringList("exclude", n, "path globs")
	if err != nil {
		return err
	}
	for i, g := range globs {
		if err := policy.ValidateExclude(g); err != nil {
			return p.errorf(nodes[i], "exclude: %v", err)
		}
		p.f.lines["exclude."+strconv.Itoa(i)] = nodes[i].Line
	}
	p.f.Settings.Exclude = globs
	return nil
}

func (p *parser) settings(n *yaml.Node) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "settings: want a mapping from analyzer names to their settings, e.g. {keysize: {minbits: 3072}}")
	}
	p.f.Settings.Settings = make(map[string]map[string]any)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		r := registry.Lookup(k.Value)
		if r == nil {
			return p.errorf(k, "settings: unknown analyzer %q (known: %s)", k.Value, strings.Join(names(), ", "))
		}
		if _, dup := p.f.Settings.Settings[k.Value]; dup {
			return p.errorf(k, "settings: duplicate analyzer %q", k.Value)
		}
		m := make(map[string]any)
		p.f.Settings.Settings[k.Value] = m
		if isNull(v) {
			continue
		}
		if v.Kind != yaml.MappingNode {
			return p.errorf(v, "settings.%s: want a mapping from setting names to values, e.g. {%s}", k.Value, flagExample(r))
		}
		for j := 0; j+1 < len(v.Content); j += 2 {
			fk, fv := v.Content[j], deref(v.Content[j+1])
			key := "settings." + k.Value + "." + fk.Value
			if r.Analyzer.Flags.Lookup(fk.Value) == nil {
				known := "it has none"
				if fns := flagNames(&r.Analyzer.Flags); len(fns) > 0 {
					known = "known: " + strings.Join(fns, ", ")
				}
				return p.errorf(fk, "settings.%s: unknown setting %q (%s)", k.Value, fk.Value, known)
			}
			if _, dup := m[fk.Value]; dup {
				return p.errorf(fk, "settings.%s: duplicate setting %q", k.Value, fk.Value)
			}
			val, err := p.value(key, fv)
			if err != nil {
				return err
			}
			m[fk.Value] = val
			p.f.lines[key] = fk.Line
			p.f.order = append(p.f.order, key)
		}
	}
	return nil
}

// value returns a setting's value: a scalar as its text, a sequence of
// scalars as a []any of their texts (a comma-separated list for the flag).
func (p *parser) value(key string, n *yaml.Node) (any, error) {
	switch {
	case n.Kind == yaml.ScalarNode && !isNull(n):
		return n.Value, nil
	case n.Kind == yaml.SequenceNode:
		var out []any
		for _, e := range n.Content {
			e = deref(e)
			if e.Kind != yaml.ScalarNode || isNull(e) {
				return nil, p.errorf(e, "%s: want a list of values, got %s", key, describe(e))
			}
			out = append(out, e.Value)
		}
		return out, nil
	}
	return nil, p.errorf(n, "%s: want a value, got %s", key, describe(n))
}

func flagExample(r *registry.Rule) string {
	names := flagNames(&r.Analyzer.Flags)
	if len(names) == 0 {
		return ""
	}
	f := r.Analyzer.Flags.Lookup(names[0])
	return names[0] + ": " + f.DefValue
}

// describe names the kind of a node for an error message.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}
