package suppress

import (
	"fmt"
	"go/token"
	"strings"
	"sync"

	"github.com/cryptovet/cryptovet/internal/output"
)

// Log records, across the passes of one run, the directives of the files
// analysed, which analyzers ran on each file, which findings were
// suppressed and by what. The standalone command uses it to mark
// suppressed findings (-show-suppressed, SARIF suppressions) and to report
// directives that suppress nothing (-unused-directives). It is safe for
// concurrent use.
type Log struct {
	mu         sync.Mutex
	suppressed map[findingKey]*Directive
	files      map[string]*fileLog
}

type findingKey struct {
	analyzer, file string
	offset         int
	message        string
}

type fileLog struct {
	directives map[int]*Directive // by offset
	ran        map[string]bool    // analyzers that ran on the file
	used       map[useKey]bool
}

type useKey struct {
	offset   int
	analyzer string
}

// File records that analyzer ran on the file with the given directives.
func (l *Log) File(filename, analyzer string, ds []*Directive) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.files == nil {
		l.files = make(map[string]*fileLog)
	}
	fl := l.files[filename]
	if fl == nil {
		fl = &fileLog{directives: map[int]*Directive{}, ran: map[string]bool{}, used: map[useKey]bool{}}
		l.files[filename] = fl
	}
	fl.ran[analyzer] = true
	for _, d := range ds {
		if _, ok := fl.directives[d.Position.Offset]; !ok {
			fl.directives[d.Position.Offset] = d
		}
	}
}

// Suppressed records that d silenced analyzer's finding with the given
// position and message.
func (l *Log) Suppressed(analyzer string, pos token.Position, message string, d *Directive) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.suppressed == nil {
		l.suppressed = make(map[findingKey]*Directive)
	}
	l.suppressed[findingKey{analyzer, pos.Filename, pos.Offset, message}] = d
	if fl := l.files[d.Position.Filename]; fl != nil {
		fl.used[useKey{d.Position.Offset, analyzer}] = true
	}
}

// Mark sets the Suppressed field of the findings that a directive
// silenced.
func (l *Log) Mark(findings []output.Finding) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := range findings {
		f := &findings[i]
		d := l.suppressed[findingKey{f.Analyzer, f.Pos.Filename, f.Pos.Offset, f.Message}]
		if d == nil {
			continue
		}
		f.Suppressed = &output.Suppression{Directive: d.Verb, Justification: d.Reason, Pos: d.Position}
	}
}

// UnusedAnalyzer is the analyzer name of the findings Unused returns.
const UnusedAnalyzer = "directive"

// Unused returns a finding for every part of a //cryptovet:ignore or
// //cryptovet:file-ignore directive that suppressed nothing: an analyzer
// name that ran on the file and had no finding there to silence, a name
// that is no analyzer, and a directive that names none. known reports
// whether a name is an analyzer. Malformed directives (no reason) are
// reported by the analyzers they name, not here; golangci-lint's //nolint
// and gosec's #nosec serve other tools too and are never reported.
func (l *Log) Unused(known func(string) bool) []output.Finding {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []output.Finding
	for _, fl := range l.files {
		for _, d := range fl.directives {
			if !d.Own() {
				continue
			}
			add := func(msg string) {
				out = append(out, output.Finding{
					Analyzer: UnusedAnalyzer,
					Level:    "warning",
					Message:  msg,
					Pos:      d.Position,
					End:      d.Position,
				})
			}
			if len(d.Names) == 0 || strings.HasPrefix(d.Problem, "unknown directive") {
				add(d.Problem)
				continue
			}
			var unknown, unused []string
			for _, n := range d.Names {
				switch {
				case !known(n):
					unknown = append(unknown, n)
				case d.Problem == "" && fl.ran[n] && !fl.used[useKey{d.Position.Offset, n}]:
					unused = append(unused, n)
				}
			}
			if len(unknown) > 0 {
				add(fmt.Sprintf("%s names %s, which %s no analyzer (see cryptovet -list)",
					d.Verb, quoteList(unknown), pluralIs(len(unknown))))
			}
			if len(unused) > 0 {
				where := "on the line it covers"
				if d.Kind == FileIgnore {
					where = "in this file"
				}
				add(fmt.Sprintf("%s %s suppresses nothing: %s reports nothing %s; remove it",
					d.Verb, strings.Join(unused, ","), strings.Join(unused, " or "), where))
			}
		}
	}
	output.Sort(out)
	return out
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

func pluralIs(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}
