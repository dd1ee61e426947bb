package sshalgo

import (
	"reflect"
	"slices"
	"testing"

	"golang.org/x/crypto/ssh"
)

// TestReasons checks that every algorithm of ssh.InsecureAlgorithms() has
// an explanation, so that an x/crypto upgrade that lists a new one is
// noticed, and that the explanations name no other algorithm.
func TestReasons(t *testing.T) {
	all := map[string]bool{}
	v := reflect.ValueOf(ssh.InsecureAlgorithms())
	for i := range v.NumField() {
		for _, name := range v.Field(i).Interface().([]string) {
			all[name] = true
			if _, ok := reasons[name]; !ok {
				t.Errorf("ssh.InsecureAlgorithms().%s lists %q, which has no reason", v.Type().Field(i).Name, name)
			}
		}
	}
	for name := range reasons {
		if !all[name] {
			t.Errorf("reasons has %q, which ssh.InsecureAlgorithms() does not list", name)
		}
	}
}

// TestLists checks that every configuration list reads its own field of
// ssh.InsecureAlgorithms().
func TestLists(t *testing.T) {
	v := reflect.ValueOf(ssh.InsecureAlgorithms())
	for _, l := range lists {
		want := v.FieldByName(l.algos).Interface().([]string)
		if !slices.Equal(l.insecure, want) {
			t.Errorf("%s.%s: insecure list %q, want ssh.InsecureAlgorithms().%s = %q", l.typ, l.field, l.insecure, l.algos, want)
		}
	}
}
