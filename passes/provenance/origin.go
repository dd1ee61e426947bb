package provenance

import (
	"fmt"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Kind says where a value can come from.
type Kind uint8

// Kinds of origin. Unknown means silence: analyzers never report on it.
const (
	Unknown    Kind = iota // anything the analysis cannot see: I/O, other packages without facts, counters
	Constant               // literals, constant expressions, decodings of literals, variables only ever assigned constants
	Zero                   // a buffer (make, new, var) that is never written, or a zero value
	MathRand               // math/rand or math/rand/v2: predictable
	CryptoRand             // crypto/rand
	Derived                // output of a hash, MAC, KDF or HKDF; see Origin.Inputs
	Time                   // the clock (time.Now and what is computed from it)
	Param                  // a parameter of the enclosing function; see Origin.Param
	numKinds
)

var kindNames = [...]string{"unknown", "constant", "zero", "math/rand", "crypto/rand", "derived", "time", "param"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// Kinds is a set of Kind.
type Kinds uint16

// KindsOf returns the set of the given kinds.
func KindsOf(ks ...Kind) Kinds {
	var s Kinds
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

// Has reports whether k is in the set.
func (s Kinds) Has(k Kind) bool { return s&(1<<k) != 0 }

// Only reports whether the set is non-empty and every member is one of ks.
func (s Kinds) Only(ks ...Kind) bool { return s != 0 && s&^KindsOf(ks...) == 0 }

func (s Kinds) String() string {
	var parts []string
	for k := Kind(0); k < numKinds; k++ {
		if s.Has(k) {
			parts = append(parts, k.String())
		}
	}
	return strings.Join(parts, "|")
}

// An Origin is one source a value can come from.
type Origin struct {
	Kind Kind
	// Pos is where the value is made: the literal or the declaration of
	// the named constant or variable, the call of crypto/rand, time.Now or
	// the KDF, the make of a buffer. token.NoPos when not known (always for
	// origins read from another package's facts).
	Pos token.Pos
	// Len is the length in bytes of a Constant, Zero or Derived value when
	// known, else -1. A nil slice or empty string constant has Len 0.
	Len int
	// Int is the value of an integer Constant when HasInt.
	Int    int64
	HasInt bool
	// Bytes is the content of a string or byte Constant when known
	// (HasBytes), capped at 64 KiB.
	Bytes    string
	HasBytes bool
	// PEM is the type of the first PEM block when a Constant is PEM text
	// or was decoded from it ("RSA PRIVATE KEY", "PUBLIC KEY", "CERTIFICATE").
	PEM string
	// Name names the constant, package variable or field the value was
	// read from ("licenseKeyHex", "cookieIV", "Signer.Secret"), if any.
	Name string
	// API is the function that produced a CryptoRand, MathRand, Time or
	// Derived value, as a cryptoapi ID ("crypto/sha256.Sum256"), or the
	// function whose parameter or result the value is.
	API string
	// Param is the parameter index of a Param origin (SSA numbering: the
	// receiver of a method is parameter 0).
	Param int
	// Inputs are the origins of the inputs of a Derived value (the key,
	// password or message, and the salt), when known.
	Inputs []Origin
	// Note is a short human reason, mostly for Unknown ("counter",
	// "exported field", "written by an unknown call").
	Note string
	// Path lists positions the value went through from the origin to the
	// use (assignments, calls, returns), for relatedLocations.
	Path []token.Pos

	fn *ssa.Function // Param: the function whose parameter this is
}

// Func returns the function of a Param origin (nil for other kinds and for
// origins read from facts).
func (o *Origin) Func() *ssa.Function { return o.fn }

// IsNil reports whether o is a nil or empty constant (a Constant of Len 0).
func (o *Origin) IsNil() bool { return o.Kind == Constant && o.Len == 0 }

// InputKinds returns the kinds of a Derived origin's inputs (recursively).
func (o *Origin) InputKinds() Kinds {
	var s Kinds
	for i := range o.Inputs {
		in := &o.Inputs[i]
		if in.Kind == Derived && len(in.Inputs) > 0 {
			s |= in.InputKinds()
		} else {
			s |= 1 << in.Kind
		}
	}
	return s
}

func (o Origin) String() string {
	var b strings.Builder
	b.WriteString(o.Kind.String())
	switch o.Kind {
	case Constant, Zero, Derived:
		if o.Len >= 0 {
			fmt.Fprintf(&b, "(len %d)", o.Len)
		}
		if o.HasInt {
			fmt.Fprintf(&b, "(%d)", o.Int)
		}
		if o.PEM != "" {
			fmt.Fprintf(&b, "(pem %q)", o.PEM)
		}
		if len(o.Inputs) > 0 {
			fmt.Fprintf(&b, "(from %s)", o.InputKinds())
		}
	case Param:
		fmt.Fprintf(&b, "(%d)", o.Param)
	}
	if o.Note != "" && o.Kind == Unknown {
		fmt.Fprintf(&b, "(%s)", o.Note)
	}
	return b.String()
}

// Origins is the set of origins of one value.
type Origins []Origin

// Kinds returns the set of kinds.
func (os Origins) Kinds() Kinds {
	var s Kinds
	for i := range os {
		s |= 1 << os[i].Kind
	}
	return s
}

// Only reports whether os is non-empty and every origin is of one of the
// kinds. This is how analyzers ask "is this value certainly constant":
// os.Only(Constant) is false as soon as one path is Unknown.
func (os Origins) Only(ks ...Kind) bool { return os.Kinds().Only(ks...) }

// Any reports whether some origin is of kind k.
func (os Origins) Any(k Kind) bool { return os.Kinds().Has(k) }

// First returns the first origin of kind k, or nil.
func (os Origins) First(k Kind) *Origin {
	for i := range os {
		if os[i].Kind == k {
			return &os[i]
		}
	}
	return nil
}

// Known reports whether no origin is Unknown or Param: the value's sources
// are all visible.
func (os Origins) Known() bool {
	k := os.Kinds()
	return k != 0 && !k.Has(Unknown) && !k.Has(Param)
}

// Int returns the integer value when every origin is an integer Constant
// with the same value.
func (os Origins) Int() (int64, bool) {
	if len(os) == 0 {
		return 0, false
	}
	v := os[0].Int
	for i := range os {
		if os[i].Kind != Constant || !os[i].HasInt || os[i].Int != v {
			return 0, false
		}
	}
	return v, true
}

// Len returns the length in bytes when every origin has the same known
// length.
func (os Origins) Len() (int, bool) {
	if len(os) == 0 || os[0].Len < 0 {
		return 0, false
	}
	n := os[0].Len
	for i := range os {
		if os[i].Len != n {
			return 0, false
		}
	}
	return n, true
}

func (os Origins) String() string {
	parts := make([]string, len(os))
	for i := range os {
		parts[i] = os[i].String()
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// sortOrigins orders origins deterministically (for facts).
func sortOrigins(os Origins) {
	sort.SliceStable(os, func(i, j int) bool {
		a, b := &os[i], &os[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Param != b.Param {
			return a.Param < b.Param
		}
		if a.Len != b.Len {
			return a.Len < b.Len
		}
		if a.Int != b.Int {
			return a.Int < b.Int
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.API < b.API
	})
}
