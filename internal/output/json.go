package output

import (
	"encoding/json"
	"go/token"
	"io"
	"path/filepath"
)

// WriteJSON writes the report as one JSON document, for scripts. The
// schema is stable: fields may be added, never renamed or removed, and a
// change of meaning increments "version".
//
//	{
//	  "version": 1,
//	  "findings": [                      // sorted by file, line, column, analyzer, message
//	    {
//	      "analyzer": "tlsverify",       // the rule ID
//	      "level": "error",              // "error", "warning" or "note"
//	      "category": "...",             // optional: the diagnostic's category
//	      "message": "...",              // one line
//	      "file": "pkg/client.go",       // relative to cwd, with "/"; absolute when outside cwd
//	      "line": 12,                    // 1-based
//	      "column": 3,                   // 1-based, in bytes, as Go counts columns
//	      "end_line": 12,                // end of the range, exclusive
//	      "end_column": 31,
//	      "related": [                   // optional: secondary locations
//	        {"message": "...", "file": "...", "line": 8, "column": 2, "end_line": 8, "end_column": 20}
//	      ],
//	      "fixes": [                     // optional: suggested fixes
//	        {"message": "...", "edits": [
//	          {"file": "...", "start": 210, "end": 234, "new": "..."}  // byte offsets, end exclusive
//	        ]}
//	      ],
//	      "suppression": {               // optional: present only for suppressed findings
//	        "directive": "//cryptovet:ignore", "justification": "...",
//	        "file": "...", "line": 11, "column": 2   // where the directive is, when known
//	      }
//	    }
//	  ],
//	  "errors": [                        // packages that could not be loaded or analysed
//	    {"package": "example.com/p", "message": "..."}
//	  ]
//	}
//
// "findings" and "errors" are always arrays, possibly empty.
func WriteJSON(w io.Writer, r *Report, cwd string) error {
	doc := jsonReport{Version: 1, Findings: []jsonFinding{}, Errors: []PackageError{}}
	for _, f := range sorted(r.Findings) {
		jf := jsonFinding{
			Analyzer:  f.Analyzer,
			Level:     f.Level,
			Category:  f.Category,
			Message:   f.Message,
			jsonRange: jsonRangeOf(f.Pos, f.End, cwd),
		}
		for _, rel := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{Message: rel.Message, jsonRange: jsonRangeOf(rel.Pos, rel.End, cwd)})
		}
		for _, fix := range f.Fixes {
			jfix := jsonFix{Message: fix.Message, Edits: []Edit{}}
			for _, e := range fix.Edits {
				e.File = jsonPath(e.File, cwd)
				jfix.Edits = append(jfix.Edits, e)
			}
			jf.Fixes = append(jf.Fixes, jfix)
		}
		if s := f.Suppressed; s != nil {
			jf.Suppression = &jsonSuppression{
				Directive:     s.Directive,
				Justification: s.Justification,
				File:          jsonPath(s.Pos.Filename, cwd),
				Line:          s.Pos.Line,
				Column:        s.Pos.Column,
			}
		}
		doc.Findings = append(doc.Findings, jf)
	}
	doc.Errors = append(doc.Errors, r.Errors...)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

type jsonReport struct {
	Version  int            `json:"version"`
	Findings []jsonFinding  `json:"findings"`
	Errors   []PackageError `json:"errors"`
}

type jsonRange struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
}

type jsonFinding struct {
	Analyzer string `json:"analyzer"`
	Level    string `json:"level"`
	Category string `json:"category,omitempty"`
	Message  string `json:"message"`
	jsonRange
	Related     []jsonRelated    `json:"related,omitempty"`
	Fixes       []jsonFix        `json:"fixes,omitempty"`
	Suppression *jsonSuppression `json:"suppression,omitempty"`
}

type jsonRelated struct {
	Message string `json:"message"`
	jsonRange
}

type jsonFix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

type jsonSuppression struct {
	Directive     string `json:"directive"`
	Justification string `json:"justification,omitempty"`
	File          string `json:"file,omitempty"`
	Line          int    `json:"line,omitempty"`
	Column        int    `json:"column,omitempty"`
}

// jsonRangeOf returns the range [pos, end); an invalid end, or one in
// another file, makes it empty.
func jsonRangeOf(pos, end token.Position, cwd string) jsonRange {
	if !end.IsValid() || end.Filename != pos.Filename {
		end = pos
	}
	return jsonRange{
		File:      jsonPath(pos.Filename, cwd),
		Line:      pos.Line,
		Column:    pos.Column,
		EndLine:   end.Line,
		EndColumn: end.Column,
	}
}

func jsonPath(filename, cwd string) string {
	return filepath.ToSlash(relPath(filename, cwd))
}
