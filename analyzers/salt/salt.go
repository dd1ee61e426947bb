package salt

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

//go:embed doc.go
var doc string

// Analyzer reports constant, predictable or short salts in password hashing and KDFs.
var Analyzer = &analysis.Analyzer{
	Name:     "salt",
	Doc:      analysisutil.MustExtractDoc(doc, "salt"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/salt.md",
	Requires: []*analysis.Analyzer{provenance.Analyzer},
	Run:      run,
}

// Salt lengths in bytes. NIST SP 800-132 §5.1 and RFC 8018 §4.1 ask for
// at least 128 random bits; RFC 9106 §3.1 recommends 16 bytes. Under 8
// bytes (the minimum of RFC 2898) is an error.
var (
	minLen      = 16
	minLenError = 8
)

func init() {
	Analyzer.Flags.IntVar(&minLen, "min-salt-len", minLen,
		"salt length in bytes below which a finding is a warning (NIST SP 800-132 §5.1, RFC 8018 §4.1, RFC 9106 §3.1)")
	Analyzer.Flags.IntVar(&minLenError, "min-salt-len-error", minLenError,
		"salt length in bytes below which a finding is an error")
}

// advice ends every message: what to do instead.
const advice = "generate 16 random bytes with crypto/rand for each password and store them with the hash"

func run(pass *analysis.Pass) (any, error) {
	if cryptoapi.IsCryptoPackage(pass.Pkg.Path()) {
		return nil, nil // the implementation of a KDF, not a use
	}
	res := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
	done := make(map[ssa.CallInstruction]bool)
	for _, s := range res.SinksFor(cryptoapi.Salt) {
		if s.API.Op != cryptoapi.Derive || done[s.Call] {
			continue
		}
		// PBKDF2, scrypt and Argon2 take a password. HKDF takes input
		// keying material, for which RFC 5869 §3.1 allows a fixed salt
		// or none; it is a password KDF only when fed a password.
		if !s.API.Has(cryptoapi.Password) && !passwordInput(res, s) {
			continue
		}
		// PBKDF2 or scrypt over a random key (key wrapping) is not
		// password hashing either.
		if randomInput(res, s) {
			continue
		}
		f := judge(res, s)
		if f == nil {
			continue
		}
		done[s.Call] = true
		d := analysis.Diagnostic{
			Pos:      s.Pos,
			End:      s.End,
			Category: f.category,
			Message:  f.message,
		}
		if pos := originPos(f.origin); pos.IsValid() &&
			(pass.Fset.File(pos) != pass.Fset.File(s.Pos) || pass.Fset.Position(pos).Line != pass.Fset.Position(s.Pos).Line) {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos, Message: "the salt comes from here"})
		}
		pass.Report(d)
	}
	return nil, nil
}

// originPos returns where an origin is made, or the first position of
// its flow when the value (a literal) has no position of its own.
func originPos(o *provenance.Origin) token.Pos {
	if o == nil {
		return token.NoPos
	}
	if o.Pos.IsValid() || len(o.Path) == 0 {
		return o.Pos
	}
	return o.Path[0]
}

type finding struct {
	message  string
	category string
	origin   *provenance.Origin // where the salt is made, for related information
}

// judge decides whether the salt of sink s is constant, predictable or
// short.
func judge(res *provenance.Result, s *provenance.Sink) *finding {
	os := s.Origins
	where := sinkName(s)
	if len(os) == 0 {
		return nil
	}

	// A random salt: only its length matters. Constant parts next to
	// random bytes (a version prefix) do not make it predictable.
	if os.Any(provenance.CryptoRand) {
		n, o, ok := randomLen(s)
		if !ok || n >= minLen {
			return nil
		}
		cat := analysisutil.LevelWarning
		if n < minLenError {
			cat = ""
		}
		return &finding{
			message: fmt.Sprintf("%d-byte salt in %s: random salts shorter than %d bytes repeat across a large user base "+
				"(NIST SP 800-132 §5.1, RFC 9106 §3.1); use at least %d random bytes (set -salt.min-salt-len to change the threshold)",
				n, where, minLen, minLen),
			category: cat,
			origin:   o,
		}
	}

	// The clock and math/rand are guessable.
	if o := os.First(provenance.Time); o != nil {
		return &finding{
			message: fmt.Sprintf("predictable salt in %s: it is derived from the clock, which an attacker can guess; %s", where, advice),
			origin:  o,
		}
	}
	if o := os.First(provenance.MathRand); o != nil {
		return &finding{
			message: fmt.Sprintf("predictable salt in %s: it comes from math/rand, whose output can be reconstructed; %s", where, advice),
			origin:  o,
		}
	}

	// Constants, and hashes of constants. A nil salt given to a wrapper
	// is often an option ("nil: choose a random salt") that the wrapper
	// handles before the KDF: only a non-empty constant counts there.
	if os.Only(provenance.Constant, provenance.Zero, provenance.Derived) && derivedFromConstants(os) {
		if s.Via != "" && allNil(os) {
			return nil
		}
		return constantFinding(os, where)
	}

	// Hashes of a predictable or identifying value.
	for i := range os {
		o := &os[i]
		if o.Kind != provenance.Derived {
			continue
		}
		in := o.InputKinds()
		if in.Has(provenance.CryptoRand) {
			return nil
		}
		if in.Has(provenance.Time) || in.Has(provenance.MathRand) {
			return &finding{
				message: fmt.Sprintf("predictable salt in %s: it is a hash of the clock or of math/rand output, which an attacker can guess; %s", where, advice),
				origin:  o,
			}
		}
		if name := identityInput(o.Inputs); name != "" {
			return &finding{
				message: fmt.Sprintf("predictable salt in %s: it is a hash of %s, the same for that account on every system, so hashes can be precomputed for likely accounts; %s",
					where, name, advice),
				origin: o,
			}
		}
	}

	// Constant text combined with text that is not random: "app:" +
	// username. The provenance pass drops the constant operands of a
	// concatenation, so the SSA form of the argument is read here.
	// TODO(provenance): remove when origins record a constant affix.
	// (Zero is allowed beside the other kinds: the pass reports the
	// argument array of fmt.Sprintf as possibly zero.)
	if os.Only(provenance.Param, provenance.Unknown, provenance.Zero) && !os.Only(provenance.Zero) && !saltNamed(os) {
		if c, ok := textFromConstant(res, s.Arg); ok && !leavesSaltNamed(c.leaves) {
			return &finding{
				message: fmt.Sprintf("predictable salt in %s: constant text combined with %s is the same for that account on every system, so hashes can be precomputed for likely accounts; %s",
					where, describeLeaves(c.leaves, os), advice),
				origin: &provenance.Origin{Kind: provenance.Unknown, Pos: c.at},
			}
		}
	}
	return nil
}

func allNil(os provenance.Origins) bool {
	for i := range os {
		if !os[i].IsNil() {
			return false
		}
	}
	return true
}

// derivedFromConstants reports whether every Derived origin of os is a
// hash of constants only.
func derivedFromConstants(os provenance.Origins) bool {
	for i := range os {
		if os[i].Kind == provenance.Derived && !os[i].InputKinds().Only(provenance.Constant, provenance.Zero) {
			return false
		}
	}
	return true
}

func constantFinding(os provenance.Origins, where string) *finding {
	o := &os[0]
	for i := range os {
		if os[i].Pos.IsValid() {
			o = &os[i]
			break
		}
	}
	empty, zero, derived := true, true, false
	for i := range os {
		switch os[i].Kind {
		case provenance.Constant:
			zero = false
			if !os[i].IsNil() {
				empty = false
			}
		case provenance.Zero:
			empty = false
		case provenance.Derived:
			empty, zero, derived = false, false, true
		}
	}
	name := ""
	if o.Name != "" {
		name = " (" + o.Name + ")"
	}
	var msg string
	switch {
	case empty:
		msg = fmt.Sprintf("no salt in %s: identical passwords get identical hashes and one precomputed table cracks them all; %s", where, advice)
	case zero:
		msg = fmt.Sprintf("constant salt%s in %s: the salt buffer is all zeros, so identical passwords get identical hashes and one precomputed table cracks them all; %s", name, where, advice)
	case derived:
		msg = fmt.Sprintf("constant salt%s in %s: it is a hash of constant input, so identical passwords get identical hashes and one precomputed table cracks them all; %s", name, where, advice)
	default:
		msg = fmt.Sprintf("constant salt%s in %s: identical passwords get identical hashes and one precomputed table cracks them all; %s", name, where, advice)
	}
	return &finding{message: msg, origin: o}
}

// sinkName names the KDF in messages: "scrypt.Key", or "pbkdf2.Key
// (through kdfwrap.Derive)" for a wrapper call.
func sinkName(s *provenance.Sink) string {
	if s.Via != "" {
		return fmt.Sprintf("%s (through %s)", s.API, analysisutil.ShortFuncName(s.Via))
	}
	return s.API.String()
}

// describeLeaves names the non-constant operands of a salt for a
// message.
func describeLeaves(leaves []ssa.Value, os provenance.Origins) string {
	var names []string
	for _, l := range leaves {
		if n := leafName(l); n != "" && !contains(names, n) {
			names = append(names, n)
		}
	}
	for i := range os {
		if n := os[i].Name; n != "" && !contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "a text value"
	}
	return strings.Join(names, " and ")
}

// leavesSaltNamed reports whether an operand is named like a salt.
func leavesSaltNamed(leaves []ssa.Value) bool {
	for _, l := range leaves {
		if hasWord(leafName(l), saltWords) {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// randomLen returns the smallest known length of the random parts of the
// salt, and the origin that has it.
func randomLen(s *provenance.Sink) (int, *provenance.Origin, bool) {
	n, found := 0, false
	var at *provenance.Origin
	for i := range s.Origins {
		o := &s.Origins[i]
		if o.Kind != provenance.CryptoRand || o.Len < 0 {
			continue
		}
		if !found || o.Len < n {
			n, at, found = o.Len, o, true
		}
	}
	if found {
		return n, at, true
	}
	// TODO(provenance): remove when CryptoRand origins carry the length
	// of the buffer they fill.
	if l, pos, ok := bufLen(s.Arg, 0); ok {
		return l, &provenance.Origin{Kind: provenance.CryptoRand, Pos: pos}, true
	}
	return 0, nil, false
}

// passwordInput reports whether the input keying material of the HKDF
// call of sink s is named like a password: nothing else tells a password
// from key material.
func passwordInput(res *provenance.Result, s *provenance.Sink) bool {
	for _, k := range res.Sinks {
		if k.Call != s.Call || k.Role != cryptoapi.Key {
			continue
		}
		for _, n := range sinkNames(k) {
			if hasWord(n, passwordWords) {
				return true
			}
		}
	}
	return false
}

// randomInput reports whether the password or key of the KDF call of
// sink s is certainly random bytes (crypto/rand, or a hash of them).
func randomInput(res *provenance.Result, s *provenance.Sink) bool {
	for _, k := range res.Sinks {
		if k.Call != s.Call || (k.Role != cryptoapi.Password && k.Role != cryptoapi.Key) || len(k.Origins) == 0 {
			continue
		}
		for i := range k.Origins {
			o := &k.Origins[i]
			if o.Kind != provenance.CryptoRand && (o.Kind != provenance.Derived || !o.InputKinds().Only(provenance.CryptoRand)) {
				return false
			}
		}
		return true
	}
	return false
}
