package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// This file checks a SARIF log without dependencies: against the SARIF
// 2.1.0 JSON schema (testdata/sarif-schema-2.1.0.json, the OASIS file) with
// a validator of the draft-04 keywords that schema uses, and against what
// GitHub code scanning needs on upload.

// validateSARIF returns the problems of log, one string each.
func validateSARIF(t *testing.T, log []byte, root string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	schema := decodeJSON(t, data).(map[string]any)
	doc := decodeJSON(t, log)
	v := &schemaValidator{root: schema}
	v.validate("$", schema, doc)
	return append(v.problems, githubProblems(doc.(map[string]any), root)...)
}

func decodeJSON(t *testing.T, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return v
}

type schemaValidator struct {
	root     map[string]any
	problems []string
}

func (v *schemaValidator) errorf(path, format string, args ...any) {
	v.problems = append(v.problems, "schema: "+path+": "+fmt.Sprintf(format, args...))
}

// validate checks x at path against schema s. It knows the keywords of the
// SARIF schema: $ref, type, enum, properties, required,
// additionalProperties, items, minItems, uniqueItems, minimum, maximum,
// pattern, format, anyOf and oneOf.
func (v *schemaValidator) validate(path string, s map[string]any, x any) {
	if ref, ok := s["$ref"].(string); ok {
		name, ok := strings.CutPrefix(ref, "#/definitions/")
		def, _ := v.root["definitions"].(map[string]any)[name].(map[string]any)
		if !ok || def == nil {
			v.errorf(path, "unknown $ref %q", ref)
			return
		}
		v.validate(path, def, x)
		return
	}
	if typ, ok := s["type"]; ok && !hasType(typ, x) {
		v.errorf(path, "want type %v, got %T", typ, x)
		return
	}
	if enum, ok := s["enum"].([]any); ok && !containsJSON(enum, x) {
		v.errorf(path, "%v not in %v", x, enum)
	}
	for _, key := range []string{"anyOf", "oneOf"} {
		alts, ok := s[key].([]any)
		if !ok {
			continue
		}
		n := 0
		for _, alt := range alts {
			sub := &schemaValidator{root: v.root}
			sub.validate(path, alt.(map[string]any), x)
			if len(sub.problems) == 0 {
				n++
			}
		}
		if n == 0 || key == "oneOf" && n > 1 {
			v.errorf(path, "%d alternatives of %s match", n, key)
		}
	}
	switch x := x.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asSlice(s["required"]) {
			if _, ok := x[r.(string)]; !ok {
				v.errorf(path, "missing required %q", r)
			}
		}
		for k, val := range x {
			if ps, ok := props[k].(map[string]any); ok {
				v.validate(path+"."+k, ps, val)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					v.errorf(path, "property %q not allowed", k)
				}
			case map[string]any:
				v.validate(path+"."+k, ap, val)
			}
		}
	case []any:
		if mi, ok := s["minItems"].(json.Number); ok {
			if n, _ := mi.Int64(); int64(len(x)) < n {
				v.errorf(path, "fewer than %d items", n)
			}
		}
		if s["uniqueItems"] == true {
			seen := map[string]bool{}
			for _, e := range x {
				b, _ := json.Marshal(e)
				if seen[string(b)] {
					v.errorf(path, "duplicate item %s", b)
				}
				seen[string(b)] = true
			}
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				v.validate(path+"["+strconv.Itoa(i)+"]", items, e)
			}
		}
	case json.Number:
		f, _ := new(big.Float).SetString(x.String())
		if m, ok := s["minimum"].(json.Number); ok {
			if min, _ := new(big.Float).SetString(m.String()); f.Cmp(min) < 0 {
				v.errorf(path, "%s below minimum %s", x, m)
			}
		}
		if m, ok := s["maximum"].(json.Number); ok {
			if max, _ := new(big.Float).SetString(m.String()); f.Cmp(max) > 0 {
				v.errorf(path, "%s above maximum %s", x, m)
			}
		}
	case string:
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			v.errorf(path, "%q does not match %s", x, p)
		}
		switch s["format"] {
		case "uri":
			if u, err := url.Parse(x); err != nil || !u.IsAbs() {
				v.errorf(path, "%q is not an absolute URI", x)
			}
		case "uri-reference":
			if _, err := url.Parse(x); err != nil {
				v.errorf(path, "%q is not a URI reference", x)
			}
		case "date-time":
			if _, err := time.Parse(time.RFC3339, x); err != nil {
				v.errorf(path, "%q is not a date-time", x)
			}
		}
	}
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

func hasType(typ, x any) bool {
	if types, ok := typ.([]any); ok {
		for _, t := range types {
			if hasType(t, x) {
				return true
			}
		}
		return false
	}
	switch typ {
	case "object":
		_, ok := x.(map[string]any)
		return ok
	case "array":
		_, ok := x.([]any)
		return ok
	case "string":
		_, ok := x.(string)
		return ok
	case "boolean":
		_, ok := x.(bool)
		return ok
	case "number":
		_, ok := x.(json.Number)
		return ok
	case "integer":
		n, ok := x.(json.Number)
		_, err := n.Int64()
		return ok && err == nil
	case "null":
		return x == nil
	}
	return false
}

func containsJSON(list []any, x any) bool {
	b, _ := json.Marshal(x)
	for _, e := range list {
		if eb, _ := json.Marshal(e); bytes.Equal(b, eb) {
			return true
		}
	}
	return false
}

// githubProblems applies the checks of sarifcheck: what GitHub code
// scanning needs to show a security alert well.
func githubProblems(log map[string]any, root string) []string {
	var problems []string
	errorf := func(format string, args ...any) {
		problems = append(problems, "github: "+fmt.Sprintf(format, args...))
	}
	obj := func(v any) map[string]any { m, _ := v.(map[string]any); return m }
	str := func(v any) string { s, _ := v.(string); return s }
	text := func(v any) string { return str(obj(v)["text"]) }
	num := func(v any) (int64, bool) {
		n, ok := v.(json.Number)
		i, err := n.Int64()
		return i, ok && err == nil
	}

	if log["version"] != "2.1.0" || str(log["$schema"]) == "" {
		errorf("version %v, $schema %q", log["version"], log["$schema"])
	}
	runs := asSlice(log["runs"])
	if len(runs) != 1 {
		errorf("%d runs, want 1", len(runs))
	}
	for _, r := range runs {
		run := obj(r)
		driver := obj(obj(run["tool"])["driver"])
		if str(driver["name"]) == "" || str(driver["informationUri"]) == "" ||
			str(driver["version"]) == "" && str(driver["semanticVersion"]) == "" {
			errorf("tool.driver lacks name, informationUri or version")
		}
		rules := map[string]int64{}
		for i, rv := range asSlice(driver["rules"]) {
			rule := obj(rv)
			id := str(rule["id"])
			if _, dup := rules[id]; dup || id == "" {
				errorf("rule %d: empty or duplicate id %q", i, id)
			}
			rules[id] = int64(i)
			help := obj(rule["help"])
			if text(rule["shortDescription"]) == "" || text(rule["fullDescription"]) == "" ||
				str(help["text"]) == "" || str(help["markdown"]) == "" || str(rule["helpUri"]) == "" {
				errorf("rule %s: a description, help or helpUri is empty", id)
			}
			if len(str(rule["name"])) > 255 || len(text(rule["fullDescription"])) > 1024 {
				errorf("rule %s: name or fullDescription too long", id)
			}
			props := obj(rule["properties"])
			if sev, err := strconv.ParseFloat(str(props["security-severity"]), 64); err != nil || sev <= 0 || sev > 10 {
				errorf("rule %s: security-severity %v is not a string in (0, 10]", id, props["security-severity"])
			}
			hasSec, hasCWE := false, false
			for _, tag := range asSlice(props["tags"]) {
				hasSec = hasSec || tag == "security"
				hasCWE = hasCWE || strings.HasPrefix(str(tag), "external/cwe/cwe-")
			}
			if !hasSec || !hasCWE || str(props["precision"]) == "" {
				errorf("rule %s: tags lack security or a CWE, or precision is missing", id)
			}
		}
		for i, resv := range asSlice(run["results"]) {
			res := obj(resv)
			where := fmt.Sprintf("result %d", i)
			at, ok := rules[str(res["ruleId"])]
			if idx, hasIdx := num(res["ruleIndex"]); !ok || !hasIdx || idx != at {
				errorf("%s: ruleId %v and ruleIndex %v do not match a rule", where, res["ruleId"], res["ruleIndex"])
			}
			if msg := text(res["message"]); msg == "" || strings.Contains(msg, "\n") {
				errorf("%s: message.text empty or not one line", where)
			}
			if str(obj(res["partialFingerprints"])["primaryLocationLineHash"]) == "" {
				errorf("%s: no primaryLocationLineHash", where)
			}
			locs := asSlice(res["locations"])
			if len(locs) == 0 {
				errorf("%s: no locations", where)
				continue
			}
			for j, l := range append(locs[:1:1], asSlice(res["relatedLocations"])...) {
				pl := obj(obj(l)["physicalLocation"])
				uri := str(obj(pl["artifactLocation"])["uri"])
				u, err := url.Parse(uri)
				switch {
				case uri == "" || err != nil:
					errorf("%s location %d: bad uri %q", where, j, uri)
				case u.IsAbs() || strings.HasPrefix(uri, "/") || strings.Contains(uri, `\`):
					errorf("%s location %d: uri %q is not relative to the root", where, j, uri)
				default:
					if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(u.Path))); err != nil {
						errorf("%s location %d: uri %q names no file under the root", where, j, uri)
					}
				}
				reg := obj(pl["region"])
				sl, ok1 := num(reg["startLine"])
				sc, ok2 := num(reg["startColumn"])
				el, ok3 := num(reg["endLine"])
				ec, ok4 := num(reg["endColumn"])
				if !ok1 || !ok2 || !ok3 || !ok4 || sl < 1 || sc < 1 || el < sl || el == sl && ec <= sc {
					errorf("%s location %d: incomplete, empty or inverted region %v", where, j, reg)
				}
			}
		}
	}
	return problems
}

// TestValidator makes sure the validator is not vacuous: it must reject
// what go-sarif writes by default for a suppression (null fields) and the
// other mistakes a SARIF writer makes.
func TestValidator(t *testing.T) {
	root := t.TempDir()
	good := writeSARIF(t, syntheticReport(t, root, false), SARIFOptions{
		Root: root, ToolVersion: "1.0.0", InformationURI: "https://github.com/cryptovet/cryptovet", Rules: testRules(),
	})
	if p := validateSARIF(t, good, root); len(p) > 0 {
		t.Fatalf("valid log rejected: %v", p)
	}
	for _, bad := range []struct{ old, new, want string }{
		{`"status": "accepted"`, `"status": null`, "schema: $.runs[0].results[1].suppressions[0].status: want type string"},
		{`"level": "error"`, `"level": "fatal"`, "level: fatal not in"},
		{`"kind": "inSource"`, `"kind": "inSource", "extra": 1`, `property "extra" not allowed`},
		{`"startColumn": 18`, `"startColumn": 0`, "below minimum"},
		{`"ruleIndex": 1`, `"ruleIndex": 0`, "do not match a rule"},
		{`"uri": "pkg/a.go"`, `"uri": "/pkg/a.go"`, "not relative to the root"},
		{`"security-severity": "7.5"`, `"security-severity": 7.5`, "security-severity"},
		{`"endColumn": 36`, `"endColumn": 18`, "empty or inverted region"},
	} {
		data := bytes.Replace(good, []byte(bad.old), []byte(bad.new), 1)
		if bytes.Equal(data, good) {
			t.Errorf("%s not in the log", bad.old)
			continue
		}
		p := validateSARIF(t, data, root)
		if !strings.Contains(strings.Join(p, "\n"), bad.want) {
			t.Errorf("replacing %s by %s: want a problem with %q, got %q", bad.old, bad.new, bad.want, p)
		}
	}
}
