package analysisutil

import "testing"

func TestShortFuncName(t *testing.T) {
	for in, want := range map[string]string{
		"example.com/app/kdfwrap.Derive":         "kdfwrap.Derive",
		"(*example.com/app/kdfwrap.Hasher).Hash": "(*kdfwrap.Hasher).Hash",
		"(example.com/a.T).M":                    "(a.T).M",
		"kdfwrap.Derive":                         "kdfwrap.Derive",
		"a.deriveSHA256":                         "a.deriveSHA256",
	} {
		if got := ShortFuncName(in); got != want {
			t.Errorf("%s: got %s want %s", in, got, want)
		}
	}
}
