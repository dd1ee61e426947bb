package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cryptovet/cryptovet/internal/registry"
)

// TestUpToDate fails when a generated page differs from what the
// analyzers' docs and the registry say now.
func TestUpToDate(t *testing.T) {
	root, err := moduleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	files := Files()
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil || string(got) != string(files[name]) {
			t.Errorf("%s is out of date with its source; run: %s", name, Command)
		}
	}
	stale, err := Stale(root, files)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range stale {
		t.Errorf("%s documents an analyzer that no longer exists; run: %s", name, Command)
	}
}

// TestPage checks the content of a page against the registry.
func TestPage(t *testing.T) {
	r := registry.Lookup("keysize")
	p := string(page(r))
	for _, want := range []string{
		"# keysize\n",
		"| Default level | " + string(r.Level) + " |",
		"[CWE-326](https://cwe.mitre.org/data/definitions/326.html): Inadequate Encryption Strength",
		"| `minbits` | `2048` |",
		"cryptovet -keysize.minbits=2048 ./...",
		"//cryptovet:ignore keysize",
		"`#nosec G403`",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("keysize page lacks %q", want)
		}
	}
}

// TestHelpURL checks that every analyzer's URL, which becomes the SARIF
// helpUri, points at its page.
func TestHelpURL(t *testing.T) {
	for _, r := range registry.Rules() {
		want := "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/" + r.Name() + ".md"
		if r.Analyzer.URL != want {
			t.Errorf("%s: Analyzer.URL = %q, want %q", r.Name(), r.Analyzer.URL, want)
		}
	}
}

func TestSuppressionTable(t *testing.T) {
	p := string(suppressionPage())
	for _, r := range registry.Rules() {
		for _, g := range r.Gosec {
			if !strings.Contains(p, "| "+g+" |") {
				t.Errorf("suppression.md lacks gosec rule %s", g)
			}
			if gosecTitles[g] == "" {
				t.Errorf("gosecTitles lacks %s", g)
			}
		}
		for _, id := range r.CWE {
			if cweNames[id] == "" {
				t.Errorf("cweNames lacks CWE-%d (%s)", id, r.Name())
			}
		}
	}
}
