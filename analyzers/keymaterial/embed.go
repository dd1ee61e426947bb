package keymaterial

// This file finds the //go:embed directives of a package and resolves
// their patterns to files the way the go command does
// (cmd/go/internal/load.resolveEmbed in Go 1.26): a pattern is a path.Match
// glob relative to the package directory, optionally prefixed with "all:";
// a matched directory stands for every file below it, except files and
// directories whose names begin with '.' or '_' (unless "all:" is given),
// version-control directories and directories of other modules.

import (
	"go/ast"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// embedDirective is one //go:embed comment above a package-level variable
// of type string, []byte or embed.FS.
type embedDirective struct {
	Comment *ast.Comment
	Dir     string   // the package directory
	Files   []string // the embedded files, slash-separated and relative to Dir, sorted
}

// embedDirectives returns the //go:embed directives of file, with the
// files each one embeds. A directive the go command would reject (an
// invalid pattern, a pattern that matches nothing) contributes the files
// of its valid patterns only: the package does not build anyway.
func embedDirectives(pass *analysis.Pass, file *ast.File) []*embedDirective {
	var out []*embedDirective
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			// The compiler accepts the directive in the doc comment of a
			// single-variable declaration without values; in a
			// parenthesised group it belongs to the spec.
			doc := vs.Doc
			if !gd.Lparen.IsValid() {
				doc = gd.Doc
			}
			if doc == nil || len(vs.Names) != 1 || len(vs.Values) != 0 || !embeddable(pass.TypesInfo, vs.Names[0]) {
				continue
			}
			for _, c := range doc.List {
				d, ok := ast.ParseDirective(c.Slash, c.Text)
				if !ok || d.Tool != "go" || d.Name != "embed" {
					continue
				}
				args, err := d.ParseArgs()
				if err != nil {
					continue
				}
				dir := filepath.Dir(pass.Fset.Position(c.Slash).Filename)
				var files []string
				for _, a := range args {
					files = append(files, resolveEmbed(dir, a.Arg)...)
				}
				slices.Sort(files)
				out = append(out, &embedDirective{Comment: c, Dir: dir, Files: slices.Compact(files)})
			}
		}
	}
	return out
}

// embeddable reports whether the variable declared by name has a type that
// //go:embed accepts: string, []byte or embed.FS.
func embeddable(info *types.Info, name *ast.Ident) bool {
	obj := info.Defs[name]
	if obj == nil {
		return false
	}
	t := obj.Type()
	if analysisutil.IsNamedType(t, "embed", "FS") {
		_, isPtr := types.Unalias(t).(*types.Pointer)
		return !isPtr
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// resolveEmbed returns the files, relative to dir and slash-separated,
// that one //go:embed pattern embeds, or nil when the go command would
// reject the pattern.
func resolveEmbed(dir, pattern string) []string {
	glob, all := strings.CutPrefix(pattern, "all:")
	if _, err := path.Match(glob, ""); err != nil || glob == "." || !fs.ValidPath(glob) {
		return nil
	}
	matches, err := filepath.Glob(quoteGlob(dir) + string(filepath.Separator) + filepath.FromSlash(glob))
	if err != nil {
		return nil
	}
	var files []string
	for _, m := range matches {
		rel := filepath.ToSlash(strings.TrimPrefix(m, dir+string(filepath.Separator)))
		if !embeddablePath(dir, rel) {
			return nil
		}
		info, err := os.Lstat(m)
		if err != nil {
			return nil
		}
		switch {
		case info.Mode().IsRegular():
			files = append(files, rel)
		case info.IsDir():
			_ = filepath.WalkDir(m, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if p == m {
					return nil
				}
				name := d.Name()
				if badEmbedName(name) || !all && (name[0] == '.' || name[0] == '_') {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.IsDir() {
					if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
						return filepath.SkipDir
					}
					return nil
				}
				if d.Type().IsRegular() {
					files = append(files, filepath.ToSlash(strings.TrimPrefix(p, dir+string(filepath.Separator))))
				}
				return nil
			})
		}
	}
	return files
}

// embeddablePath reports whether no element of rel (a file or directory
// matched by a pattern) begins another module or has a name that the go
// command refuses to embed.
func embeddablePath(dir, rel string) bool {
	elems := strings.Split(rel, "/")
	for i, e := range elems {
		if badEmbedName(e) {
			return false
		}
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(strings.Join(elems[:i+1], "/")), "go.mod")); err == nil {
			return false
		}
	}
	return true
}

// badEmbedName reports whether name is a file name that cannot be part of
// a module (a version-control directory, a name that module zips refuse)
// and is therefore never embedded.
func badEmbedName(name string) bool {
	switch name {
	case "", ".bzr", ".hg", ".git", ".svn":
		return true
	}
	return module.CheckFilePath(name) != nil
}

// quoteGlob escapes the glob metacharacters of a directory name, so that
// only the pattern is interpreted by filepath.Glob.
func quoteGlob(s string) string {
	if !strings.ContainsAny(s, "*?[]") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '*', '?', '[', ']':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
