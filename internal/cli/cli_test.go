package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cryptovet/cryptovet/internal/cli"
)

// writeModule writes a module of the given files (path: content) in a new
// temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if _, ok := files["go.mod"]; !ok {
		files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// run runs the command in dir and returns its outputs and exit status.
func run(t *testing.T, dir string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	status = cli.Main(args, &out, &errb)
	return out.String(), errb.String(), status
}

const keys = `package keys

import (
	"crypto/rand"
	"crypto/rsa"
)

func Weak() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024)
}

func Reviewed() (*rsa.PrivateKey, error) {
	//cryptovet:ignore keysize the card reader only accepts 1024-bit keys (SEC-12)
	return rsa.GenerateKey(rand.Reader, 1024)
}

func NoReason() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) //cryptovet:ignore keysize
}

func FromGosec() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) // #nosec G403 -- reviewed with the gosec migration
}

func Lint() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) //nolint:keysize // test fixture
}

//cryptovet:ignore keysize,nosuch nothing to silence here
func Fine() {}
`

// lines returns the finding lines of text output as "file:line [analyzer] suffix".
func lines(out string) []string {
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" || strings.HasPrefix(l, "\t") {
			continue
		}
		pos, rest, _ := strings.Cut(l, ": ")
		pos = pos[:strings.LastIndex(pos, ":")] // drop the column
		an := rest[strings.LastIndex(rest, "[") : strings.LastIndex(rest, "]")+1]
		suffix := ""
		if i := strings.Index(rest, "] ("); i >= 0 {
			suffix = " " + rest[i+2:]
		}
		got = append(got, pos+" "+an+suffix)
	}
	return got
}

func check(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSuppression(t *testing.T) {
	dir := writeModule(t, map[string]string{"keys/keys.go": keys})

	stdout, stderr, status := run(t, dir, "./...")
	if status != cli.ExitFindings {
		t.Errorf("status %d, stderr %s", status, stderr)
	}
	check(t, "default", lines(stdout),
		"keys/keys.go:9 [keysize]",
		"keys/keys.go:18 [keysize]",
		"keys/keys.go:18 [keysize]", // the directive without a reason
	)
	if !strings.Contains(stdout, "keys.go:18:44: //cryptovet:ignore keysize has no reason") {
		t.Errorf("directive without a reason not reported at its column:\n%s", stdout)
	}

	stdout, _, _ = run(t, dir, "-show-suppressed", "./...")
	check(t, "-show-suppressed", lines(stdout),
		"keys/keys.go:9 [keysize]",
		"keys/keys.go:14 [keysize] (suppressed: the card reader only accepts 1024-bit keys (SEC-12))",
		"keys/keys.go:18 [keysize]",
		"keys/keys.go:18 [keysize]",
		"keys/keys.go:22 [keysize] (suppressed: reviewed with the gosec migration)",
		"keys/keys.go:26 [keysize] (suppressed: test fixture)",
	)

	stdout, _, _ = run(t, dir, "-unused-directives", "./...")
	check(t, "-unused-directives", lines(stdout),
		"keys/keys.go:9 [keysize]",
		"keys/keys.go:18 [keysize]",
		"keys/keys.go:18 [keysize]",
		"keys/keys.go:29 [directive]",
		"keys/keys.go:29 [directive]",
	)
	for _, msg := range []string{
		`//cryptovet:ignore keysize suppresses nothing`,
		`//cryptovet:ignore names "nosuch", which is no analyzer`,
	} {
		if !strings.Contains(stdout, msg) {
			t.Errorf("-unused-directives output lacks %q:\n%s", msg, stdout)
		}
	}
}

func TestSuppressionExitStatus(t *testing.T) {
	dir := writeModule(t, map[string]string{"k/k.go": `package k

import (
	"crypto/rand"
	"crypto/rsa"
)

func Key() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) //cryptovet:ignore keysize legacy device
}
`})
	stdout, stderr, status := run(t, dir, "./...")
	if status != cli.ExitClean || stdout != "" {
		t.Errorf("all findings suppressed: status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
	stdout, _, status = run(t, dir, "-show-suppressed", "./...")
	if status != cli.ExitClean || !strings.Contains(stdout, "(suppressed: legacy device)") {
		t.Errorf("-show-suppressed: status %d, stdout %q", status, stdout)
	}
}

func TestSuppressionSARIF(t *testing.T) {
	dir := writeModule(t, map[string]string{"keys/keys.go": keys})
	stdout, _, _ := run(t, dir, "-format=sarif", "-show-suppressed", "./...")
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct{ Region struct{ StartLine int } }
				}
				Suppressions []struct{ Kind, Justification string }
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("bad SARIF: %v\n%s", err, stdout)
	}
	got := map[int]string{}
	for _, r := range log.Runs[0].Results {
		line := r.Locations[0].PhysicalLocation.Region.StartLine
		for _, s := range r.Suppressions {
			got[line] = s.Kind + ": " + s.Justification
		}
	}
	want := map[int]string{
		14: "inSource: the card reader only accepts 1024-bit keys (SEC-12)",
		22: "inSource: reviewed with the gosec migration",
		26: "inSource: test fixture",
	}
	for line, w := range want {
		if got[line] != w {
			t.Errorf("line %d: suppression %q, want %q", line, got[line], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("suppressions %v, want %v", got, want)
	}

	// Without -show-suppressed, the log holds only what needs attention.
	stdout, _, _ = run(t, dir, "-format=sarif", "./...")
	if strings.Contains(stdout, "suppressions") {
		t.Errorf("SARIF without -show-suppressed has suppressed results")
	}
}

const policyFile = `package p

import (
	"crypto/rand"
	"crypto/rsa"
)

func Key() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 2048)
}
`

const testFile = `package p

import (
	"crypto/rand"
	"crypto/rsa"
	"testing"
)

func TestKey(t *testing.T) {
	rsa.GenerateKey(rand.Reader, 512)
}
`

const legacyFile = `package legacy

import (
	"crypto/rand"
	"crypto/rsa"
)

func Key() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024)
}
`

func TestConfigFile(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"p/p.go":           policyFile,
		"p/p_test.go":      testFile,
		"legacy/legacy.go": legacyFile,
		".cryptovet.yml": `# stricter than the default
settings:
  keysize:
    minbits: 3072
tests: true
exclude: [legacy]
`,
	})
	// The file is found from a subdirectory.
	stdout, stderr, _ := run(t, filepath.Join(dir, "p"), "./...")
	check(t, "with the file", lines(stdout),
		"p.go:9 [keysize]",
		"p_test.go:10 [keysize]",
	)
	if stderr != "" {
		t.Errorf("stderr: %s", stderr)
	}
	stdout, _, _ = run(t, dir, "./...")
	check(t, "from the module root", lines(stdout),
		"p/p.go:9 [keysize]",
		"p/p_test.go:10 [keysize]",
	)

	// Flags override the file.
	stdout, _, _ = run(t, dir, "-keysize.minbits=2048", "-tests=false", "./...")
	check(t, "flags over the file", lines(stdout))

	// -config names another file.
	other := filepath.Join(dir, "other.yml")
	os.WriteFile(other, []byte("disable: [keysize]\n"), 0o644)
	stdout, _, status := run(t, dir, "-config", other, "./...")
	if status != cli.ExitClean || stdout != "" {
		t.Errorf("-config with keysize disabled: status %d\n%s", status, stdout)
	}
	// -NAME runs a disabled analyzer.
	stdout, _, _ = run(t, dir, "-config", other, "-keysize", "./...")
	check(t, "-keysize over disable", lines(stdout), "legacy/legacy.go:9 [keysize]")
}

func TestConfigErrors(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"p/p.go":         policyFile,
		".cryptovet.yml": "settings:\n  keysize:\n    minbits: many\n",
	})
	_, stderr, status := run(t, filepath.Join(dir, "p"), "./...")
	want := filepath.Join(dir, ".cryptovet.yml") + `:3: settings: keysize.minbits: bad value "many"`
	if status != cli.ExitError || !strings.Contains(stderr, want) {
		t.Errorf("status %d, stderr %q; want 2 and %q", status, stderr, want)
	}
	os.WriteFile(filepath.Join(dir, ".cryptovet.yml"), []byte("test: true\n"), 0o644)
	_, stderr, status = run(t, dir, "./...")
	if status != cli.ExitError || !strings.Contains(stderr, `.cryptovet.yml:1: unknown key "test"`) {
		t.Errorf("status %d, stderr %q", status, stderr)
	}
}

func TestPrintConfig(t *testing.T) {
	dir := writeModule(t, map[string]string{
		".cryptovet.yml": "disable: [timing]\n\nsettings:\n  keysize:\n    minbits: 3072\nexclude: [\"legacy/**\"]\n",
	})
	stdout, stderr, status := run(t, dir, "-print-config", "-weakcipher.modes=false", "-tests")
	if status != cli.ExitClean {
		t.Fatalf("status %d: %s", status, stderr)
	}
	for _, want := range []string{
		"# Configuration file: .cryptovet.yml\n",
		"  - keysize ", "# default\n",
		"  - timing ", "# .cryptovet.yml:1\n",
		"tests: true ", "# flag -tests\n",
		`  - "legacy/**"`, "# .cryptovet.yml:6\n",
		"    minbits: 3072 ", "# .cryptovet.yml:5\n",
		"    modes: false ", "# flag -weakcipher.modes\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-print-config lacks %q:\n%s", want, stdout)
		}
	}
	// The output is itself a valid configuration file.
	if err := os.WriteFile(filepath.Join(dir, "printed.yml"), []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, status := run(t, dir, "-config", "printed.yml", "-print-config"); status != cli.ExitClean {
		t.Errorf("the printed configuration does not load: %s", stderr)
	}
}

func TestFix(t *testing.T) {
	dir := writeModule(t, map[string]string{"keys/keys.go": keys})
	file := filepath.Join(dir, "keys", "keys.go")

	// -diff shows the fixes and changes nothing.
	stdout, stderr, status := run(t, dir, "-diff", "./...")
	if status != cli.ExitFindings {
		t.Errorf("-diff: status %d, stderr %s", status, stderr)
	}
	wantDiff := `--- a/keys/keys.go
+++ b/keys/keys.go
@@ -6,7 +6,7 @@
 )
 
 func Weak() (*rsa.PrivateKey, error) {
-	return rsa.GenerateKey(rand.Reader, 1024)
+	return rsa.GenerateKey(rand.Reader, 3072)
 }
 
 func Reviewed() (*rsa.PrivateKey, error) {
@@ -15,7 +15,7 @@
 }
 
 func NoReason() (*rsa.PrivateKey, error) {
-	return rsa.GenerateKey(rand.Reader, 1024) //cryptovet:ignore keysize
+	return rsa.GenerateKey(rand.Reader, 3072) //cryptovet:ignore keysize
 }
 
 func FromGosec() (*rsa.PrivateKey, error) {
`
	if stdout != wantDiff {
		t.Errorf("-diff:\n%s\nwant:\n%s", stdout, wantDiff)
	}
	if data, _ := os.ReadFile(file); string(data) != keys {
		t.Errorf("-diff changed the file")
	}

	// -fix applies them, leaving the suppressed findings alone.
	stdout, stderr, status = run(t, dir, "-fix", "./...")
	if !strings.Contains(stderr, "fixed 2 findings in 1 file") {
		t.Errorf("-fix stderr: %s", stderr)
	}
	check(t, "findings left after -fix", lines(stdout), "keys/keys.go:18 [keysize]") // the directive
	if status != cli.ExitFindings {
		t.Errorf("-fix: status %d", status)
	}
	data, _ := os.ReadFile(file)
	if got := strings.Count(string(data), "rsa.GenerateKey(rand.Reader, 3072)"); got != 2 {
		t.Errorf("%d calls fixed, want 2:\n%s", got, data)
	}
	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("the fixed module does not build: %v\n%s", err, out)
	}
	stdout, _, _ = run(t, dir, "./...")
	check(t, "after -fix", lines(stdout), "keys/keys.go:18 [keysize]")
}

func TestList(t *testing.T) {
	stdout, _, status := run(t, t.TempDir(), "-list")
	if status != cli.ExitClean || !strings.Contains(stdout, "keysize ") {
		t.Errorf("-list: status %d\n%s", status, stdout)
	}
	stdout, _, status = run(t, t.TempDir(), "help", "keysize")
	if status != cli.ExitClean || !strings.Contains(stdout, "-keysize.minbits=2048") {
		t.Errorf("help keysize: status %d\n%s", status, stdout)
	}
}
