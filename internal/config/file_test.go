package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cryptovet/cryptovet/internal/config"
	"github.com/cryptovet/cryptovet/internal/registry"
)

func TestParse(t *testing.T) {
	src := `# team settings
disable: [timing]
enable:
  - keysize
  - weakcipher
tests: true
exclude:
  - "legacy/**"
  - internal/*/testdata
settings:
  keysize:
    minbits: 3072
  weakcipher:
    modes: false
`
	f, err := config.Parse("team.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Settings
	if strings.Join(s.Disable, ",") != "timing" || strings.Join(s.Enable, ",") != "keysize,weakcipher" {
		t.Errorf("enable %v disable %v", s.Enable, s.Disable)
	}
	if s.Tests == nil || !*s.Tests {
		t.Errorf("tests = %v", s.Tests)
	}
	if strings.Join(s.Exclude, ",") != "legacy/**,internal/*/testdata" {
		t.Errorf("exclude = %v", s.Exclude)
	}
	if s.Settings["keysize"]["minbits"] != "3072" || s.Settings["weakcipher"]["modes"] != "false" {
		t.Errorf("settings = %v", s.Settings)
	}
	for key, line := range map[string]int{
		"disable.timing":            2,
		"enable.weakcipher":         5,
		"tests":                     6,
		"exclude.1":                 9,
		"settings.keysize.minbits":  12,
		"settings.weakcipher.modes": 14,
	} {
		if got := f.Line(key); got != line {
			t.Errorf("Line(%q) = %d, want %d", key, got, line)
		}
	}
	rules, err := s.Rules()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rules {
		names = append(names, r.Name())
	}
	if strings.Join(names, ",") != "keysize,weakcipher" {
		t.Errorf("Rules() = %v", names)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "---\n", "settings:\n"} {
		if _, err := config.Parse("c.yml", []byte(src)); err != nil {
			t.Errorf("Parse(%q): %v", src, err)
		}
	}
}

// TestParseErrors checks that every mistake names the file and the line.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"disabled: [timing]\n", `c.yml:1: unknown key "disabled" (known: disable, enable, exclude, settings, tests)`},
		{"disable:\n  - timing\n  - timming\n", `c.yml:3: disable: unknown analyzer "timming"`},
		{"disable: timing\n", `c.yml:1: disable: want a list of analyzer names, e.g. [timing]`},
		{"enable: [[keysize]]\n", `c.yml:1: enable: want analyzer names, got a list`},
		{"tests: yes\n", `c.yml:1: tests: want true or false, got "yes"`},
		{"\ntests: 1\n", `c.yml:2: tests: want true or false, got "1"`},
		{"exclude: ['[a-']\n", `c.yml:1: exclude: bad pattern "[a-"`},
		{"exclude: [/abs]\n", `c.yml:1: exclude: pattern "/abs" must be relative`},
		{"settings:\n  keysise: {minbits: 1}\n", `c.yml:2: settings: unknown analyzer "keysise"`},
		{"settings:\n  keysize:\n    minbit: 1\n", `c.yml:3: settings.keysize: unknown setting "minbit" (known: minbits)`},
		{"settings:\n  keysize: 3072\n", `c.yml:2: settings.keysize: want a mapping from setting names to values, e.g. {minbits: 2048}`},
		{"settings:\n  keysize:\n    minbits: {a: 1}\n", `c.yml:3: settings.keysize.minbits: want a value, got a mapping`},
		{"tests: true\ntests: false\n", `c.yml:2: duplicate key "tests"`},
		{"- keysize\n", `c.yml:1: want a mapping of settings`},
		{"disable: [timing\n", `c.yml:`},
	} {
		_, err := config.Parse("c.yml", []byte(tc.src))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Parse(%q) error = %v, want prefix %q", tc.src, err, tc.want)
		}
	}
}

func TestApply(t *testing.T) {
	r := registry.Lookup("keysize")
	f := r.Analyzer.Flags.Lookup("minbits")
	defer f.Value.Set(f.DefValue)

	cf, err := config.Parse("c.yml", []byte("settings:\n  keysize:\n    minbits: 4096\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cf.Apply(); err != nil {
		t.Fatal(err)
	}
	if got := f.Value.String(); got != "4096" {
		t.Errorf("minbits = %s after Apply, want 4096", got)
	}

	cf, err = config.Parse("c.yml", []byte("# bits\nsettings:\n  keysize:\n    minbits: lots\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = cf.Apply()
	if err == nil || !strings.HasPrefix(err.Error(), `c.yml:4: settings: keysize.minbits: bad value "lots"`) {
		t.Errorf("Apply error = %v, want one naming c.yml:4", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := config.Find(deep); err != nil || got != "" && strings.HasPrefix(got, root) {
		t.Fatalf("Find with no file = %q, %v", got, err)
	}
	want := filepath.Join(root, "a", config.FileName)
	if err := os.WriteFile(want, []byte("tests: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := config.Find(deep); err != nil || got != want {
		t.Errorf("Find(%s) = %q, %v; want %q", deep, got, err, want)
	}
	// A directory of that name is not a configuration file.
	if err := os.Mkdir(filepath.Join(deep, config.FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, _ := config.Find(deep); got != want {
		t.Errorf("Find past a directory = %q, want %q", got, want)
	}
}
