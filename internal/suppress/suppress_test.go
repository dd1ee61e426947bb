package suppress

import (
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

func TestParseComment(t *testing.T) {
	for _, tc := range []struct {
		text                         string
		kind                         Kind
		names, reason, problemPrefix string
	}{
		{"//cryptovet:ignore keysize legacy HSM", Ignore, "keysize", "legacy HSM", ""},
		{"//cryptovet:ignore keysize,rand -- legacy HSM", Ignore, "keysize,rand", "legacy HSM", ""},
		{"//cryptovet:ignore keysize // legacy HSM", Ignore, "keysize", "legacy HSM", ""},
		{"//cryptovet:ignore\tkeysize\treason", Ignore, "keysize", "reason", ""},
		{"//cryptovet:ignore keysize", Ignore, "keysize", "", "//cryptovet:ignore keysize has no reason"},
		{"//cryptovet:ignore keysize --", Ignore, "keysize", "", "//cryptovet:ignore keysize has no reason"},
		{"//cryptovet:ignore", Ignore, "", "", "//cryptovet:ignore names no analyzer"},
		{"//cryptovet:file-ignore weakhash fixtures", FileIgnore, "weakhash", "fixtures", ""},
		{"//cryptovet:nolint weakhash fixtures", Ignore, "weakhash", "fixtures", "unknown directive //cryptovet:nolint"},
		{"//nolint", Nolint, "", "", ""},
		{"//nolint:gosec,KeySize // reviewed", Nolint, "gosec,keysize", "reviewed", ""},
		{"//nolint // reviewed", Nolint, "", "reviewed", ""},
		{"// #nosec", Nosec, "", "", ""},
		{"//#nosec G402 G404 -- pinned elsewhere", Nosec, "G402,G404", "pinned elsewhere", ""},
		{"/* #nosec G402,G404 */", Nosec, "G402,G404", "", ""},
		{"// #nosec G402 --- three dashes", Nosec, "G402", "three dashes", ""},
	} {
		d := parseComment(tc.text)
		if d == nil {
			t.Errorf("%q: not a directive", tc.text)
			continue
		}
		if d.Kind != tc.kind || strings.Join(d.Names, ",") != tc.names || d.Reason != tc.reason ||
			!strings.HasPrefix(d.Problem, tc.problemPrefix) || (tc.problemPrefix == "") != (d.Problem == "") {
			t.Errorf("%q: got kind %d names %q reason %q problem %q", tc.text, d.Kind, d.Names, d.Reason, d.Problem)
		}
	}
	for _, text := range []string{
		"// cryptovet:ignore keysize with a space", // not a directive
		"// nolint:keysize",
		"//nolintx",
		"// see #nosec in gosec's docs",
		"// #nosecurity",
		"// ordinary comment",
	} {
		if d := parseComment(text); d != nil {
			t.Errorf("%q parsed as a directive: %+v", text, d)
		}
	}
}

func TestSilences(t *testing.T) {
	gosec := []string{"G403"}
	for _, tc := range []struct {
		text     string
		analyzer string
		gosec    []string
		want     bool
	}{
		{"//cryptovet:ignore keysize r", "keysize", gosec, true},
		{"//cryptovet:ignore rand r", "keysize", gosec, false},
		{"//cryptovet:ignore keysize", "keysize", gosec, false}, // no reason
		{"//nolint", "keysize", gosec, true},
		{"//nolint:cryptovet", "keysize", gosec, true},
		{"//nolint:all", "keysize", gosec, true},
		{"//nolint:errcheck", "keysize", gosec, false},
		{"//nolint:gosec // reviewed", "keysize", gosec, true},
		{"//nolint:gosec", "salt", nil, false},
		{"// #nosec", "keysize", gosec, true},
		{"// #nosec", "salt", nil, false},
		{"// #nosec G403", "keysize", gosec, true},
		{"// #nosec G402", "keysize", gosec, false},
	} {
		d := parseComment(tc.text)
		d.From, d.To = 1, 1
		if got := d.Silences(tc.analyzer, tc.gosec, 1); got != tc.want {
			t.Errorf("%q silences %s: %v, want %v", tc.text, tc.analyzer, got, tc.want)
		}
	}
}

func TestExtents(t *testing.T) {
	src := `package p

func f() {
	g() //cryptovet:ignore a trailing
	//cryptovet:ignore a alone
	g()
	//cryptovet:ignore a over a comment
	// that goes on
	g()
	//cryptovet:ignore a a statement
	x := []int{
		1,
		2,
	}
	//cryptovet:ignore a not a block
	if x != nil {
		g()
	}
	//cryptovet:ignore a a blank line

	g()
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range Parse(fset, f) {
		got = append(got, d.Reason+":"+itoa(d.From)+"-"+itoa(d.To))
	}
	want := "trailing:4-4 alone:6-6 over a comment:9-9 a statement:11-14 not a block:16-16 a blank line:20-20"
	if strings.Join(got, " ") != want {
		t.Errorf("extents:\n%s\nwant:\n%s", strings.Join(got, " "), want)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
