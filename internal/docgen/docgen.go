// Command docgen writes cryptovet's generated documentation from the
// analyzers' doc.go files and the registry: one page per analyzer
// (docs/analyzers/NAME.md), their index (docs/analyzers/README.md), the
// suppression guide with its gosec mapping (docs/suppression.md) and the
// configuration reference (docs/configuration.md).
//
// Run it from anywhere in the module after changing an analyzer's doc or
// metadata:
//
//	go run ./internal/docgen
//
// The test of this package fails when a page is out of date.
package main

//go:generate go run .

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

// modulePath identifies the repository root.
const modulePath = "github.com/cryptovet/cryptovet"

// Command is the command that regenerates the pages.
const Command = "go run ./internal/docgen"

func main() {
	log.SetFlags(0)
	log.SetPrefix("docgen: ")
	wd, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	root, err := moduleRoot(wd)
	if err != nil {
		log.Fatal(err)
	}
	if err := write(root); err != nil {
		log.Fatal(err)
	}
}

// moduleRoot returns the directory of cryptovet's go.mod at or above dir.
func moduleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(data, []byte("module "+modulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the " + modulePath + " module")
		}
		dir = parent
	}
}

// write writes every generated file under root and removes the pages of
// analyzers that no longer exist.
func write(root string) error {
	want := Files()
	for name, content := range want {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, content) {
			continue
		}
		if err := os.WriteFile(p, content, 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", name)
	}
	stale, err := Stale(root, want)
	if err != nil {
		return err
	}
	for _, name := range stale {
		if err := os.Remove(filepath.Join(root, filepath.FromSlash(name))); err != nil {
			return err
		}
		fmt.Println("removed", name)
	}
	return nil
}

// Stale returns the generated pages under root's docs/analyzers that are
// not among want.
func Stale(root string, want map[string][]byte) ([]string, error) {
	dir := filepath.Join(root, "docs", "analyzers")
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := "docs/analyzers/" + e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".md") || want[name] != nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err == nil && bytes.HasPrefix(data, []byte(header)) {
			out = append(out, name)
		}
	}
	return out, nil
}
