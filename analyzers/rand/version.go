package rand

import (
	"go/version"
	"os"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"
)

// goVersion returns the Go version that decides the GODEBUG defaults of
// the package: the go line of its module, else the version of its files.
func goVersion(pass *analysis.Pass) (string, bool) {
	if pass.Module != nil && pass.Module.GoVersion != "" {
		v := pass.Module.GoVersion
		if !strings.HasPrefix(v, "go") {
			v = "go" + v
		}
		return v, true
	}
	for _, f := range pass.Files {
		if v := pass.TypesInfo.FileVersions[f]; v != "" {
			return v, true
		}
	}
	return "", false
}

// before126 reports whether v is a Go version before 1.26, the release
// from which crypto/rsa, crypto/ecdsa and crypto/ecdh ignore their random
// reader by default.
func before126(v string) bool {
	return version.IsValid(v) && version.Compare(v, "go1.26") < 0
}

// godebugSets reports whether a GODEBUG list ("a=1,b=0") sets key to value.
func godebugSets(list, key, value string) bool {
	set := false
	for _, kv := range strings.Split(strings.TrimSpace(list), ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if ok && k == key {
			set = v == value
		}
	}
	return set
}

// goModGodebug reports whether the module's go.mod has a godebug line
// setting key to value.
func goModGodebug(pass *analysis.Pass, key, value string) bool {
	if pass.Module == nil || pass.Module.GoMod == "" {
		return false
	}
	data, err := os.ReadFile(pass.Module.GoMod)
	if err != nil {
		return false
	}
	f, err := modfile.ParseLax(pass.Module.GoMod, data, nil)
	if err != nil {
		return false
	}
	set := false
	for _, g := range f.Godebug {
		if g.Key == key {
			set = g.Value == value
		}
	}
	return set
}
