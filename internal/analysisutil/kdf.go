package analysisutil

import "strings"

// ShortFuncName removes the directories of the import path from a
// function's full name (types.Func.FullName) for messages:
// "example.com/app/kdfwrap.Derive" becomes "kdfwrap.Derive" and
// "(*example.com/app/kdfwrap.Hasher).Hash" becomes "(*kdfwrap.Hasher).Hash".
func ShortFuncName(name string) string {
	prefix, rest := "", name
	if strings.HasPrefix(rest, "(*") {
		prefix, rest = "(*", rest[2:]
	} else if strings.HasPrefix(rest, "(") {
		prefix, rest = "(", rest[1:]
	}
	// The last slash before any type arguments ends the directories.
	head := rest
	if i := strings.IndexByte(head, '['); i >= 0 {
		head = head[:i]
	}
	if slash := strings.LastIndexByte(head, '/'); slash >= 0 {
		rest = rest[slash+1:]
	}
	return prefix + rest
}
