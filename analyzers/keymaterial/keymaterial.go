package keymaterial

import (
	_ "embed"
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports private keys and problem certificates in files embedded in the program.
var Analyzer = &analysis.Analyzer{
	Name: "keymaterial",
	Doc:  analysisutil.MustExtractDoc(doc, "keymaterial"),
	URL:  "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/keymaterial.md",
	Run:  run,
}

var (
	// expiryDays is how long before its expiry a certificate is reported:
	// certbot renews Let's Encrypt certificates 30 days before they expire
	// (renew_before_expiry), and Let's Encrypt's own guidance is to renew
	// when a third of the lifetime is left, 30 days for 90-day certificates.
	expiryDays = 30

	// minBits is the smallest acceptable RSA modulus, as in the keysize
	// analyzer: NIST SP 800-131A Rev 2, NIST SP 800-57 Part 1 Rev 5
	// (Table 2), CA/Browser Forum Baseline Requirements §6.1.5.
	minBits = 2048

	// now is the date certificates are checked against; unset means the
	// current time.
	now dateFlag
)

func init() {
	Analyzer.Flags.Var(&now, "now",
		"check certificate validity at this time: an RFC 3339 time or a YYYY-MM-DD date (default: the current time)")
	Analyzer.Flags.IntVar(&expiryDays, "expiry-days", expiryDays,
		"report certificates that expire within this many days (certbot's renewal window)")
	Analyzer.Flags.IntVar(&minBits, "minbits", minBits,
		"smallest acceptable RSA modulus of a certificate in bits (NIST SP 800-131A Rev 2, CA/B Forum BR §6.1.5)")
}

// dateFlag is a flag.Value holding a time; the empty string means the
// current time, read when the analyzer runs.
type dateFlag struct {
	s string
	t time.Time
}

// dateLayouts are the accepted forms of -now: RFC 3339, a date (taken as
// midnight UTC), and time.Time's String form, which is what a YAML date in
// a configuration file becomes.
var dateLayouts = []string{time.RFC3339Nano, time.DateOnly, "2006-01-02 15:04:05.999999999 -0700 MST"}

func (d *dateFlag) String() string { return d.s }

func (d *dateFlag) Set(s string) error {
	if s == "" {
		*d = dateFlag{}
		return nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			*d = dateFlag{s: s, t: t}
			return nil
		}
	}
	return errors.New("want an RFC 3339 time (2026-06-01T12:00:00Z) or a date (2026-06-01)")
}

func (d *dateFlag) time() time.Time {
	if d.t.IsZero() {
		return time.Now()
	}
	return d.t
}

// maxFileSize bounds the embedded files that are read: key and
// certificate files are small, trust bundles a few hundred kilobytes.
const maxFileSize = 4 << 20

func run(pass *analysis.Pass) (any, error) {
	cc := &certChecker{Now: now.time(), ExpiryDays: expiryDays, MinBits: minBits}
	seen := make(map[string]bool) // certificates reported in string constants, by DER
	for _, f := range pass.Files {
		for _, d := range embedDirectives(pass, f) {
			checkEmbed(pass, cc, d)
		}
		checkConstants(pass, cc, f, seen)
	}
	return nil, nil
}

// checkEmbed reports the private keys and the problem certificates of the
// files a //go:embed directive embeds, at the directive.
func checkEmbed(pass *analysis.Pass, cc *certChecker, d *embedDirective) {
	report := func(category, format string, args ...any) {
		pass.Report(analysis.Diagnostic{
			Pos:      d.Comment.Pos(),
			End:      d.Comment.End(),
			Category: category,
			Message:  fmt.Sprintf(format, args...),
		})
	}
	for _, name := range d.Files {
		data := readFile(pass, filepath.Join(d.Dir, filepath.FromSlash(name)))
		if data == nil {
			continue
		}
		pc := readPEM(data)
		if len(pc.Keys) > 0 {
			report("", "embedded file %s holds %s: whoever has the source or the binary has the key; load it at run time from a secret store or a file outside the repository, and replace it",
				name, joinAnd(pc.Keys))
		}
		for i, ps := range cc.check(pc.Certs) {
			for _, p := range ps {
				report(p.Category, "embedded certificate %s (%s) %s", certName(pc.Certs[i]), name, p.Message)
			}
		}
	}
}

// readFile returns the content of an embedded file, or nil when it cannot
// be read, is too large, or holds no PEM block. Pass.ReadFile is asked
// first; the drivers of golang.org/x/tools v0.52.0 (checker, unitchecker)
// only allow it to read the package's Go and other files, not its
// embedded files, which are then read from the file system.
func readFile(pass *analysis.Pass, name string) []byte {
	var data []byte
	var err error
	if pass.ReadFile != nil {
		data, err = pass.ReadFile(name)
	}
	if pass.ReadFile == nil || err != nil {
		fi, err := os.Stat(name)
		if err != nil || !fi.Mode().IsRegular() || fi.Size() > maxFileSize {
			return nil
		}
		if data, err = os.ReadFile(name); err != nil {
			return nil
		}
	}
	if len(data) > maxFileSize || !strings.Contains(string(data), "-----BEGIN ") {
		return nil
	}
	return data
}

// checkConstants reports the problem certificates of the string constants
// of file, at the literal or constant expression that holds them. A
// reference to a named constant is not reported: its declaration is. A
// certificate is reported once per package, where it first appears.
func checkConstants(pass *analysis.Pass, cc *certChecker, file *ast.File, seen map[string]bool) {
	ast.Inspect(file, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		switch ast.Unparen(e).(type) {
		case *ast.Ident, *ast.SelectorExpr:
			return true
		}
		tv, ok := pass.TypesInfo.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return true
		}
		// The largest constant expression: a concatenation is read as a
		// whole, not literal by literal.
		s := constant.StringVal(tv.Value)
		if !strings.Contains(s, "-----BEGIN CERTIFICATE-----") {
			return false
		}
		pc := readPEM([]byte(s))
		for i, ps := range cc.check(pc.Certs) {
			c := pc.Certs[i]
			if seen[string(c.Raw)] {
				continue
			}
			seen[string(c.Raw)] = true
			for _, p := range ps {
				pass.Report(analysis.Diagnostic{
					Pos:      e.Pos(),
					End:      e.End(),
					Category: p.Category,
					Message:  fmt.Sprintf("certificate %s %s", certName(c), p.Message),
				})
			}
		}
		return false
	})
}

// joinAnd joins descriptions as an English list.
func joinAnd(s []string) string {
	switch len(s) {
	case 1:
		return s[0]
	case 2:
		return s[0] + " and " + s[1]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
