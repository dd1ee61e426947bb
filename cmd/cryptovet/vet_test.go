package main_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestGoVetMultiPackage runs cryptovet under go vet on the vetmulti
// fixture module: a wrapper package (sealer) whose parameters reach
// AES-GCM, a caller in another package (app) that passes it a constant
// key and a zero nonce, and a package with a local finding (legacy).
func TestGoVetMultiPackage(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the logging vettool wrapper is a shell script")
	}
	// A fresh copy: the directory is part of go's cache keys, so the
	// first run below is never served from an earlier test run's cache.
	dir := copyVetMulti(t)
	tool, log := loggingVetTool(t)

	appGo := filepath.Join(dir, "app", "app.go")
	var (
		fixedLine  = lineOf(t, appGo, "sealer.Seal([]byte(fixedKey), make([]byte, 12), msg)")
		randomLine = lineOf(t, appGo, "sealer.Seal(key, nonce, msg)")
		rsaLine    = lineOf(t, appGo, "rsa.GenerateKey(rand.Reader, 2048)")
		desLine    = lineOf(t, filepath.Join(dir, "legacy", "legacy.go"), "des.NewCipher(key)")
	)

	// First run: every package of the module is analysed.
	first := vetJSON(t, dir, tool, "./...")
	ran := log.take(t)
	for _, pkg := range []string{"example.com/vetmulti/app", "example.com/vetmulti/sealer", "example.com/vetmulti/legacy"} {
		if !slices.Contains(ran, pkg) {
			t.Errorf("first run did not invoke the vettool on %s (invoked on %v)", pkg, ran)
		}
	}
	first.require(t, "example.com/vetmulti/legacy", "weakcipher", "legacy/legacy.go", desLine)
	first.forbidLine(t, "app/app.go", randomLine) // a caller's key and a random nonce
	first.forbidLine(t, "app/app.go", rsaLine)    // 2048 bits meet the default minimum
	if fs := first["example.com/vetmulti/sealer"]; len(fs) > 0 {
		t.Errorf("findings in the wrapper, whose key and nonce are parameters: %v", fs)
	}

	// The cross-package findings: facts about sealer.Seal's parameters
	// reach app through go vet's .vetx files.
	t.Run("cross-package", func(t *testing.T) {
		first.require(t, "example.com/vetmulti/app", "hardcodedkey", "app/app.go", fixedLine)
		first.require(t, "example.com/vetmulti/app", "nonce", "app/app.go", fixedLine)
	})

	// Second run, nothing changed: go vet serves every package from its
	// cache (the -json run exits 0, so go caches the tool's output and
	// facts) and the vettool is not invoked at all.
	second := vetJSON(t, dir, tool, "./...")
	if ran := log.take(t); len(ran) > 0 {
		t.Errorf("second run invoked the vettool on %v; want every package from the cache", ran)
	}
	if fmt.Sprint(second) != fmt.Sprint(first) {
		t.Errorf("cached run reports differently\n--- first\n%v\n--- second\n%v", first, second)
	}

	// Editing the caller re-analyses the caller only; the wrapper's facts
	// come from the cache, and the cross-package findings stay.
	f, err := os.OpenFile(appGo, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, "\n// An edit below every finding.")
	f.Close()
	third := vetJSON(t, dir, tool, "./...")
	if ran := log.take(t); !slices.Equal(ran, []string{"example.com/vetmulti/app"}) {
		t.Errorf("after editing app, the vettool ran on %v; want only example.com/vetmulti/app", ran)
	}
	if fmt.Sprint(third) != fmt.Sprint(first) {
		t.Errorf("findings changed after an edit below them\n--- before\n%v\n--- after\n%v", first, third)
	}

	// Text output: go (1.26) runs the tool in JSON mode and prints the
	// text itself, so the text run is served from the same cache, and
	// still exits non-zero on findings.
	_, stderr, status := runCmd(t, dir, "go", "vet", "-vettool="+tool, "./...")
	if ran := log.take(t); len(ran) > 0 {
		t.Errorf("text run invoked the vettool on %v; want every package from the cache", ran)
	}
	if want := fmt.Sprintf("legacy/legacy.go:%d:", desLine); status == 0 || !strings.Contains(stderr, want) {
		t.Errorf("cached text run: exit status %d, want non-zero and a finding at %s; stderr:\n%s", status, want, stderr)
	}
}

// TestGoVetThresholdFlag passes an analyzer threshold through go vet, in
// text and in JSON output.
func TestGoVetThresholdFlag(t *testing.T) {
	dir := copyVetMulti(t)
	rsaLine := lineOf(t, filepath.Join(dir, "app", "app.go"), "rsa.GenerateKey(rand.Reader, 2048)")
	want := fmt.Sprintf("app/app.go:%d:", rsaLine)

	_, stderr, _ := runCmd(t, dir, "go", "vet", "-vettool="+binary, "./app")
	if strings.Contains(stderr, want) {
		t.Errorf("default threshold: finding at %s; stderr:\n%s", want, stderr)
	}
	_, stderr, status := runCmd(t, dir, "go", "vet", "-vettool="+binary, "-keysize.minbits=3072", "./app")
	if status == 0 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "2048-bit RSA key") {
		t.Errorf("-keysize.minbits=3072: exit status %d, want a finding at %s; stderr:\n%s", status, want, stderr)
	}
	got := vetJSON(t, dir, binary, "-keysize.minbits=3072", "./app")
	got.require(t, "example.com/vetmulti/app", "keysize", "app/app.go", rsaLine)

	_, stderr, status = runCmd(t, dir, "go", "vet", "-vettool="+binary, "-keysize.minbits=lots", "./app")
	if status == 0 || !strings.Contains(stderr, "minbits") {
		t.Errorf("bad flag value: exit status %d; stderr:\n%s", status, stderr)
	}
}

// vetFindings is go vet -json output: package, analyzer, findings.
type vetFindings map[string]map[string][]vetFinding

type vetFinding struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// vetJSON runs go vet -json with the tool and decodes its output, a
// sequence of JSON objects, one per package.
func vetJSON(t *testing.T, dir, tool string, args ...string) vetFindings {
	t.Helper()
	stdout, stderr, status := runCmd(t, dir, "go", append([]string{"vet", "-vettool=" + tool, "-json"}, args...)...)
	if status != 0 {
		t.Fatalf("go vet -json: exit status %d\nstdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	out := make(vetFindings)
	dec := json.NewDecoder(strings.NewReader(stdout))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go vet -json output: %v\n%s", err, stdout)
		}
		for pkg, byAnalyzer := range tree {
			for name, raw := range byAnalyzer {
				var fs []vetFinding
				if err := json.Unmarshal(raw, &fs); err != nil {
					// {"error": ...} instead of a list of findings.
					t.Fatalf("go vet -json: %s: %s: %s", pkg, name, raw)
				}
				for i := range fs {
					fs[i].Posn = filepath.ToSlash(fs[i].Posn)
				}
				if out[pkg] == nil {
					out[pkg] = make(map[string][]vetFinding)
				}
				out[pkg][name] = append(out[pkg][name], fs...)
			}
		}
	}
	return out
}

func (v vetFindings) require(t *testing.T, pkg, analyzer, file string, line int) {
	t.Helper()
	at := fmt.Sprintf("/%s:%d:", file, line)
	for _, f := range v[pkg][analyzer] {
		if strings.Contains(f.Posn, at) {
			return
		}
	}
	t.Errorf("no %s finding at %s%d in %s; got %v", analyzer, file, line, pkg, v)
}

func (v vetFindings) forbidLine(t *testing.T, file string, line int) {
	t.Helper()
	at := fmt.Sprintf("/%s:%d:", file, line)
	for pkg, byAnalyzer := range v {
		for name, fs := range byAnalyzer {
			for _, f := range fs {
				if strings.Contains(f.Posn, at) {
					t.Errorf("unexpected %s finding in %s: %s: %s", name, pkg, f.Posn, f.Message)
				}
			}
		}
	}
}

func copyVetMulti(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "vetmulti"))
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	err = filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// lineOf returns the line number of the only line of file containing s.
func lineOf(t *testing.T, file, s string) int {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for i, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, s) {
			if found != 0 {
				t.Fatalf("%s: %q on lines %d and %d", file, s, found, i+1)
			}
			found = i + 1
		}
	}
	if found == 0 {
		t.Fatalf("%s: no line contains %q", file, s)
	}
	return found
}

// vetLog is the log of a vettool wrapper: one line per package analysed.
type vetLog string

// take returns the fixture packages the tool analysed since the last
// call (go vet also runs it on the standard library packages, for their
// facts, unless its cache has them) and empties the log.
func (l vetLog) take(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(string(l))
	if os.IsNotExist(err) {
		return nil
	} else if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "example.com/vetmulti/") {
			pkgs = append(pkgs, sc.Text())
		}
	}
	f.Close()
	os.Remove(string(l))
	slices.Sort(pkgs)
	return pkgs
}

// loggingVetTool writes a vettool that logs the import path of every
// package it is run on, then runs cryptovet.
func loggingVetTool(t *testing.T) (string, vetLog) {
	t.Helper()
	dir := t.TempDir()
	log := filepath.Join(dir, "vet.log")
	tool := filepath.Join(dir, "cryptovet-logging")
	script := fmt.Sprintf(`#!/bin/sh
for last in "$@"; do :; done
case "$last" in
*.cfg) sed -n 's/^[[:space:]]*"ImportPath": "\(.*\)",$/\1/p' "$last" >> %q ;;
esac
exec %q "$@"
`, log, binary)
	if err := os.WriteFile(tool, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return tool, vetLog(log)
}
