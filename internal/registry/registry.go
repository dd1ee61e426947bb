// Package registry lists every cryptovet analyzer with its metadata. The
// command line, the SARIF rules, the go vet and golangci-lint hosts and the
// documentation all read from this one list.
package registry

import (
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/analyzers/deprecated"
	"github.com/cryptovet/cryptovet/analyzers/hardcodedkey"
	"github.com/cryptovet/cryptovet/analyzers/jwt"
	"github.com/cryptovet/cryptovet/analyzers/kdf"
	"github.com/cryptovet/cryptovet/analyzers/keymaterial"
	"github.com/cryptovet/cryptovet/analyzers/keysize"
	"github.com/cryptovet/cryptovet/analyzers/nonce"
	"github.com/cryptovet/cryptovet/analyzers/rand"
	"github.com/cryptovet/cryptovet/analyzers/salt"
	"github.com/cryptovet/cryptovet/analyzers/sshalgo"
	"github.com/cryptovet/cryptovet/analyzers/sshhostkey"
	"github.com/cryptovet/cryptovet/analyzers/timing"
	"github.com/cryptovet/cryptovet/analyzers/tlsconfig"
	"github.com/cryptovet/cryptovet/analyzers/tlsverify"
	"github.com/cryptovet/cryptovet/analyzers/weakcipher"
	"github.com/cryptovet/cryptovet/analyzers/weakhash"
)

// Level is a finding's default level, as SARIF names it.
type Level string

const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
)

// Precision says how often a finding of the rule is a true positive, in
// the words GitHub code scanning uses (properties.precision).
type Precision string

const (
	VeryHigh Precision = "very-high"
	High     Precision = "high"
	Medium   Precision = "medium"
)

// Rule is one analyzer with the metadata the outputs need.
type Rule struct {
	Analyzer *analysis.Analyzer
	// CWE lists the weaknesses, most specific first.
	CWE []int
	// Level is the default level of a finding; a diagnostic's Category of
	// "warning" or "note" lowers it (see analysisutil.LevelNote).
	Level Level
	// SecuritySeverity is GitHub's 0.0-10.0 score, as a string.
	SecuritySeverity string
	Precision        Precision
	// Gosec lists the gosec rule IDs whose "#nosec" comments this rule
	// honours, so reviewed exceptions carry over.
	Gosec []string
}

// Name is the analyzer's name, which is also the SARIF rule ID.
func (r *Rule) Name() string { return r.Analyzer.Name }

// Title is the first line of the analyzer's documentation.
func (r *Rule) Title() string {
	t, _, _ := strings.Cut(r.Analyzer.Doc, "\n")
	return t
}

// Help is the analyzer's documentation without the title line.
func (r *Rule) Help() string {
	_, h, _ := strings.Cut(r.Analyzer.Doc, "\n")
	return strings.TrimSpace(h)
}

var rules = []*Rule{
	{Analyzer: tlsverify.Analyzer, CWE: []int{295}, Level: Error, SecuritySeverity: "8.1", Precision: VeryHigh, Gosec: []string{"G402"}},
	{Analyzer: tlsconfig.Analyzer, CWE: []int{327, 757}, Level: Error, SecuritySeverity: "7.4", Precision: High, Gosec: []string{"G402"}},
	{Analyzer: weakcipher.Analyzer, CWE: []int{327}, Level: Error, SecuritySeverity: "7.5", Precision: High, Gosec: []string{"G405", "G502", "G503"}},
	{Analyzer: sshhostkey.Analyzer, CWE: []int{322}, Level: Error, SecuritySeverity: "8.1", Precision: VeryHigh, Gosec: []string{"G106"}},
	{Analyzer: sshalgo.Analyzer, CWE: []int{327, 757}, Level: Error, SecuritySeverity: "7.4", Precision: High},
	{Analyzer: keysize.Analyzer, CWE: []int{326}, Level: Error, SecuritySeverity: "7.5", Precision: VeryHigh, Gosec: []string{"G403"}},
	{Analyzer: deprecated.Analyzer, CWE: []int{477, 327}, Level: Warning, SecuritySeverity: "5.9", Precision: High},
	{Analyzer: nonce.Analyzer, CWE: []int{323, 329, 1204}, Level: Error, SecuritySeverity: "8.1", Precision: High, Gosec: []string{"G407"}},
	{Analyzer: hardcodedkey.Analyzer, CWE: []int{321, 798}, Level: Error, SecuritySeverity: "8.1", Precision: High, Gosec: []string{"G101"}},
	{Analyzer: salt.Analyzer, CWE: []int{760, 759}, Level: Error, SecuritySeverity: "7.4", Precision: High},
	{Analyzer: kdf.Analyzer, CWE: []int{916, 326}, Level: Error, SecuritySeverity: "7.4", Precision: High},
	{Analyzer: rand.Analyzer, CWE: []int{338, 330}, Level: Error, SecuritySeverity: "7.5", Precision: High, Gosec: []string{"G404"}},
	{Analyzer: weakhash.Analyzer, CWE: []int{328, 916}, Level: Error, SecuritySeverity: "7.5", Precision: High, Gosec: []string{"G401", "G406", "G501", "G505", "G506", "G507"}},
	{Analyzer: timing.Analyzer, CWE: []int{208}, Level: Warning, SecuritySeverity: "5.9", Precision: Medium},
	{Analyzer: jwt.Analyzer, CWE: []int{347}, Level: Error, SecuritySeverity: "8.8", Precision: High},
	{Analyzer: keymaterial.Analyzer, CWE: []int{321, 298, 327, 326}, Level: Error, SecuritySeverity: "7.5", Precision: High},
}

// Rules returns every rule, sorted by name.
func Rules() []*Rule {
	out := append([]*Rule(nil), rules...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out
}

// Analyzers returns every analyzer, sorted by name.
func Analyzers() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, r := range Rules() {
		as = append(as, r.Analyzer)
	}
	return as
}

// Lookup returns the rule of the named analyzer, or nil.
func Lookup(name string) *Rule {
	for _, r := range rules {
		if r.Name() == name {
			return r
		}
	}
	return nil
}
