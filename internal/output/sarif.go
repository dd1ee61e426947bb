package output

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/cryptovet/cryptovet/internal/registry"
)

// SARIFOptions configures WriteSARIF.
type SARIFOptions struct {
	// Root is the repository root: artifact URIs are relative to it, with
	// the uriBaseId "%SRCROOT%". Files outside it get absolute file URIs,
	// which GitHub cannot show. "" is the current directory.
	Root string
	// ToolVersion is cryptovet's version; it is also the semanticVersion
	// when it is a semantic version (with or without a leading "v").
	ToolVersion    string
	InformationURI string
	// Rules are the enabled rules, in registry order; each is a
	// reportingDescriptor whether or not it produced results, so GitHub
	// can close the alerts of a rule that no longer fires.
	Rules []*registry.Rule
	// OmitRoot leaves out run.originalUriBaseIds, the one absolute path of
	// the log, so that golden files do not depend on where tests run.
	OmitRoot bool
}

const (
	srcRootID = "%SRCROOT%"
	// schemaURI is the schema GitHub's documentation names.
	schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
)

// WriteSARIF writes the report as a SARIF 2.1.0 log of one run, in the
// subset GitHub code scanning reads: rules with help, tags and
// security-severity; results with a full region in UTF-16 columns, related
// locations and partialFingerprints.primaryLocationLineHash computed as
// GitHub's upload-sarif action does. The output is deterministic: sorted
// results, no timestamps, and no absolute path except the root in
// originalUriBaseIds (see OmitRoot). Package errors become tool execution
// notifications.
//
// Suppressed findings carry a suppression of kind "inSource". GitHub code
// scanning does not reliably honour suppressions and may open alerts for
// them: leave them out of a log meant for upload.
func WriteSARIF(w io.Writer, r *Report, opts SARIFOptions) error {
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		return err
	}
	sw := &sarifWriter{root: root, srcs: sources{}, ruleIndex: map[string]int{}}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		sw.realRoot = real
	}

	driver := sarif.NewDriver("cryptovet")
	version := opts.ToolVersion
	if version == "" {
		version = "(devel)"
	}
	driver.WithVersion(version)
	if v := strings.TrimPrefix(version, "v"); semverRE.MatchString(v) {
		driver.WithSemanticVersion(v)
	}
	if opts.InformationURI != "" {
		driver.WithInformationURI(opts.InformationURI)
	}
	for _, rule := range opts.Rules {
		if _, dup := sw.ruleIndex[rule.Name()]; !dup {
			sw.addRule(driver, rule, rule.Name(), opts.InformationURI)
		}
	}

	run := sarif.NewRun(*sarif.NewTool(driver))
	run.WithColumnKind("utf16CodeUnits")
	if !opts.OmitRoot {
		run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{
			srcRootID: {URI: ptr(fileURI(root) + "/")},
		}
	}
	for _, f := range sorted(r.Findings) {
		if _, ok := sw.ruleIndex[f.Analyzer]; !ok {
			sw.addRule(driver, registry.Lookup(f.Analyzer), f.Analyzer, opts.InformationURI)
		}
		run.Results = append(run.Results, sw.result(f, driver.Rules[sw.ruleIndex[f.Analyzer]]))
	}
	if len(r.Errors) > 0 {
		// The tool ran to completion; these packages are missing from
		// its results.
		inv := &sarif.Invocation{ExecutionSuccessful: ptr(true)}
		for _, e := range r.Errors {
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, &sarif.Notification{
				Level:   "error",
				Message: sarif.NewTextMessage(oneLine(e.Package + ": " + e.Message)),
			})
		}
		run.AddInvocations(inv)
	}

	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	log.Schema = schemaURI
	log.AddRun(run)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

type sarifWriter struct {
	root, realRoot string
	srcs           sources
	ruleIndex      map[string]int
}

// addRule appends the reportingDescriptor of rule (nil for an analyzer the
// registry does not know) to the driver.
func (sw *sarifWriter) addRule(driver *sarif.ToolComponent, rule *registry.Rule, name, infoURI string) {
	d := sarif.NewRule(name)
	sw.ruleIndex[name] = len(driver.Rules)
	driver.Rules = append(driver.Rules, d)
	if rule == nil {
		d.WithShortDescription(sarif.NewMultiformatMessageString(name))
		return
	}
	title := rule.Title()
	if title == "" {
		title = name
	}
	help := rule.Help()
	if help == "" {
		help = title
	}
	full, _, _ := strings.Cut(help, "\n\n")
	d.WithName(camelCase(title, name)).
		WithShortDescription(sarif.NewMultiformatMessageString(truncate(upperFirst(title), 1024))).
		WithFullDescription(sarif.NewMultiformatMessageString(truncate(oneLine(full), 1024))).
		WithHelp(&sarif.MultiformatMessageString{Text: ptr(help), Markdown: ptr(help)})
	if u := rule.Analyzer.URL; u != "" {
		d.WithHelpURI(u)
	} else if infoURI != "" {
		d.WithHelpURI(infoURI)
	}
	if rule.Level != "" {
		d.WithDefaultConfiguration(&sarif.ReportingConfiguration{Level: string(rule.Level)})
	}
	tags := []string{"security"}
	for _, cwe := range rule.CWE {
		tags = append(tags, "external/cwe/cwe-"+strconv.Itoa(cwe))
	}
	props := sarif.Properties{"tags": tags}
	if rule.SecuritySeverity != "" {
		props["security-severity"] = rule.SecuritySeverity
	}
	if rule.Precision != "" {
		props["precision"] = string(rule.Precision)
	}
	if sev := problemSeverity[rule.Level]; sev != "" {
		props["problem.severity"] = sev
	}
	d.WithProperties(props)
}

// problemSeverity maps a level to GitHub's properties.problem.severity.
var problemSeverity = map[registry.Level]string{
	registry.Error:   "error",
	registry.Warning: "warning",
	registry.Note:    "recommendation",
}

func (sw *sarifWriter) result(f Finding, rule *sarif.ReportingDescriptor) *sarif.Result {
	res := sarif.NewRuleResult(f.Analyzer).WithRuleIndex(sw.ruleIndex[f.Analyzer])
	level := f.Level
	if level == "" && rule.DefaultConfiguration != nil {
		level = rule.DefaultConfiguration.Level
	}
	if level != "" {
		res.WithLevel(level)
	}

	primary := sw.location(f.Pos, f.End)
	res.Locations = []*sarif.Location{primary}
	if src := sw.srcs.get(f.Pos.Filename); src != nil {
		if h := src.lineHash(f.Pos.Line); h != "" {
			res.PartialFingerprints = map[string]any{"primaryLocationLineHash": h}
		}
	}

	// GitHub links related locations only from the message, with the
	// SARIF embedded-link syntax "[text](id)".
	msg := oneLine(f.Message)
	var links []string
	for i, rel := range f.Related {
		loc := sw.location(rel.Pos, rel.End)
		loc.Id = ptr(uint(i + 1))
		text := oneLine(rel.Message)
		if text == "" {
			text = "related location"
		}
		loc.Message = sarif.NewTextMessage(text)
		res.RelatedLocations = append(res.RelatedLocations, loc)
		links = append(links, fmt.Sprintf("[%s](%d)", escapeLinkText(text), i+1))
	}
	if len(links) > 0 {
		msg += " (" + strings.Join(links, "; ") + ")"
	}
	res.WithMessage(sarif.NewTextMessage(msg))

	for _, fix := range f.Fixes {
		if sf := sw.fix(fix); sf != nil {
			res.Fixes = append(res.Fixes, sf)
		}
	}

	if s := f.Suppressed; s != nil {
		// go-sarif writes absent fields of a suppression as null, which
		// the schema rejects: give them all a value.
		loc := primary
		if s.Pos.IsValid() {
			loc = sw.location(s.Pos, token.Position{})
		}
		fp, _ := res.PartialFingerprints["primaryLocationLineHash"].(string)
		res.Suppressions = []*sarif.Suppression{{
			Kind:          "inSource",
			Status:        ptr("accepted"),
			Location:      loc,
			Guid:          ptr(uuid5(f.Analyzer, *primary.PhysicalLocation.ArtifactLocation.URI, fp, msg)),
			Justification: ptr(s.Justification),
		}}
	}
	return res
}

// location returns the physical location of [pos, end).
func (sw *sarifWriter) location(pos, end token.Position) *sarif.Location {
	return sarif.NewLocationWithPhysicalLocation(&sarif.PhysicalLocation{
		ArtifactLocation: sw.artifact(pos.Filename),
		Region:           sw.region(pos, end),
	})
}

// artifact returns filename as a URI relative to the root, or as an
// absolute file URI when it lies outside.
func (sw *sarifWriter) artifact(filename string) *sarif.ArtifactLocation {
	rel := relPath(filename, sw.root)
	if rel == filename && sw.realRoot != "" {
		// The root may be a resolved path (git rev-parse --show-toplevel)
		// and the file not, or the other way round.
		if real, err := filepath.EvalSymlinks(filename); err == nil {
			if r := relPath(real, sw.realRoot); r != real {
				rel = r
			}
		}
	}
	if rel == filename && filepath.IsAbs(filename) {
		return &sarif.ArtifactLocation{URI: ptr(fileURI(filename))}
	}
	u := &url.URL{Path: filepath.ToSlash(rel)}
	return &sarif.ArtifactLocation{URI: ptr(u.String()), URIBaseId: ptr(srcRootID)}
}

// region returns the SARIF region of [pos, end) with columns in UTF-16
// code units. An empty or missing range covers the character at pos, as
// GitHub needs a non-empty region.
func (sw *sarifWriter) region(pos, end token.Position) *sarif.Region {
	src := sw.srcs.get(pos.Filename)
	line := max(pos.Line, 1)
	col := max(src.utf16Column(pos), 1)
	endLine, endCol := line, col+src.utf16Width(pos)
	if end.IsValid() && end.Filename == pos.Filename &&
		(end.Line > pos.Line || end.Line == pos.Line && end.Column > pos.Column) {
		endLine, endCol = end.Line, max(src.utf16Column(end), 1)
	}
	return &sarif.Region{StartLine: &line, StartColumn: &col, EndLine: &endLine, EndColumn: &endCol}
}

// fix converts a suggested fix; edits are byte ranges.
func (sw *sarifWriter) fix(fix Fix) *sarif.Fix {
	if len(fix.Edits) == 0 {
		return nil
	}
	sf := &sarif.Fix{}
	if fix.Message != "" {
		sf.Description = sarif.NewTextMessage(oneLine(fix.Message))
	}
	changes := map[string]*sarif.ArtifactChange{}
	for _, e := range fix.Edits {
		c := changes[e.File]
		if c == nil {
			c = &sarif.ArtifactChange{ArtifactLocation: *sw.artifact(e.File)}
			changes[e.File] = c
			sf.ArtifactChanges = append(sf.ArtifactChanges, c)
		}
		c.Replacements = append(c.Replacements, &sarif.Replacement{
			DeletedRegion:   sarif.Region{ByteOffset: ptr(e.Start), ByteLength: ptr(e.End - e.Start)},
			InsertedContent: &sarif.ArtifactContent{Text: ptr(e.New)},
		})
	}
	return sf
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// semverRE is the regular expression of semver.org for Semantic
// Versioning 2.0.0.
var semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
	`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
	`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// camelCase turns a title such as "report secrets compared in variable
// time" into a rule name, "SecretsComparedInVariableTime", keeping the
// case of acronyms; the leading "report" of every title is dropped.
func camelCase(title, fallback string) string {
	words := strings.FieldsFunc(strings.ReplaceAll(title, "'", ""), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) > 1 && strings.EqualFold(words[0], "report") {
		words = words[1:]
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteString(upperFirst(w))
	}
	if b.Len() == 0 {
		return upperFirst(fallback)
	}
	return truncate(b.String(), 255)
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// oneLine joins the lines of s and collapses its runs of white space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncate shortens s to at most n bytes, on a character boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n-len("…")]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s + "…"
}

// escapeLinkText escapes the characters that end the text of an embedded
// link in a SARIF plain-text message.
func escapeLinkText(s string) string {
	return strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(s)
}

// uuid5 returns a name-based (SHA-1) UUID of the parts: a stable GUID for
// a suppression.
func uuid5(parts ...string) string {
	h := sha1.Sum([]byte(strings.Join(parts, "\x00")))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

func ptr[T any](v T) *T { return &v }
