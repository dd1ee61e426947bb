package analysisutil

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
)

// Name heuristics shared by the rand, weakhash and timing analyzers. They
// are a secondary signal: each analyzer first asks where a value comes from
// and uses names only where the program says no more (a token returned as a
// string, an API key read from the environment into a field). The lists are
// deliberately short; every word is documented in the analyzers' doc.go.

// Words splits an identifier or a header/form key into lower-case words:
// "CSRFToken" -> [csrf token], "sessionID" -> [session id],
// "X-API-Key" -> [x api key], "api_key2" -> [api key].
func Words(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(i int) {
		if start >= 0 && i > start {
			words = append(words, strings.ToLower(string(rs[start:i])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		if unicode.IsUpper(r) {
			prevLower := unicode.IsLower(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			// "sessionID": boundary before I; "CSRFToken": boundary before T.
			if prevLower || (unicode.IsUpper(rs[i-1]) && nextLower) {
				flush(i)
				start = i
			}
		}
	}
	flush(len(rs))
	return words
}

// singular strips a plural "s" from a word of the lists ("tokens",
// "sessions", "apikeys", "codes").
func singular(w string, known func(string) bool) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && known(w[:len(w)-1]) {
		return w[:len(w)-1]
	}
	return w
}

// Words that make a name about something else than the secret itself: its
// length, lifetime, type or location. "tokenTTL", "sessionTimeout",
// "passwordMinLen", "apiKeyHeader" are not secrets.
var notSecretWords = set("len", "length", "size", "count", "num", "ttl", "timeout", "expiry", "expires",
	"expiration", "expire", "expired", "age", "delay", "interval", "duration", "jitter", "backoff", "retry", "retries",
	"attempt", "attempts", "index", "idx", "offset", "limit", "max", "min", "rate", "bucket", "shard",
	"sample", "weight", "port", "type", "kind", "name", "format", "version", "prefix", "suffix", "field",
	"header", "param", "url", "uri", "path", "file", "cache", "policy", "alg", "algorithm", "scheme",
	"method", "hint", "id", "ids", "valid", "ok", "error", "err", "enabled", "required", "store", "manager")

// Single words that name a secret value: a credential, a bearer token or a
// value whose unpredictability is the point.
var secretWords = set("token", "secret", "password", "passwd", "passphrase", "otp", "totp", "hotp",
	"nonce", "salt", "csrf", "xsrf", "apikey", "sid", "iv")

// display gives the words of secretWords as messages say them.
var display = map[string]string{"token": "token", "secret": "secret", "password": "password", "passwd": "password",
	"passphrase": "passphrase", "otp": "one-time password", "totp": "one-time password", "hotp": "one-time password",
	"nonce": "nonce", "salt": "salt", "csrf": "CSRF token", "xsrf": "CSRF token", "apikey": "API key",
	"sid": "session identifier", "iv": "IV"}

var acronyms = map[string]string{"api": "API", "hmac": "HMAC", "mac": "MAC", "aes": "AES"}

// Words that turn "key" into a secret key ("apiKey", "signingKey"); a bare
// "key" (map key, cache key, sort key) is not a secret.
var keyQualifiers = set("api", "access", "secret", "private", "signing", "sign", "encryption", "encrypt",
	"session", "auth", "hmac", "mac", "master", "license", "aes", "cipher", "crypto", "shared", "client", "bearer")

// Words that turn "code" into a one-time secret code ("resetCode",
// "verificationCode"); "statusCode", "exitCode", "errCode" are not.
var codeQualifiers = set("reset", "verification", "verify", "confirmation", "confirm", "auth", "otp", "invite",
	"invitation", "recovery", "login", "pin", "activation", "access", "sms", "email", "magic", "pairing",
	"mfa", "security", "backup", "unlock", "one", "time", "passcode", "totp")

// Words that turn "session" into a session identifier ("sessionID",
// "sessionKey"); on its own, "session" names one.
var sessionQualifiers = set("id", "key", "token", "secret", "cookie", "value")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// SecretName describes what a name says about the value it names.
type SecretName struct {
	Secret bool   // the name says the value is a secret (token, password, key, ...)
	Word   string // what the value is, for messages ("token", "API key", "session identifier")
	// Code is set when the only signal is a bare "code" (no qualifier):
	// callers accept it for strings only, not for numbers ("code" may be
	// an HTTP status).
	Code bool
}

// ClassifyName reports whether an identifier, header name or form key names
// a secret: a token, a session identifier, a password, an API or signing
// key, a CSRF token, a nonce, salt or IV, a one-time code. Names about
// something else than the secret's value ("tokenTTL", "passwordMinLen",
// "apiKeyHeader", "sessionTimeout") are not secrets.
func ClassifyName(name string) SecretName {
	ws := Words(name)
	if len(ws) == 0 {
		return SecretName{}
	}
	for i, w := range ws {
		ws[i] = singular(w, func(s string) bool {
			return secretWords[s] || s == "session" || s == "code" || s == "key" || s == "password"
		})
	}
	for _, w := range ws {
		if notSecretWords[w] && !(w == "id" && hasWord(ws, "session")) {
			return SecretName{}
		}
	}
	for i, w := range ws {
		cls, end := SecretName{}, i+1
		switch {
		case (w == "csrf" || w == "xsrf") && i+1 < len(ws) && ws[i+1] == "token":
			cls, end = SecretName{Secret: true, Word: display[w]}, i+2
		case secretWords[w]:
			cls = SecretName{Secret: true, Word: display[w]}
		case w == "key" && i > 0 && keyQualifiers[ws[i-1]]:
			q := ws[i-1]
			if d, ok := acronyms[q]; ok {
				q = d
			}
			cls = SecretName{Secret: true, Word: q + " key"}
		case w == "session" && len(ws) == 1:
			cls = SecretName{Secret: true, Word: "session identifier"}
		case w == "session" && i+1 < len(ws) && sessionQualifiers[ws[i+1]]:
			cls, end = SecretName{Secret: true, Word: "session " + ws[i+1]}, i+2
			if ws[i+1] == "id" {
				cls.Word = "session identifier"
			}
		case w == "code" && i > 0 && codeQualifiers[ws[i-1]]:
			cls = SecretName{Secret: true, Word: ws[i-1] + " code"}
		case w == "passcode" || w == "pincode" || w == "resetcode":
			cls = SecretName{Secret: true, Word: w}
		case w == "pwd" || w == "pw":
			cls = SecretName{Secret: true, Word: "password"}
		}
		if cls.Secret && headOf(ws, end) {
			return cls
		}
	}
	if len(ws) == 1 && ws[0] == "code" {
		return SecretName{Secret: true, Word: "code", Code: true}
	}
	return SecretName{}
}

// valueSuffixes may follow the secret word of a name that still names the
// secret's value: "tokenString", "apiKeyBytes", "passwordHash",
// "signatureHex". Any other word after it makes the name about something
// else: "privateKeyAuthMagic", "apiKeyHeader", "tokenEndpoint".
var valueSuffixes = set("str", "string", "value", "val", "bytes", "byte", "b", "hex", "b64", "base64", "raw", "data",
	"buf", "buffer", "plain", "plaintext", "text", "hash", "hashed", "digest", "enc", "encoded", "provided", "given",
	"got", "want", "expected", "actual", "sent", "received", "stored", "computed")

// headOf reports whether the words from index end on are value suffixes:
// the secret word is the head of the name.
func headOf(ws []string, end int) bool {
	for _, w := range ws[end:] {
		if !valueSuffixes[w] {
			return false
		}
	}
	return true
}

// macNames are the words of names of MACs and signatures ("tag" is left
// out: HTML, git and struct tags).
var macNames = set("mac", "macs", "hmac", "signature", "signatures", "sig", "sigs")

// digestSuffixes are the value suffixes that name a digest. After a
// password they name its hash, which is as secret as the password
// ("passwordHash"); after a MAC or signature they make the digest the head
// of the name: "sigHash" is the hash that is signed, public data, not the
// signature.
var digestSuffixes = set("hash", "hashed", "digest")

// IsMACName reports whether a name says the value is a MAC or signature
// ("expectedMAC", "sigHex", "signature"), not something about one
// ("sigAlg", "signatureScheme", "macLen") or a digest named after one
// ("sigHash", "signatureDigest").
func IsMACName(name string) bool {
	ws := Words(name)
	for _, w := range ws {
		if notSecretWords[w] {
			return false
		}
	}
	for i, w := range ws {
		if macNames[w] && headOf(ws, i+1) && !digestAfter(ws, i+1) {
			return true
		}
	}
	return false
}

// digestAfter reports whether a word from index end on names a digest.
func digestAfter(ws []string, end int) bool {
	for _, w := range ws[end:] {
		if digestSuffixes[w] {
			return true
		}
	}
	return false
}

// otherReadings lists, for the words of the name lists that abbreviate
// more than one word, the words other than the secret they also stand
// for: "sig" is short for signature, but also for signer and signal.
var otherReadings = map[string][]string{"sig": {"signer", "signal"}}

// SpelledOut reports whether name uses an abbreviation that one of the
// nearer names (the names of the same value closer to where it is used)
// spells out as another word than the secret: "sigs" returned by a
// function and stored as "signers" abbreviates signers, not signatures.
// A name says what the value is where it is used; a name further away
// only says so when nothing nearer contradicts it.
func SpelledOut(name string, nearer []string) bool {
	for _, w := range Words(name) {
		readings := otherReadings[singular(w, func(s string) bool { return otherReadings[s] != nil })]
		if readings == nil {
			continue
		}
		for _, n := range nearer {
			for _, v := range Words(n) {
				v = singular(v, func(s string) bool { return slices.Contains(readings, s) })
				if slices.Contains(readings, v) {
					return true
				}
			}
		}
	}
	return false
}

// IsPasswordName reports whether a name says the value is a password or
// passphrase ("password", "userPasswd", "pw", "passphrase"), not something
// about one ("passwordPolicy", "passwordMinLen", "passwordURL").
func IsPasswordName(name string) bool {
	ws := Words(name)
	for _, w := range ws {
		if notSecretWords[w] || w == "policy" || w == "reset" || w == "hint" {
			return false
		}
	}
	for i, w := range ws {
		switch w {
		case "password", "passwords", "passwd", "passphrase", "pwd", "pw", "pass":
			if w == "pass" && len(ws) == 1 {
				return false // "pass": too ambiguous (pass/fail)
			}
			if headOf(ws, i+1) {
				return true
			}
		}
	}
	return false
}

func hasWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// ---- Import edits for the suggested fixes of rand and timing.

// NameFree reports whether name can be introduced as a package name in
// file: no import, package-level object or declaration visible at pos uses
// it.
func NameFree(pass *analysis.Pass, file *ast.File, name string, pos token.Pos) bool {
	for _, imp := range file.Imports {
		if pn := pass.TypesInfo.PkgNameOf(imp); pn != nil && pn.Name() == name {
			return false
		}
	}
	if scope := pass.Pkg.Scope().Innermost(pos); scope != nil {
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			return false
		}
	}
	return true
}

// AddImportEdit returns the edit that adds an import of path (with name,
// when not "") to file: in the first parenthesised import block, before
// the first import that sorts after it, or as a new declaration after the
// package clause's imports.
func AddImportEdit(file *ast.File, name, path string) analysis.TextEdit {
	spec := strconv.Quote(path)
	if name != "" {
		spec = name + " " + spec
	}
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			continue
		}
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			if p, _ := strconv.Unquote(is.Path.Value); p > path {
				start := is.Pos()
				if is.Name != nil {
					start = is.Name.Pos()
				}
				return analysis.TextEdit{Pos: start, End: start, NewText: []byte(spec + "\n\t")}
			}
		}
		return analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\t" + spec + "\n")}
	}
	// No block: add a declaration after the last import, or after the
	// package clause.
	pos := file.Name.End()
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			pos = gd.End()
		}
	}
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\nimport " + spec)}
}

// DeleteImportEdit returns the edit that removes the import spec of path
// from file, with its line, when it sits in a parenthesised block, or the
// whole declaration otherwise.
func DeleteImportEdit(fset *token.FileSet, file *ast.File, path string) (analysis.TextEdit, bool) {
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		for i, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			if p, _ := strconv.Unquote(is.Path.Value); p != path {
				continue
			}
			if !gd.Lparen.IsValid() || len(gd.Specs) == 1 {
				return analysis.TextEdit{Pos: gd.Pos(), End: gd.End()}, true
			}
			start := is.Pos()
			if is.Doc != nil {
				start = is.Doc.Pos()
			}
			if i+1 == len(gd.Specs) {
				// The last spec: from the end of the previous one.
				prev := gd.Specs[i-1].(*ast.ImportSpec)
				if fset.Position(prev.End()).Line == fset.Position(start).Line {
					return analysis.TextEdit{}, false // two specs on a line: leave it
				}
				return analysis.TextEdit{Pos: prev.End(), End: is.End()}, true
			}
			// From the start of the spec to the start of the next one:
			// the spec, its comment, its line.
			next := gd.Specs[i+1].(*ast.ImportSpec)
			end := next.Pos()
			if next.Doc != nil {
				end = next.Doc.Pos()
			}
			if fset.Position(end).Line == fset.Position(start).Line {
				return analysis.TextEdit{}, false // two specs on a line: leave it
			}
			return analysis.TextEdit{Pos: start, End: end}, true
		}
	}
	return analysis.TextEdit{}, false
}

// UsesOf counts the identifiers of file that refer to obj.
func UsesOf(info *types.Info, file *ast.File, obj types.Object) int {
	n := 0
	ast.Inspect(file, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && info.Uses[id] == obj {
			n++
		}
		return true
	})
	return n
}

// FileOf returns the file of pass that contains pos.
func FileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
