// Package suppress reads the comments that silence findings: cryptovet's
// own //cryptovet:ignore and //cryptovet:file-ignore directives,
// golangci-lint's //nolint and gosec's #nosec. It knows no analyzer; the
// policy wrapper (package policy) asks it whether a diagnostic is silenced,
// and a Log records what was silenced for the standalone command
// (-show-suppressed, -unused-directives).
package suppress

import (
	"go/ast"
	"go/token"
	"regexp"
	"slices"
	"strings"
)

// Kind is the kind of a directive.
type Kind int

const (
	// Ignore is "//cryptovet:ignore NAME[,NAME] reason": the findings of
	// the named analyzers on its line, or, when the comment is alone on
	// its line, on the next line.
	Ignore Kind = iota
	// FileIgnore is "//cryptovet:file-ignore NAME[,NAME] reason": the
	// findings of the named analyzers anywhere in the file.
	FileIgnore
	// Nolint is golangci-lint's "//nolint", "//nolint:NAME[,NAME]" with
	// an optional "// reason"; the names are cryptovet, an analyzer name,
	// all, or gosec (the analyzers that map to gosec rules).
	Nolint
	// Nosec is gosec's "#nosec", "#nosec G402 G404" with an optional
	// "-- reason"; it silences the analyzers that the gosec rules map to.
	Nosec
)

// Directive is one suppression comment.
type Directive struct {
	Kind Kind
	// Pos and End delimit the comment; Position is Pos resolved.
	Pos, End token.Pos
	Position token.Position
	// Verb is the directive as written up to its arguments, e.g.
	// "//cryptovet:ignore", "//nolint" or "#nosec".
	Verb string
	// Names are the analyzer names (Ignore, FileIgnore), the linter names
	// in lower case (Nolint) or the gosec rule IDs (Nosec). No names means
	// every linter for Nolint, every mapped gosec rule for Nosec.
	Names []string
	// Reason is the justification written after the names.
	Reason string
	// Problem, when not empty, says why the directive is malformed; a
	// malformed directive silences nothing.
	Problem string
	// From and To are the lines a line directive covers: its own line,
	// or the next one when it stands alone on its line, extended to the
	// end of a statement or declaration that starts there and spans
	// several lines.
	From, To int
}

// Silences reports whether d silences a finding of analyzer that starts on
// line; gosec lists the gosec rule IDs the analyzer answers for.
func (d *Directive) Silences(analyzer string, gosec []string, line int) bool {
	if d.Problem != "" {
		return false
	}
	if d.Kind != FileIgnore && (line < d.From || line > d.To) {
		return false
	}
	switch d.Kind {
	case Ignore, FileIgnore:
		return slices.Contains(d.Names, analyzer)
	case Nolint:
		if len(d.Names) == 0 {
			return true
		}
		for _, n := range d.Names {
			if n == "all" || n == "cryptovet" || n == strings.ToLower(analyzer) {
				return true
			}
			// //nolint:gosec is a reviewed gosec exception: like a bare
			// #nosec, it covers the analyzers that map to gosec rules.
			if n == "gosec" && len(gosec) > 0 {
				return true
			}
		}
	case Nosec:
		if len(gosec) == 0 {
			return false
		}
		if len(d.Names) == 0 {
			return true
		}
		for _, id := range d.Names {
			if slices.Contains(gosec, id) {
				return true
			}
		}
	}
	return false
}

// Own reports whether d is one of cryptovet's own directives.
func (d *Directive) Own() bool { return d.Kind == Ignore || d.Kind == FileIgnore }

const prefix = "//cryptovet:"

// Parse returns the suppression directives among the comments of f.
func Parse(fset *token.FileSet, f *ast.File) []*Directive {
	var out []*Directive
	for _, g := range f.Comments {
		for _, c := range g.List {
			if d := parseComment(c.Text); d != nil {
				d.Pos, d.End = c.Slash, c.End()
				d.Position = fset.Position(c.Slash)
				out = append(out, d)
			}
		}
	}
	if len(out) > 0 {
		setExtents(fset, f, out)
	}
	return out
}

func parseComment(text string) *Directive {
	switch {
	case strings.HasPrefix(text, prefix):
		return parseOwn(text)
	case strings.HasPrefix(text, "//nolint") && (len(text) == len("//nolint") || text[len("//nolint")] == ':' || isSpace(text[len("//nolint")])):
		return parseNolint(text[len("//nolint"):])
	}
	// gosec: the comment text, after the comment markers and spaces,
	// starts with #nosec (on any of its lines, for a /* */ comment).
	body := strings.TrimPrefix(text, "//")
	if strings.HasPrefix(text, "/*") {
		body = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
	}
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, "#nosec"); ok && (rest == "" || !isWord(rest[0])) {
			return parseNosec(rest)
		}
	}
	return nil
}

func parseOwn(text string) *Directive {
	verb, rest := cutSpace(strings.TrimPrefix(text, prefix))
	d := &Directive{Verb: prefix + verb}
	switch verb {
	case "ignore":
		d.Kind = Ignore
	case "file-ignore":
		d.Kind = FileIgnore
	default:
		d.Kind = Ignore
		d.Problem = "unknown directive " + d.Verb + " (want //cryptovet:ignore or //cryptovet:file-ignore)"
	}
	names, reason := cutSpace(rest)
	for n := range strings.SplitSeq(names, ",") {
		if n = strings.TrimSpace(n); n != "" {
			d.Names = append(d.Names, n)
		}
	}
	d.Reason = trimReason(reason)
	if d.Problem != "" {
		return d
	}
	switch {
	case len(d.Names) == 0:
		d.Problem = d.Verb + " names no analyzer: write " + d.Verb + " NAME[,NAME] reason"
	case d.Reason == "":
		d.Problem = d.Verb + " " + strings.Join(d.Names, ",") + " has no reason, so it suppresses nothing: " +
			"say after the analyzer names why the finding is safe"
	}
	return d
}

func parseNolint(rest string) *Directive {
	d := &Directive{Kind: Nolint, Verb: "//nolint"}
	if after, ok := strings.CutPrefix(rest, ":"); ok {
		var names string
		names, rest = cutSpace(after)
		for n := range strings.SplitSeq(names, ",") {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
				d.Names = append(d.Names, n)
			}
		}
	}
	if _, reason, ok := strings.Cut(rest, "//"); ok {
		d.Reason = strings.TrimSpace(reason)
	}
	return d
}

var (
	gosecRule = regexp.MustCompile(`\bG\d{3}\b`)
	dashes    = regexp.MustCompile(`-{2,}`)
)

func parseNosec(rest string) *Directive {
	d := &Directive{Kind: Nosec, Verb: "#nosec"}
	parts := dashes.Split(rest, 2)
	d.Names = gosecRule.FindAllString(parts[0], -1)
	if len(parts) > 1 {
		d.Reason = strings.TrimSpace(parts[1])
	}
	return d
}

// trimReason removes the separators people write between the names and
// the reason ("-- reason", "// reason", ": reason").
func trimReason(s string) string {
	s = strings.TrimSpace(s)
	for _, sep := range []string{"--", "//", ":", "-"} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// cutSpace splits s at its first run of white space.
func cutSpace(s string) (string, string) {
	s = strings.TrimLeft(s, " \t")
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i:])
	}
	return s, ""
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

func isWord(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// setExtents computes the lines each line directive covers.
func setExtents(fset *token.FileSet, f *ast.File, ds []*Directive) {
	tf := fset.File(f.FileStart)
	if tf == nil {
		for _, d := range ds {
			d.From, d.To = d.Position.Line, d.Position.Line
		}
		return
	}
	line := func(p token.Pos) int { return tf.Position(p).Line }

	// codeStart[l] is the offset of the first code token on line l;
	// stmtEnd[l] the last line of a simple statement or declaration that
	// starts on line l.
	codeStart := map[int]int{}
	stmtEnd := map[int]int{}
	note := func(p token.Pos) {
		if !p.IsValid() {
			return
		}
		l, off := line(p), tf.Offset(p)
		if cur, ok := codeStart[l]; !ok || off < cur {
			codeStart[l] = off
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment, *ast.File:
			return n != nil
		}
		note(n.Pos())
		if n.End().IsValid() && n.End() > n.Pos() {
			note(n.End() - 1)
		}
		switch n.(type) {
		case *ast.AssignStmt, *ast.ExprStmt, *ast.DeclStmt, *ast.ReturnStmt, *ast.GoStmt,
			*ast.DeferStmt, *ast.SendStmt, *ast.IncDecStmt, *ast.ValueSpec, *ast.KeyValueExpr, *ast.Field:
			start, end := line(n.Pos()), line(n.End())
			stmtEnd[start] = max(stmtEnd[start], end)
		}
		return true
	})
	commentLines := map[int]bool{}
	for _, g := range f.Comments {
		for l := line(g.Pos()); l <= line(g.End()); l++ {
			commentLines[l] = true
		}
	}
	for _, d := range ds {
		l := d.Position.Line
		if off, ok := codeStart[l]; !ok || off > tf.Offset(d.Pos) {
			// Alone on its line: the next line of code, past the
			// comment lines that continue the explanation.
			l++
			for commentLines[l] {
				if _, code := codeStart[l]; code {
					break
				}
				l++
			}
		}
		d.From, d.To = l, max(l, stmtEnd[l])
	}
}
