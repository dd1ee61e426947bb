package output

import (
	"bytes"
	"go/token"
	"os"
	"unicode/utf8"
)

// A source is the content of one file, read once, to convert Go's byte
// columns into the UTF-16 columns of SARIF and to fingerprint its lines.
type source struct {
	data   []byte
	lines  []int    // byte offset of the start of each line
	hashes []string // primaryLocationLineHash per line, computed on demand
}

// sources caches files by name. A file that cannot be read is cached as
// nil: its positions keep their byte columns and get no fingerprint.
type sources map[string]*source

func (s sources) get(filename string) *source {
	if src, ok := s[filename]; ok {
		return src
	}
	var src *source
	if data, err := os.ReadFile(filename); err == nil {
		src = &source{data: data, lines: []int{0}}
		for i, b := range data {
			if b == '\n' {
				src.lines = append(src.lines, i+1)
			}
		}
	}
	s[filename] = src
	return src
}

// lineHash returns the fingerprint of the 1-based line, or "".
func (src *source) lineHash(line int) string {
	if src.hashes == nil {
		src.hashes = lineHashes(src.data)
	}
	if line < 1 || line > len(src.hashes) {
		return ""
	}
	return src.hashes[line-1]
}

// lineText returns the bytes of the 1-based line without its line ending.
func (src *source) lineText(line int) []byte {
	if line < 1 || line > len(src.lines) {
		return nil
	}
	end := len(src.data)
	if line < len(src.lines) {
		end = src.lines[line] - 1
	}
	text := src.data[src.lines[line-1]:end]
	return bytes.TrimSuffix(text, []byte("\r"))
}

// utf16Column converts the 1-based byte column of pos into a 1-based
// column counted in UTF-16 code units, as SARIF (columnKind
// "utf16CodeUnits") and GitHub count them. Without the source, or for a
// column past the end of the line, the byte column is kept.
func (src *source) utf16Column(pos token.Position) int {
	if src == nil || pos.Column < 1 {
		return pos.Column
	}
	text := src.lineText(pos.Line)
	if pos.Column-1 > len(text) {
		// Past the end of the line (a range ending at its newline):
		// keep the distance beyond the last character.
		return utf16Len(text) + pos.Column - len(text)
	}
	return utf16Len(text[:pos.Column-1]) + 1
}

// utf16Width is the width in UTF-16 code units of the character at pos,
// at least 1, to give an empty range a visible extent.
func (src *source) utf16Width(pos token.Position) int {
	if src == nil || pos.Column < 1 {
		return 1
	}
	text := src.lineText(pos.Line)
	if pos.Column-1 >= len(text) {
		return 1
	}
	r, _ := utf8.DecodeRune(text[pos.Column-1:])
	return runeUTF16Len(r)
}

// utf16Len counts the UTF-16 code units of b; an invalid byte counts as
// one U+FFFD.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += runeUTF16Len(r)
		b = b[size:]
	}
	return n
}

func runeUTF16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
