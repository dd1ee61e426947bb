// Package output writes cryptovet's findings as text, JSON or SARIF 2.1.0.
// The analyzers know nothing of it: it is a consumer of diagnostics that the
// driver has already resolved to file positions.
package output

import (
	"go/token"
	"sort"
)

// Report is everything one run produced.
type Report struct {
	Findings []Finding
	// Errors are the packages that could not be loaded or analysed. Their
	// findings are missing; the others are complete.
	Errors []PackageError
}

// Finding is one diagnostic of one analyzer, with positions resolved.
type Finding struct {
	Analyzer string `json:"analyzer"`
	// Level is the effective level: the rule's default, or lower when the
	// diagnostic's category says so. One of "error", "warning", "note".
	Level    string `json:"level"`
	Category string `json:"category,omitempty"`
	Message  string `json:"message"`
	// Pos and End delimit the flagged range. Filenames are absolute.
	Pos     token.Position `json:"-"`
	End     token.Position `json:"-"`
	Related []Related      `json:"related,omitempty"`
	Fixes   []Fix          `json:"fixes,omitempty"`
	// Suppressed is set when a directive in the source silenced the
	// finding; such findings are only written on request.
	Suppressed *Suppression `json:"suppressed,omitempty"`
}

// Related is a secondary location, such as the origin of a value that
// reaches the flagged call.
type Related struct {
	Message string         `json:"message"`
	Pos     token.Position `json:"-"`
	End     token.Position `json:"-"`
}

// Fix is a suggested fix: a set of edits that together repair the finding.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// Suppression records why a finding was silenced.
type Suppression struct {
	// Directive is the comment that silenced it, e.g. "//cryptovet:ignore".
	Directive     string         `json:"directive"`
	Justification string         `json:"justification,omitempty"`
	Pos           token.Position `json:"-"`
}

// PackageError is a package that could not be loaded or analysed.
type PackageError struct {
	Package string `json:"package"`
	Message string `json:"message"`
}

// Sort orders findings by file, line, column, analyzer and message, so
// every output is deterministic.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Pos.Filename != b.Pos.Filename {
			return a.Pos.Filename < b.Pos.Filename
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Column != b.Pos.Column {
			return a.Pos.Column < b.Pos.Column
		}
		if a.Analyzer != b.Analyzer {
			return a.Analyzer < b.Analyzer
		}
		return a.Message < b.Message
	})
}
