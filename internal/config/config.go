// Package config is cryptovet's settings model, shared by the
// configuration file (.cryptovet.yml), the golangci-lint plugin settings
// and the command line: which analyzers run, every analyzer threshold, the
// test-file policy and excluded paths. Keys are lower-case kebab-case, as
// golangci-lint lower-cases setting keys.
package config

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/cryptovet/cryptovet/internal/registry"
)

// Settings is the one settings model. The YAML file and the golangci-lint
// settings have the same shape:
//
//	disable: [timing]          # analyzers to turn off
//	enable: [nonce, kdf]       # if set, only these run
//	settings:                  # analyzer thresholds, by analyzer and flag name
//	  keysize:
//	    minbits: 3072
//	tests: false               # report findings in _test.go files
//	exclude: ["legacy/**"]     # path globs whose findings are not reported
type Settings struct {
	Disable  []string                  `json:"disable,omitempty" yaml:"disable,omitempty" mapstructure:"disable"`
	Enable   []string                  `json:"enable,omitempty" yaml:"enable,omitempty" mapstructure:"enable"`
	Settings map[string]map[string]any `json:"settings,omitempty" yaml:"settings,omitempty" mapstructure:"settings"`
	Tests    *bool                     `json:"tests,omitempty" yaml:"tests,omitempty" mapstructure:"tests"`
	Exclude  []string                  `json:"exclude,omitempty" yaml:"exclude,omitempty" mapstructure:"exclude"`
}

// Rules returns the rules that the settings enable, in registry order,
// or an error naming an unknown analyzer.
func (s *Settings) Rules() ([]*registry.Rule, error) {
	for _, name := range append(append([]string(nil), s.Enable...), s.Disable...) {
		if registry.Lookup(name) == nil {
			return nil, fmt.Errorf("unknown analyzer %q (known: %s)", name, strings.Join(names(), ", "))
		}
	}
	var out []*registry.Rule
	for _, r := range registry.Rules() {
		if len(s.Enable) > 0 && !contains(s.Enable, r.Name()) {
			continue
		}
		if contains(s.Disable, r.Name()) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// ApplyThresholds sets the analyzers' flags from Settings.Settings. It
// changes the analyzers' flag values, which are process-wide, as go vet's
// -NAME.FLAG flags do.
func (s *Settings) ApplyThresholds() error {
	analyzers := make([]string, 0, len(s.Settings))
	for a := range s.Settings {
		analyzers = append(analyzers, a)
	}
	sort.Strings(analyzers)
	for _, a := range analyzers {
		r := registry.Lookup(a)
		if r == nil {
			return fmt.Errorf("settings: unknown analyzer %q (known: %s)", a, strings.Join(names(), ", "))
		}
		keys := make([]string, 0, len(s.Settings[a]))
		for k := range s.Settings[a] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := SetFlag(r, k, s.Settings[a][k]); err != nil {
				return err
			}
		}
	}
	return nil
}

// SetFlag sets one analyzer flag from a settings value.
func SetFlag(r *registry.Rule, name string, value any) error {
	f := r.Analyzer.Flags.Lookup(name)
	if f == nil {
		return fmt.Errorf("settings: analyzer %s has no setting %q (it has: %s)", r.Name(), name, strings.Join(flagNames(&r.Analyzer.Flags), ", "))
	}
	var v string
	switch x := value.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = fmt.Sprint(e)
		}
		v = strings.Join(parts, ",")
	case []string:
		v = strings.Join(x, ",")
	default:
		v = fmt.Sprint(x)
	}
	if err := f.Value.Set(v); err != nil {
		return fmt.Errorf("settings: %s.%s: bad value %q: %v", r.Name(), name, v, err)
	}
	return nil
}

func flagNames(fs *flag.FlagSet) []string {
	var out []string
	fs.VisitAll(func(f *flag.Flag) { out = append(out, f.Name) })
	return out
}

func names() []string {
	var out []string
	for _, r := range registry.Rules() {
		out = append(out, r.Name())
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
