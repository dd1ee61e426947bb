package output

import (
	"bytes"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLineHashes checks the hashes against the expectations of the test
// of fingerprints.ts in github/codeql-action, which GitHub's upload-sarif
// action uses to fill in partialFingerprints.
func TestLineHashes(t *testing.T) {
	for _, test := range []struct {
		input string
		want  []string
	}{
		{"", []string{"c129715d7a2bc9a3:1"}},
		{" a\nb\n  \t\tc\n d", []string{
			"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1",
		}},
		{" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", []string{
			"8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1",
			"c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1",
		}},
		{" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", endsWithNewline},
		{" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", endsWithNewline},
		{" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", endsWithNewline},
		{" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n", endsWithNewline},
		{strings.Repeat("Lorem ipsum dolor sit amet.\n", 10), []string{
			"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3",
			"a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
			"a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1",
			"cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1",
		}},
	} {
		if got := lineHashes([]byte(test.input)); !slices.Equal(got, test.want) {
			t.Errorf("lineHashes(%q) =\n%q, want\n%q", test.input, got, test.want)
		}
	}
}

var endsWithNewline = []string{
	"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
	"b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
}

// TestFingerprintStable checks that an alert keeps its identity when lines
// are inserted above it, and loses it when its own line changes.
func TestFingerprintStable(t *testing.T) {
	const body = "func f() {\n\tkey := []byte(\"é😀 secret\")\n\t_ = md5.Sum(key)\n}\n"
	hashOf := func(src string, line int) string {
		t.Helper()
		dir := t.TempDir()
		name := filepath.Join(dir, "a.go")
		if err := os.WriteFile(name, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
		pos := token.Position{Filename: name, Line: line, Column: 6}
		r := &Report{Findings: []Finding{{Analyzer: "weakthing", Level: "error", Message: "m", Pos: pos}}}
		var buf bytes.Buffer
		if err := WriteSARIF(&buf, r, SARIFOptions{Root: dir, ToolVersion: "1.0.0", Rules: testRules()}); err != nil {
			t.Fatal(err)
		}
		h := sarifResults(t, buf.Bytes())[0].PartialFingerprints["primaryLocationLineHash"]
		if h == "" {
			t.Fatal("no primaryLocationLineHash")
		}
		return h
	}
	before := hashOf("package p\n\n"+body, 5)
	after := hashOf("package p\n\nimport \"crypto/md5\"\n\n// f does things.\n"+body, 8)
	if before != after {
		t.Errorf("inserting lines above changed the hash: %s, then %s", before, after)
	}
	changed := hashOf("package p\n\n"+strings.Replace(body, "md5.Sum(key)", "md5.Sum(key[1:])", 1), 5)
	if changed == before {
		t.Errorf("changing the flagged line kept the hash %s", before)
	}
}
