package salt

import (
	"go/ast"
	"strings"

	"github.com/cryptovet/cryptovet/passes/provenance"
)

var (
	passwordWords = []string{"password", "passwd", "passphrase", "passcode", "pwd", "pass", "pin"}
	// identityWords name values that identify an account: a salt computed
	// from them is the same for that account everywhere.
	identityWords = []string{"user", "username", "login", "email", "mail", "account", "acct", "uid", "userid", "name", "handle", "principal"}
	// saltWords name values that are (or carry) random bytes.
	saltWords = []string{"salt", "nonce", "random", "rand", "seed", "iv", "entropy"}
)

// saltNamed reports whether a Param or Unknown origin of os is named like
// a salt or random value: a prefix on a salt given by the caller is
// domain separation, not a predictable salt.
func saltNamed(os provenance.Origins) bool {
	for i := range os {
		if hasWord(os[i].Name, saltWords) {
			return true
		}
	}
	return false
}

// identityInput returns the name of an input of a Derived origin that
// names an account (user name, e-mail), or "".
func identityInput(in []provenance.Origin) string {
	for i := range in {
		o := &in[i]
		if o.Kind == provenance.Derived {
			if n := identityInput(o.Inputs); n != "" {
				return n
			}
			continue
		}
		if (o.Kind == provenance.Param || o.Kind == provenance.Unknown) && hasWord(o.Name, identityWords) {
			return o.Name
		}
	}
	return ""
}

// sinkNames returns the names that describe a sink's argument: the names
// of its origins and the identifiers of its syntax.
func sinkNames(s *provenance.Sink) []string {
	var names []string
	for i := range s.Origins {
		if s.Origins[i].Name != "" {
			names = append(names, s.Origins[i].Name)
		}
	}
	if s.ArgExpr != nil {
		names = append(names, identifiers(s.ArgExpr)...)
	}
	return names
}

// hasWord reports whether one of the words of a Go name (split at
// case changes, digits, underscores and dots) is in words.
func hasWord(name string, words []string) bool {
	for _, w := range splitWords(name) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// splitWords splits "userName", "user_name", "USERName" and "s.UserName"
// into lower-case words.
func splitWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		switch {
		case r == '_' || r == '.' || r == '-' || r == ' ' || (r >= '0' && r <= '9'):
			flush()
		case r >= 'A' && r <= 'Z':
			// A new word starts at an upper-case letter that follows a
			// lower-case one, or that precedes one in an acronym.
			if i > 0 && ((rs[i-1] >= 'a' && rs[i-1] <= 'z') || (i+1 < len(rs) && rs[i+1] >= 'a' && rs[i+1] <= 'z')) {
				flush()
			}
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// identifiers returns the names of the identifiers in an expression.
func identifiers(e ast.Expr) []string {
	var names []string
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	return names
}
