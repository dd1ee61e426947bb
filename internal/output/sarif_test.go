package output

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/registry"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.sarif")

// testRules are two rules whose documentation does not change with the
// analyzers', for the golden file.
func testRules() []*registry.Rule {
	return []*registry.Rule{
		{
			Analyzer: &analysis.Analyzer{
				Name: "weakthing",
				Doc:  "report weak things used where security depends on them\n\nA weak thing lets an attacker\nforge what it protects.\n\nUse a strong thing.",
				URL:  "https://example.com/docs/weakthing.md",
			},
			CWE: []int{328, 327}, Level: registry.Error, SecuritySeverity: "7.5", Precision: registry.High,
		},
		{
			Analyzer: &analysis.Analyzer{
				Name: "slowthing",
				Doc:  "report secrets compared in variable time\n\nA comparison that stops early leaks the secret.",
				URL:  "https://example.com/docs/slowthing.md",
			},
			CWE: []int{208}, Level: registry.Warning, SecuritySeverity: "5.9", Precision: registry.Medium,
		},
	}
}

// The flagged line has characters of 2 and 4 bytes (1 and 2 UTF-16 code
// units) before the flagged call: "md5" is at byte column 21, UTF-16
// column 18; the call ends at byte column 39, UTF-16 column 36. The string
// literal spans byte columns 7-15, UTF-16 columns 7-12.
const aGo = `package p

import "crypto/md5"

// héllo wörld 😀
func f() {
	s := "é😀"; _ = md5.Sum([]byte(s))
}
`

const bGo = `package p

//cryptovet:ignore slowthing -- test vector
var ok = secret == given
`

// syntheticReport writes two files under root and returns findings in
// them, unsorted, of the test rules and, with extra, of an analyzer that
// is not among the rules given to WriteSARIF.
func syntheticReport(t *testing.T, root string, extra bool) *Report {
	t.Helper()
	a := writeFile(t, root, "pkg/a.go", aGo)
	b := writeFile(t, root, "sub dir/b.go", bGo)
	call := strings.Index(aGo, "md5.Sum")
	r := &Report{
		Findings: []Finding{
			{
				Analyzer: "slowthing", Level: "warning",
				Message:    "secret compared with ==;\nuse subtle.ConstantTimeCompare",
				Pos:        token.Position{Filename: b, Line: 4, Column: 10},
				Suppressed: &Suppression{Directive: "//cryptovet:ignore", Justification: "test vector", Pos: token.Position{Filename: b, Line: 3, Column: 1}},
			},
			{
				Analyzer: "weakthing", Level: "error",
				Message: "md5.Sum protects nothing; use sha256.Sum256",
				Pos:     token.Position{Filename: a, Line: 7, Column: 21},
				End:     token.Position{Filename: a, Line: 7, Column: 39},
				Related: []Related{{
					Message: "value [s] defined here",
					Pos:     token.Position{Filename: a, Line: 7, Column: 7},
					End:     token.Position{Filename: a, Line: 7, Column: 15},
				}},
				Fixes: []Fix{{Message: "use SHA-256", Edits: []Edit{{File: a, Start: call, End: call + len("md5.Sum"), New: "sha256.Sum256"}}}},
			},
		},
		Errors: []PackageError{{Package: "example.com/broken", Message: "could not import example.com/missing"}},
	}
	if extra {
		r.Findings = append(r.Findings, Finding{
			Analyzer: "weakhash", Level: "error", Message: "MD5 signs tokens",
			Pos: token.Position{Filename: a, Line: 3, Column: 8},
			End: token.Position{Filename: a, Line: 3, Column: 20},
		})
	}
	return r
}

func writeFile(t *testing.T, root, rel, content string) string {
	t.Helper()
	name := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
	return name
}

type testLocation struct {
	ID               int
	Message          struct{ Text string }
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string
			URIBaseID string `json:"uriBaseId"`
		}
		Region struct{ StartLine, StartColumn, EndLine, EndColumn int }
	}
}

type testResult struct {
	RuleID              string
	RuleIndex           int
	Level               string
	Message             struct{ Text string }
	Locations           []testLocation
	RelatedLocations    []testLocation
	PartialFingerprints map[string]string
	Suppressions        []struct{ Kind, Status, GUID, Justification string }
}

func sarifResults(t *testing.T, data []byte) []testResult {
	t.Helper()
	var log struct {
		Runs []struct{ Results []testResult }
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	return log.Runs[0].Results
}

func writeSARIF(t *testing.T, r *Report, opts SARIFOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, r, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSARIF(t *testing.T) {
	root := t.TempDir()
	r := syntheticReport(t, root, true)
	var rules []*registry.Rule
	for _, rule := range registry.Rules() {
		if rule.Name() != "weakhash" {
			rules = append(rules, rule)
		}
	}
	rules = append(rules, testRules()...)
	data := writeSARIF(t, r, SARIFOptions{
		Root: root, ToolVersion: "v0.3.0-rc.1", InformationURI: "https://github.com/cryptovet/cryptovet", Rules: rules,
	})
	for _, p := range validateSARIF(t, data, root) {
		t.Error(p)
	}
	if !bytes.HasSuffix(data, []byte("}\n")) {
		t.Error("no trailing newline")
	}

	var log struct {
		Runs []struct {
			ColumnKind         string
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Tool               struct {
				Driver struct {
					Version, SemanticVersion string
					Rules                    []struct{ ID string }
				}
			}
			Invocations []struct {
				ToolExecutionNotifications []struct{ Message struct{ Text string } }
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(root)+"/"; got != want {
		t.Errorf("%%SRCROOT%% = %q, want %q", got, want)
	}
	if d := run.Tool.Driver; d.Version != "v0.3.0-rc.1" || d.SemanticVersion != "0.3.0-rc.1" {
		t.Errorf("version %q, semanticVersion %q", d.Version, d.SemanticVersion)
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	if n := len(run.Tool.Driver.Rules); n != len(rules)+1 || run.Tool.Driver.Rules[n-1].ID != "weakhash" {
		t.Errorf("rules: want the %d given and weakhash appended, got %v", len(rules), run.Tool.Driver.Rules)
	}
	if n := run.Invocations; len(n) != 1 || len(n[0].ToolExecutionNotifications) != 1 ||
		n[0].ToolExecutionNotifications[0].Message.Text != "example.com/broken: could not import example.com/missing" {
		t.Errorf("invocations = %+v", n)
	}

	res := sarifResults(t, data)
	if len(res) != 3 {
		t.Fatalf("%d results, want 3", len(res))
	}
	// Sorted by file: pkg/a.go line 3, pkg/a.go line 7, sub dir/b.go.
	type region = struct{ StartLine, StartColumn, EndLine, EndColumn int }
	weak := res[1]
	if weak.RuleID != "weakthing" || weak.Level != "error" {
		t.Fatalf("result 1 = %+v", weak)
	}
	loc := weak.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "pkg/a.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifact = %+v", loc.ArtifactLocation)
	}
	if want := (region{7, 18, 7, 36}); loc.Region != want {
		t.Errorf("region = %+v, want %+v (UTF-16 columns)", loc.Region, want)
	}
	rel := weak.RelatedLocations[0]
	if want := (region{7, 7, 7, 12}); rel.ID != 1 || rel.PhysicalLocation.Region != want || rel.Message.Text != "value [s] defined here" {
		t.Errorf("related = %+v, want id 1, region %+v", rel, want)
	}
	if want := `md5.Sum protects nothing; use sha256.Sum256 ([value \[s\] defined here](1))`; weak.Message.Text != want {
		t.Errorf("message = %q, want %q", weak.Message.Text, want)
	}
	if len(weak.Suppressions) != 0 {
		t.Errorf("unsuppressed result has suppressions %+v", weak.Suppressions)
	}

	slow := res[2]
	if slow.Message.Text != "secret compared with ==; use subtle.ConstantTimeCompare" {
		t.Errorf("message not on one line: %q", slow.Message.Text)
	}
	if got := slow.Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "sub%20dir/b.go" {
		t.Errorf("uri = %q, want sub%%20dir/b.go", got)
	}
	if want := (region{4, 10, 4, 11}); slow.Locations[0].PhysicalLocation.Region != want {
		t.Errorf("empty range: region = %+v, want %+v", slow.Locations[0].PhysicalLocation.Region, want)
	}
	if s := slow.Suppressions; len(s) != 1 || s[0].Kind != "inSource" || s[0].Status != "accepted" || s[0].Justification != "test vector" {
		t.Errorf("suppressions = %+v", s)
	}
}

// TestSarifcheck runs the checker GitHub integration is judged by, when it
// is on this machine.
func TestSarifcheck(t *testing.T) {
	const dir = "/work/shared/sarif/sarifcheck"
	if _, err := os.Stat(dir); err != nil || testing.Short() {
		t.Skip("sarifcheck not available")
	}
	root := t.TempDir()
	data := writeSARIF(t, syntheticReport(t, root, true), SARIFOptions{
		Root: root, ToolVersion: "1.2.3", InformationURI: "https://github.com/cryptovet/cryptovet",
		Rules: append(registry.Rules(), testRules()...),
	})
	file := filepath.Join(t.TempDir(), "out.sarif")
	if err := os.WriteFile(file, data, 0o666); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", ".", "-root", root, file)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if !strings.Contains(string(out), "sarifcheck: ") {
		t.Skipf("sarifcheck did not run: %v\n%s", err, out)
	}
	if err != nil || !strings.Contains(string(out), "sarifcheck: 0 problems in 3 results") {
		t.Errorf("sarifcheck: %v\n%s", err, out)
	}
}

func TestSARIFEmpty(t *testing.T) {
	root := t.TempDir()
	data := writeSARIF(t, &Report{}, SARIFOptions{Root: root, ToolVersion: "(devel)", InformationURI: "https://github.com/cryptovet/cryptovet", Rules: registry.Rules()})
	for _, p := range validateSARIF(t, data, root) {
		t.Error(p)
	}
	if !bytes.Contains(data, []byte(`"results": []`)) {
		t.Error(`an empty report has no "results": []`)
	}
	if bytes.Contains(data, []byte("semanticVersion")) {
		t.Error("(devel) written as a semanticVersion")
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if got, want := len(log.Runs[0].Tool.Driver.Rules), len(registry.Rules()); got != want {
		t.Errorf("%d rules, want %d", got, want)
	}
}

// TestSARIFGolden checks the whole document, which must not depend on
// where the files are when OmitRoot is set, nor change between writes.
// Run with -update to rewrite testdata/golden.sarif.
func TestSARIFGolden(t *testing.T) {
	root := t.TempDir()
	r := syntheticReport(t, root, false)
	opts := SARIFOptions{Root: root, ToolVersion: "1.0.0", InformationURI: "https://github.com/cryptovet/cryptovet", Rules: testRules(), OmitRoot: true}
	data := writeSARIF(t, r, opts)
	if again := writeSARIF(t, r, opts); !bytes.Equal(data, again) {
		t.Error("two writes differ")
	}
	if bytes.Contains(data, []byte(filepath.ToSlash(root))) {
		t.Error("the output names the root despite OmitRoot")
	}
	golden := filepath.Join("testdata", "golden.sarif")
	if *update {
		if err := os.WriteFile(golden, data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("output differs from %s (run go test -update to accept):\n%s", golden, data)
	}
}

func TestCamelCase(t *testing.T) {
	for title, want := range map[string]string{
		"report TLS configurations that do not verify the peer's certificate":        "TLSConfigurationsThatDoNotVerifyThePeersCertificate",
		"report MD4, MD5, SHA-1 and RIPEMD-160 used where security depends on them":  "MD4MD5SHA1AndRIPEMD160UsedWhereSecurityDependsOnThem",
		"report encryption with broken or 64-bit-block ciphers and deprecated modes": "EncryptionWithBrokenOr64BitBlockCiphersAndDeprecatedModes",
		"":       "Fallback",
		"report": "Report",
	} {
		if got := camelCase(title, "fallback"); got != want {
			t.Errorf("camelCase(%q) = %q, want %q", title, got, want)
		}
	}
}
