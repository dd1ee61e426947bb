package hardcodedkey

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
	"github.com/cryptovet/cryptovet/passes/cryptoapi"
	"github.com/cryptovet/cryptovet/passes/provenance"
)

//go:embed doc.go
var doc string

// Analyzer reports constant keys, secrets and passwords reaching a crypto API.
var Analyzer = &analysis.Analyzer{
	Name:     "hardcodedkey",
	Doc:      analysisutil.MustExtractDoc(doc, "hardcodedkey"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/hardcodedkey.md",
	Requires: []*analysis.Analyzer{provenance.Analyzer},
	Run:      run,
}

// secretRoles are the roles whose argument must not be in the source.
var secretRoles = []cryptoapi.Role{
	cryptoapi.Key, cryptoapi.PrivateKey, cryptoapi.Password, cryptoapi.Passphrase, cryptoapi.Seed,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
	// One finding per call: a direct API role first, then wrappers.
	seen := make(map[any]bool)
	sinks := res.SinksFor(secretRoles...)
	for _, direct := range []bool{true, false} {
		for _, s := range sinks {
			if (s.Via == "") != direct || seen[s.Call] {
				continue
			}
			what, o, ok := hardcoded(s)
			if !ok {
				continue
			}
			seen[s.Call] = true
			report(pass, s, what, o)
		}
	}
	return nil, nil
}

// hardcoded reports whether every (non-empty) origin of the sink's
// argument is in the source, and describes it.
func hardcoded(s *provenance.Sink) (what string, first *provenance.Origin, ok bool) {
	var kept []*provenance.Origin
	for i := range s.Origins {
		o := &s.Origins[i]
		if o.IsNil() || (o.Kind == provenance.Zero && o.Len == 0) {
			continue // empty key: an error at run time, not a secret
		}
		kept = append(kept, o)
	}
	if len(kept) == 0 {
		return "", nil, false
	}
	consts, zeros, hashes := 0, 0, 0
	for _, o := range kept {
		switch o.Kind {
		case provenance.Constant:
			if isPublicPEM(o.PEM) || strings.HasSuffix(o.Name, "UnsafeAllowNoneSignatureType") || (o.HasBytes && o.Bytes == "none signing method allowed") {
				return "", nil, false
			}
			consts++
		case provenance.Zero:
			if s.Role == cryptoapi.PrivateKey {
				return "", nil, false
			}
			zeros++
		case provenance.Derived:
			if !hashOfConstant(o) {
				return "", nil, false
			}
			hashes++
		default:
			return "", nil, false
		}
		if first == nil || (!first.Pos.IsValid() && o.Pos.IsValid()) {
			first = o
		}
	}
	switch {
	case hashes > 0 && consts == 0 && zeros == 0:
		what = "a hash of a constant"
	case consts == 0:
		what = "an all-zero buffer that is never filled"
	case s.Role == cryptoapi.PrivateKey && first.PEM != "":
		what = fmt.Sprintf("a %s PEM block embedded in the source", first.PEM)
	case first.Name != "":
		what = fmt.Sprintf("the constant %s", first.Name)
	default:
		what = "a constant"
	}
	if n, ok := s.Origins.Len(); ok && n > 0 && s.Role != cryptoapi.PrivateKey && s.Role != cryptoapi.Password && s.Role != cryptoapi.Passphrase {
		what += fmt.Sprintf(" (%d bytes)", n)
	}
	return what, first, true
}

// hashOfConstant reports whether o is a plain hash (not a KDF, which has
// its own sink for the password) of constants only.
func hashOfConstant(o *provenance.Origin) bool {
	api := cryptoapi.ByID(o.API)
	if api == nil || api.Op != cryptoapi.HashOp || len(o.Inputs) == 0 {
		return false
	}
	return o.InputKinds().Only(provenance.Constant, provenance.Zero)
}

func isPublicPEM(t string) bool {
	return strings.Contains(t, "PUBLIC KEY") || strings.Contains(t, "CERTIFICATE")
}

func report(pass *analysis.Pass, s *provenance.Sink, what string, o *provenance.Origin) {
	api := s.API.String()
	if s.Via != "" {
		api = shortFunc(s.Via) + " (which passes it to " + s.API.String() + ")"
	}
	var msg string
	switch s.Role {
	case cryptoapi.PrivateKey:
		msg = fmt.Sprintf("hard-coded private key: %s parses %s, so anyone with the source or the binary can sign or decrypt as this key; load the key from a file, secret manager or KMS at run time", api, what)
	case cryptoapi.Password, cryptoapi.Passphrase:
		msg = fmt.Sprintf("hard-coded password: the %s of %s is %s, so the derived key is as public as the source; take the passphrase from the user or a secret store at run time", s.Role, api, what)
	default:
		role := "key"
		if s.KeyFunc {
			msg = fmt.Sprintf("hard-coded key: the jwt key function passed to %s returns %s, so anyone with the source or the binary can forge tokens; load the key from a secret manager, KMS or the environment at run time", api, what)
			break
		}
		if s.API.Op == cryptoapi.Sign {
			role = "signing key"
		} else if s.API.Role(0) == cryptoapi.Seed || s.Role == cryptoapi.Seed {
			role = "seed"
		}
		msg = fmt.Sprintf("hard-coded key: the %s of %s is %s, so anyone with the source or the binary has it; load it from a secret manager, KMS or the environment at run time", role, api, what)
	}
	d := analysis.Diagnostic{Pos: s.Pos, End: s.End, Message: msg}
	if o != nil && o.Pos.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: o.Pos, Message: "the key material is defined here"})
		for _, p := range o.Path {
			if p.IsValid() && p != s.Pos && len(d.Related) < 6 {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, Message: "it flows through here"})
			}
		}
	}
	pass.Report(d)
}

// shortFunc shortens a types.Func full name: "example.com/x/y.F" becomes
// "y.F", "(*example.com/x/y.T).M" becomes "(*y.T).M".
func shortFunc(name string) string {
	prefix := ""
	for len(name) > 0 && (name[0] == '(' || name[0] == '*') {
		prefix += name[:1]
		name = name[1:]
	}
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	return prefix + name
}
