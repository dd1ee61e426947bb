package policy

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// MatchExclude reports whether the slash-separated path rel matches the
// exclude glob pattern. Patterns are relative to the same directory as rel
// and anchored there: "*", "?" and "[...]" match within one path element
// as in path.Match, "**" matches any number of elements, and a pattern
// that matches a directory matches every file below it ("legacy",
// "legacy/", "internal/*/testdata", "**/*_gen.go").
func MatchExclude(pattern, rel string) bool {
	if rel == "" || rel == ".." || strings.HasPrefix(rel, "../") || strings.HasPrefix(rel, "/") {
		return false
	}
	return matchSegs(splitGlob(pattern), strings.Split(rel, "/"))
}

// ValidateExclude returns an error for a malformed glob pattern.
func ValidateExclude(pattern string) error {
	if strings.TrimSpace(pattern) == "" {
		return fmt.Errorf("empty pattern")
	}
	if strings.HasPrefix(pattern, "/") || filepath.IsAbs(pattern) {
		return fmt.Errorf("pattern %q must be relative to the configuration file's directory", pattern)
	}
	for _, seg := range splitGlob(pattern) {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("bad pattern %q: %v", pattern, err)
		}
	}
	return nil
}

func splitGlob(pattern string) []string {
	pattern = strings.TrimPrefix(path.Clean("/"+pattern), "/")
	if pattern == "" {
		return nil
	}
	return strings.Split(pattern, "/")
}

func matchSegs(pat, segs []string) bool {
	if len(pat) == 0 {
		// The pattern matched the file, or a directory above it.
		return true
	}
	if pat[0] == "**" {
		for i := 0; i <= len(segs); i++ {
			if matchSegs(pat[1:], segs[i:]) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 {
		return false
	}
	if ok, _ := path.Match(pat[0], segs[0]); !ok {
		return false
	}
	return matchSegs(pat[1:], segs[1:])
}
