package cryptovet

import (
	"encoding/json"
	"flag"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/cryptovet/cryptovet/internal/policy"
	"github.com/cryptovet/cryptovet/internal/registry"
)

// settings decodes YAML-like settings the way golangci-lint hands them
// to a plugin: maps with lower-cased keys, numbers, lists of any.
func settings(t *testing.T, js string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// keepFlags restores the analyzers' flags after the test, as New sets
// them process-wide.
func keepFlags(t *testing.T) {
	type saved struct{ rule, name, value string }
	var all []saved
	for _, r := range registry.Rules() {
		for _, name := range flagNames(r) {
			all = append(all, saved{r.Name(), name, r.Analyzer.Flags.Lookup(name).Value.String()})
		}
	}
	t.Cleanup(func() {
		for _, s := range all {
			if err := registry.Lookup(s.rule).Analyzer.Flags.Set(s.name, s.value); err != nil {
				t.Errorf("restoring %s.%s: %v", s.rule, s.name, err)
			}
		}
	})
}

func flagNames(r *registry.Rule) []string {
	var names []string
	r.Analyzer.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

func names(p register.LinterPlugin) []string {
	as, err := p.BuildAnalyzers()
	if err != nil {
		panic(err)
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("cryptovet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", got, register.LoadModeTypesInfo)
	}
	var want []string
	for _, r := range registry.Rules() {
		want = append(want, r.Name())
	}
	if got := names(p); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("no settings: analyzers %v, want every analyzer %v", got, want)
	}
	as, _ := p.BuildAnalyzers()
	for _, a := range as {
		if a == registry.Lookup(a.Name).Analyzer {
			t.Errorf("%s is not wrapped with the policy", a.Name)
		}
		if len(a.Requires) != len(registry.Lookup(a.Name).Analyzer.Requires) {
			t.Errorf("%s: the wrapper lost the analyzer's requirements", a.Name)
		}
	}
}

func TestSettings(t *testing.T) {
	keepFlags(t)
	for _, tc := range []struct {
		name, settings string
		want, wantNot  []string
	}{
		{"empty", `{}`, []string{"keysize", "weakcipher"}, nil},
		{"disable", `{"disable": ["keysize", "timing"]}`, []string{"weakcipher"}, []string{"keysize", "timing"}},
		{"enable", `{"enable": ["keysize"]}`, []string{"keysize"}, []string{"weakcipher"}},
		{"enable and disable", `{"enable": ["keysize", "weakcipher"], "disable": ["weakcipher"]}`, []string{"keysize"}, []string{"weakcipher", "nonce"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(settings(t, tc.settings))
			if err != nil {
				t.Fatal(err)
			}
			got := "," + strings.Join(names(p), ",") + ","
			for _, w := range tc.want {
				if !strings.Contains(got, ","+w+",") {
					t.Errorf("%s missing from %s", w, got)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(got, ","+w+",") {
					t.Errorf("%s present in %s", w, got)
				}
			}
		})
	}
}

func TestThresholds(t *testing.T) {
	keepFlags(t)
	// JSON numbers are float64, as after golangci-lint's DecodeSettings;
	// 1000000 must not reach the flag as "1e+06".
	_, err := New(settings(t, `{"settings": {"keysize": {"minbits": 1000000}, "weakcipher": {"modes": false}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := registry.Lookup("keysize").Analyzer.Flags.Lookup("minbits").Value.String(); got != "1000000" {
		t.Errorf("keysize.minbits = %s, want 1000000", got)
	}
	if got := registry.Lookup("weakcipher").Analyzer.Flags.Lookup("modes").Value.String(); got != "false" {
		t.Errorf("weakcipher.modes = %s, want false", got)
	}
}

func TestBadSettings(t *testing.T) {
	keepFlags(t)
	for _, tc := range []struct{ settings, wantErr string }{
		{`{"disable": ["nosuch"]}`, `unknown analyzer "nosuch"`},
		{`{"enable": ["nosuch"]}`, `unknown analyzer "nosuch"`},
		{`{"settings": {"nosuch": {"x": 1}}}`, `unknown analyzer "nosuch"`},
		{`{"settings": {"keysize": {"min-bits": 1}}}`, `keysize has no setting "min-bits"`},
		{`{"settings": {"keysize": {"minbits": "many"}}}`, `keysize.minbits: bad value "many"`},
		{`{"settings": {"keysize": {"minbits": 1.5}}}`, `keysize.minbits: bad value "1.5"`},
		{`{"disabled": ["keysize"]}`, `unknown field "disabled"`},
		{`{"exclude": ["legacy/["]}`, `bad pattern "legacy/["`},
	} {
		_, err := New(settings(t, tc.settings))
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("New(%s): error %v, want %q", tc.settings, err, tc.wantErr)
		}
	}
}

func TestExcluded(t *testing.T) {
	for _, tc := range []struct {
		patterns []string
		path     string
		want     bool
	}{
		{[]string{"legacy/**"}, "legacy/legacy.go", true},
		{[]string{"legacy/**"}, "legacy/sub/x.go", true},
		{[]string{"legacy"}, "legacy/x.go", true},
		{[]string{"legacy/"}, "legacy/x.go", true},
		{[]string{"legacy/**"}, "auth/legacy.go", false},
		{[]string{"legacy/**"}, "notlegacy/x.go", false},
		{[]string{"**/legacy/**"}, "a/b/legacy/x.go", true},
		{[]string{"**/legacy/**"}, "legacy/x.go", true},
		{[]string{"**/*_gen.go"}, "a/b/tables_gen.go", true},
		{[]string{"**/*_gen.go"}, "tables_gen.go", true},
		{[]string{"*_gen.go"}, "a/tables_gen.go", false},
		{[]string{"auth/*.go"}, "auth/auth.go", true},
		{[]string{"auth/*.go"}, "auth/sub/auth.go", false},
		{[]string{"x/**", "auth/auth.go"}, "auth/auth.go", true},
		{nil, "auth/auth.go", false},
	} {
		got := false
		for _, p := range tc.patterns {
			got = got || policy.MatchExclude(p, tc.path)
		}
		if got != tc.want {
			t.Errorf("exclude %q, path %q: excluded %v, want %v", tc.patterns, tc.path, got, tc.want)
		}
	}
}
