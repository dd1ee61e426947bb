package output

import (
	"bytes"
	"go/token"
	"path/filepath"
	"testing"
)

func TestWriteJSON(t *testing.T) {
	cwd := filepath.Join(t.TempDir(), "repo")
	a := filepath.Join(cwd, "pkg", "a.go")
	other := filepath.Join(filepath.Dir(cwd), "other", "c.go")
	r := &Report{
		Findings: []Finding{
			{Analyzer: "timing", Level: "warning", Category: "note", Message: "secret compared with <",
				Pos:        token.Position{Filename: other, Line: 7, Column: 5},
				Suppressed: &Suppression{Directive: "//cryptovet:ignore", Justification: "public value", Pos: token.Position{Filename: other, Line: 6, Column: 2}}},
			{Analyzer: "weakhash", Level: "error", Message: "MD5 signs tokens",
				Pos: token.Position{Filename: a, Line: 9, Column: 2},
				End: token.Position{Filename: a, Line: 9, Column: 9},
				Related: []Related{
					{Message: "key defined here", Pos: token.Position{Filename: a, Line: 4, Column: 2}, End: token.Position{Filename: a, Line: 4, Column: 5}},
				},
				Fixes: []Fix{{Message: "use SHA-256", Edits: []Edit{{File: a, Start: 100, End: 107, New: "sha256.New"}}}}},
		},
		Errors: []PackageError{{Package: "example.com/broken", Message: "could not import example.com/missing"}},
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r, cwd); err != nil {
		t.Fatal(err)
	}
	otherJSON := filepath.ToSlash(other)
	want := `{
  "version": 1,
  "findings": [
    {
      "analyzer": "timing",
      "level": "warning",
      "category": "note",
      "message": "secret compared with <",
      "file": "` + otherJSON + `",
      "line": 7,
      "column": 5,
      "end_line": 7,
      "end_column": 5,
      "suppression": {
        "directive": "//cryptovet:ignore",
        "justification": "public value",
        "file": "` + otherJSON + `",
        "line": 6,
        "column": 2
      }
    },
    {
      "analyzer": "weakhash",
      "level": "error",
      "message": "MD5 signs tokens",
      "file": "pkg/a.go",
      "line": 9,
      "column": 2,
      "end_line": 9,
      "end_column": 9,
      "related": [
        {
          "message": "key defined here",
          "file": "pkg/a.go",
          "line": 4,
          "column": 2,
          "end_line": 4,
          "end_column": 5
        }
      ],
      "fixes": [
        {
          "message": "use SHA-256",
          "edits": [
            {
              "file": "pkg/a.go",
              "start": 100,
              "end": 107,
              "new": "sha256.New"
            }
          ]
        }
      ]
    }
  ],
  "errors": [
    {
      "package": "example.com/broken",
      "message": "could not import example.com/missing"
    }
  ]
}
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, &Report{}, ""); err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"version\": 1,\n  \"findings\": [],\n  \"errors\": []\n}\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
