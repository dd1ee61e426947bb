package output_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cryptovet/cryptovet/internal/cli"
	"github.com/cryptovet/cryptovet/internal/output"
)

// TestFixtureSARIF runs cryptovet on the example module under
// testdata/ and compares its SARIF with testdata/example.sarif: the
// bytes must not depend on the run nor on the machine: no times, and
// no absolute path but run.originalUriBaseIds (where SRCROOT is on the
// machine that ran, which SARIF viewers use to open files), which the
// test replaces with a placeholder, and the document must pass the schema and GitHub code
// scanning's checks. Run with -update to rewrite the golden file.
func TestFixtureSARIF(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and analyses the example module")
	}
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	first := fixtureSARIF(t, example)
	if second := fixtureSARIF(t, example); !bytes.Equal(first, second) {
		t.Error("two runs wrote different SARIF")
	}
	root := "file://" + filepath.ToSlash(example) + "/"
	if n := bytes.Count(first, []byte(root)); n != 1 {
		t.Errorf("the SARIF names the module root %d times, want once (originalUriBaseIds)", n)
	}
	if bytes.Contains(bytes.Replace(first, []byte(root), nil, 1), []byte(filepath.ToSlash(example))) {
		t.Error("the SARIF names an absolute path outside originalUriBaseIds")
	}
	if problems := output.ValidateSARIF(t, first, example); len(problems) > 0 {
		t.Errorf("%d problems:\n%s", len(problems), strings.Join(problems, "\n"))
	}
	first = bytes.Replace(first, []byte(root), []byte("file:///SRCROOT/"), 1)
	golden := filepath.Join("testdata", "example.sarif")
	if *output.Update {
		if err := os.WriteFile(golden, first, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, want) {
		got, exp := strings.Split(string(first), "\n"), strings.Split(string(want), "\n")
		i := 0
		for i < len(got) && i < len(exp) && got[i] == exp[i] {
			i++
		}
		line := func(ls []string) string {
			if i < len(ls) {
				return ls[i]
			}
			return "(end of file)"
		}
		t.Errorf("SARIF differs from %s from line %d (run go test -update to accept):\ngot:  %s\nwant: %s",
			golden, i+1, line(got), line(exp))
	}
}

func fixtureSARIF(t *testing.T, dir string) []byte {
	t.Helper()
	var data []byte
	t.Run("run", func(t *testing.T) {
		t.Setenv("GOFLAGS", "-mod=mod")
		t.Chdir(dir)
		var stdout, stderr bytes.Buffer
		if status := cli.Main([]string{"-format=sarif", "-sarif-root=.", "./..."}, &stdout, &stderr); status != 1 {
			t.Fatalf("exit status %d, want 1 (findings); stderr:\n%s", status, stderr.String())
		}
		data = stdout.Bytes()
	})
	if data == nil {
		t.FailNow()
	}
	return data
}
