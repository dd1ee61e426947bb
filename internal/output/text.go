package output

import (
	"bufio"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"strconv"
)

// WriteText writes one line per finding, sorted, in the form of the go
// vet and compiler diagnostics that editors and CI logs understand:
//
//	file:line:col: message [analyzer]
//	\tfile:line:col: related message
//
// Paths are relative to cwd when they lie below it, absolute otherwise;
// columns are 1-based byte columns, as Go counts them. A suppressed
// finding ends with "(suppressed: justification)". Package errors are not
// written: the caller reports them on standard error, as go vet does.
func WriteText(w io.Writer, r *Report, cwd string) error {
	bw := bufio.NewWriter(w)
	for _, f := range sorted(r.Findings) {
		fmt.Fprintf(bw, "%s: %s [%s]", posString(f.Pos, cwd), f.Message, f.Analyzer)
		if s := f.Suppressed; s != nil {
			if s.Justification != "" {
				fmt.Fprintf(bw, " (suppressed: %s)", s.Justification)
			} else {
				fmt.Fprint(bw, " (suppressed)")
			}
		}
		fmt.Fprintln(bw)
		for _, rel := range f.Related {
			fmt.Fprintf(bw, "\t%s: %s\n", posString(rel.Pos, cwd), rel.Message)
		}
	}
	return bw.Flush()
}

// sorted returns the findings in the order of Sort without reordering the
// caller's slice.
func sorted(fs []Finding) []Finding {
	out := append([]Finding(nil), fs...)
	Sort(out)
	return out
}

// posString formats pos as file:line:col with the file relative to cwd.
func posString(pos token.Position, cwd string) string {
	s := relPath(pos.Filename, cwd)
	if s == "" {
		s = "-"
	}
	if pos.Line > 0 {
		s += ":" + strconv.Itoa(pos.Line)
		if pos.Column > 0 {
			s += ":" + strconv.Itoa(pos.Column)
		}
	}
	return s
}

// relPath returns filename relative to dir when it lies below dir, and
// filename unchanged otherwise (or when dir is "").
func relPath(filename, dir string) string {
	if dir == "" || filename == "" || !filepath.IsAbs(filename) {
		return filename
	}
	if rel, err := filepath.Rel(dir, filename); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return filename
}
