package output

import (
	"strconv"
	"unicode/utf16"
)

// lineHashes returns the primaryLocationLineHash of every line of src,
// indexed by line number minus one, computed as GitHub's upload-sarif
// action computes it when a result has none (fingerprints.ts in
// github/codeql-action), so that alerts match whichever side computed the
// hash.
//
// The hash of a line is a rolling polynomial hash (base 37, modulo 2^64)
// of the first 100 characters starting at the line, counted in UTF-16 code
// units, with spaces and tabs skipped and line endings (\n, \r, \r\n)
// normalised to \n; it thus also covers the following lines when the line
// is short. The input ends with the character 65535, then zeros. A hash is
// written as lowercase hexadecimal followed by ":N", its N-th occurrence
// in the file, so identical lines stay distinct.
//
// Invalid UTF-8 is decoded as U+FFFD per byte, where Node.js may use one
// U+FFFD per invalid sequence; the hashes of such lines may then differ.
func lineHashes(src []byte) []string {
	const (
		blockSize = 100
		mod       = 37
		eof       = 65535
		tab       = '\t'
		space     = ' '
		lf        = '\n'
		cr        = '\r'
	)
	firstMod := uint64(1)
	for range blockSize {
		firstMod *= mod
	}
	var (
		window      [blockSize]uint64
		lineNumbers [blockSize]int // line starting at this window slot, or 0
		hash        uint64
		index       int
		line        int
		lineStart   = true
		prevCR      bool
		counts      = make(map[uint64]int)
		hashes      []string
	)
	output := func() {
		counts[hash]++
		n := lineNumbers[index]
		for len(hashes) < n {
			hashes = append(hashes, "")
		}
		hashes[n-1] = strconv.FormatUint(hash, 16) + ":" + strconv.Itoa(counts[hash])
		lineNumbers[index] = 0
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		hash = mod*hash + c - firstMod*begin
		index = (index + 1) % blockSize
	}
	process := func(c uint64) {
		if c == space || c == tab || (prevCR && c == lf) {
			prevCR = false
			return
		}
		prevCR = c == cr
		if c == cr {
			c = lf
		}
		if lineNumbers[index] != 0 {
			output()
		}
		if lineStart {
			lineStart = false
			line++
			lineNumbers[index] = line
		}
		if c == lf {
			lineStart = true
		}
		update(c)
	}
	for _, r := range string(src) {
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			process(uint64(r1))
			process(uint64(r2))
		} else {
			process(uint64(r))
		}
	}
	process(eof)
	for range blockSize {
		if lineNumbers[index] != 0 {
			output()
		}
		update(0)
	}
	return hashes
}
