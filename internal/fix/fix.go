// Package fix applies the suggested fixes of findings to the files they
// edit, and shows them as unified diffs.
//
// Each finding contributes its first fix, whole or not at all. A fix whose
// edits overlap an edit of a fix already taken is skipped (running -fix
// again applies it to the new text); identical edits, such as two fixes
// adding the same import, are applied once. The edited files are gofmt'ed.
package fix

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"sort"

	"github.com/cryptovet/cryptovet/internal/output"
)

// Skipped is a finding whose fix was not applied, and why.
type Skipped struct {
	Finding output.Finding
	Reason  string
}

// File is the new content of an edited file.
type File struct {
	Name     string
	Old, New []byte
}

// Result is the outcome of Compute.
type Result struct {
	// Files are the files the fixes change, sorted by name.
	Files []File
	// Fixed are the findings whose fix is in Files.
	Fixed []output.Finding
	// Skipped are the findings that have a fix that was not applied.
	Skipped []Skipped
}

// Compute applies the first suggested fix of each finding, in order, to
// the contents of the files it edits, which read returns (os.ReadFile when
// nil). It writes nothing.
func Compute(findings []output.Finding, read func(string) ([]byte, error)) *Result {
	if read == nil {
		read = os.ReadFile
	}
	res := &Result{}
	type taken struct {
		edits []output.Edit
		owner []int // index into fixed of each edit's finding
	}
	contents := map[string][]byte{}
	perFile := map[string]*taken{}
	var fixed []output.Finding
	var order []string

	for _, f := range findings {
		if len(f.Fixes) == 0 || len(f.Fixes[0].Edits) == 0 {
			continue
		}
		edits := f.Fixes[0].Edits
		reason := ""
		for _, e := range edits {
			if _, ok := contents[e.File]; !ok {
				data, err := read(e.File)
				if err != nil {
					reason = fmt.Sprintf("cannot read %s: %v", e.File, err)
					break
				}
				contents[e.File] = data
				perFile[e.File] = &taken{}
				order = append(order, e.File)
			}
			if e.Start < 0 || e.End < e.Start || e.End > len(contents[e.File]) {
				reason = fmt.Sprintf("its edit of %s is out of range (the file changed since it was analysed?)", e.File)
				break
			}
			if conflicts(perFile[e.File].edits, e) {
				reason = "it overlaps another fix; run cryptovet -fix again to apply it"
				break
			}
		}
		// Edits of one fix must not overlap each other either.
		if reason == "" && selfOverlap(edits) {
			reason = "its edits overlap each other"
		}
		if reason != "" {
			res.Skipped = append(res.Skipped, Skipped{f, reason})
			continue
		}
		idx := len(fixed)
		fixed = append(fixed, f)
		for _, e := range edits {
			t := perFile[e.File]
			if !contains(t.edits, e) {
				t.edits = append(t.edits, e)
				t.owner = append(t.owner, idx)
			}
		}
	}

	failed := map[int]string{}
	sort.Strings(order)
	for _, name := range order {
		t := perFile[name]
		if len(t.edits) == 0 {
			continue
		}
		old := contents[name]
		edits := append([]output.Edit(nil), t.edits...)
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
		var buf bytes.Buffer
		last := 0
		for _, e := range edits {
			buf.Write(old[last:e.Start])
			buf.WriteString(e.New)
			last = e.End
		}
		buf.Write(old[last:])
		src, err := format.Source(buf.Bytes())
		if err != nil {
			// A fix that breaks the syntax is a bug in the analyzer;
			// leave the file alone.
			for _, o := range t.owner {
				failed[o] = fmt.Sprintf("the fixed %s does not parse: %v", name, err)
			}
			continue
		}
		res.Files = append(res.Files, File{Name: name, Old: old, New: src})
	}
	// A fix that spans files is applied only if all its files are.
	if len(failed) > 0 {
		bad := map[string]bool{}
		for i := range fixed {
			if _, ok := failed[i]; ok {
				for _, e := range fixed[i].Fixes[0].Edits {
					bad[e.File] = true
				}
			}
		}
		var keep []File
		for _, f := range res.Files {
			if !bad[f.Name] {
				keep = append(keep, f)
			}
		}
		res.Files = keep
		for i, f := range fixed {
			reason, ok := failed[i]
			if !ok {
				for _, e := range f.Fixes[0].Edits {
					if bad[e.File] {
						ok, reason = true, "another fix in "+e.File+" failed"
						break
					}
				}
			}
			if ok {
				res.Skipped = append(res.Skipped, Skipped{f, reason})
				continue
			}
			res.Fixed = append(res.Fixed, f)
		}
	} else {
		res.Fixed = fixed
	}
	return res
}

// Write writes the new contents of the files, keeping their permissions.
func (r *Result) Write() error {
	for _, f := range r.Files {
		mode := os.FileMode(0o644)
		if fi, err := os.Stat(f.Name); err == nil {
			mode = fi.Mode().Perm()
		}
		if err := os.WriteFile(f.Name, f.New, mode); err != nil {
			return err
		}
	}
	return nil
}

// conflicts reports whether e overlaps one of the edits, other than an
// identical edit. Two insertions at the same offset conflict, as their
// order is unknown.
func conflicts(edits []output.Edit, e output.Edit) bool {
	for _, x := range edits {
		if x == e || x.File != e.File {
			continue
		}
		if x.Start < e.End && e.Start < x.End {
			return true
		}
		if x.Start == e.Start && (x.Start == x.End || e.Start == e.End) {
			return true
		}
	}
	return false
}

func selfOverlap(edits []output.Edit) bool {
	for i, e := range edits {
		if conflicts(edits[:i], e) {
			return true
		}
	}
	return false
}

func contains(edits []output.Edit, e output.Edit) bool {
	for _, x := range edits {
		if x == e {
			return true
		}
	}
	return false
}
