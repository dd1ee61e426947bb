package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// binary is the cryptovet binary built once for all tests.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "cryptovet-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "cryptovet")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building cryptovet: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the binary in dir and returns stdout, stderr and the exit status.
func run(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	return runCmd(t, dir, binary, args...)
}

func runCmd(t *testing.T, dir, name string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("running %s %v: %v", name, args, err)
		}
		status = ee.ExitCode()
	}
	return stdout.String(), stderr.String(), status
}

func example(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestStandaloneText(t *testing.T) {
	stdout, stderr, status := run(t, example(t), "./...")
	if status != 1 {
		t.Errorf("exit status %d, want 1 (findings); stderr:\n%s", status, stderr)
	}
	golden(t, "example.txt", stdout)
}

// findingLine matches "path:line:col: message" in both outputs.
var findingLine = regexp.MustCompile(`^(?:\./)?([^\s:]+\.go):(\d+):(\d+): (.*?)(?: \[[a-z]+\])?$`)

func findings(out string) []string {
	var fs []string
	for _, line := range strings.Split(out, "\n") {
		// go vet prints related locations as "pos: \tmessage";
		// standalone text output indents them under the finding.
		if m := findingLine.FindStringSubmatch(line); m != nil && !strings.HasPrefix(m[4], "\t") {
			fs = append(fs, m[1]+":"+m[2]+":"+m[3]+": "+m[4])
		}
	}
	slices.Sort(fs)
	return slices.Compact(fs)
}

func TestGoVetMatchesStandalone(t *testing.T) {
	dir := example(t)
	stdout, _, _ := run(t, dir, "./...")
	want := findings(stdout)
	if len(want) == 0 {
		t.Fatal("standalone run found nothing")
	}
	_, stderr, status := runCmd(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if status == 0 {
		t.Errorf("go vet exited 0 despite findings")
	}
	got := findings(stderr)
	if !slices.Equal(got, want) {
		t.Errorf("go vet findings differ from standalone\n--- go vet\n%s\n--- standalone\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestVersionForGoVet(t *testing.T) {
	stdout, stderr, status := run(t, ".", "-V=full")
	if status != 0 || !strings.Contains(stdout, "cryptovet version ") {
		t.Errorf("-V=full: status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
}

func TestDisableAnalyzer(t *testing.T) {
	stdout, _, _ := run(t, example(t), "-tlsverify=false", "./...")
	if strings.Contains(stdout, "[tlsverify]") {
		t.Errorf("-tlsverify=false still reports tlsverify:\n%s", stdout)
	}
	stdout, _, _ = run(t, example(t), "-tlsverify", "./...")
	for _, line := range mainLines(stdout) {
		if !strings.HasSuffix(line, "[tlsverify]") {
			t.Errorf("-tlsverify should run only tlsverify, got: %s", line)
		}
	}
}

func TestTestsFlag(t *testing.T) {
	stdout, _, _ := run(t, example(t), "./auth")
	if strings.Contains(stdout, "_test.go") {
		t.Errorf("finding in a test file reported without -tests:\n%s", stdout)
	}
	stdout, _, _ = run(t, example(t), "-tests", "./auth")
	if !strings.Contains(stdout, "auth_test.go") {
		t.Errorf("-tests does not report the test file's finding:\n%s", stdout)
	}
}

func TestGeneratedFilesSilent(t *testing.T) {
	stdout, _, status := run(t, example(t), "./internal/gen")
	if status != 0 || stdout != "" {
		t.Errorf("generated file reported (status %d):\n%s", status, stdout)
	}
}

func TestExitStatus(t *testing.T) {
	_, _, status := run(t, example(t), "./vault")
	if status != 0 {
		t.Errorf("clean package: exit status %d, want 0", status)
	}
	_, _, status = run(t, example(t), "-format=yaml", "./...")
	if status != 2 {
		t.Errorf("bad -format: exit status %d, want 2", status)
	}
}

func TestBrokenPackage(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "broken"))
	stdout, stderr, status := run(t, dir, "./...")
	if status != 2 {
		t.Errorf("exit status %d, want 2", status)
	}
	if !strings.Contains(stderr, "example.com/broken/bad") {
		t.Errorf("stderr does not name the broken package:\n%s", stderr)
	}
	if !strings.Contains(stdout, "good/good.go") {
		t.Errorf("findings of the good package missing:\n%s", stdout)
	}
}

func TestJSON(t *testing.T) {
	stdout, _, _ := run(t, example(t), "-format=json", "./...")
	var doc struct {
		Version  int
		Findings []map[string]any
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, stdout)
	}
	text, _, _ := run(t, example(t), "./...")
	if len(doc.Findings) != len(mainLines(text)) {
		t.Errorf("JSON has %d findings, text has\n%s", len(doc.Findings), text)
	}
}

// mainLines returns the finding lines of text output, without the
// indented related-location lines.
func mainLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line != "" && !strings.HasPrefix(line, "\t") {
			out = append(out, line)
		}
	}
	return out
}
