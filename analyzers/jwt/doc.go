// Package jwt defines an Analyzer that reports JWT verification mistakes.
//
// # Analyzer jwt
//
// jwt: report JWT verification mistakes
//
// The analyzer reads code that uses github.com/golang-jwt/jwt (v3, v4 and
// v5), github.com/dgrijalva/jwt-go and github.com/form3tech-oss/jwt-go, and
// reports four mistakes that let an attacker forge tokens (CWE-347).
//
// The "none" algorithm (RFC 8725 §3.2). jwt.UnsafeAllowNoneSignatureType
// used as a key (returned by a Keyfunc, or passed to SignedString), a token
// created with jwt.SigningMethodNone, and "none" in jwt.WithValidMethods or
// Parser.ValidMethods. A token with alg "none" carries no signature, so
// whoever can send one can claim any identity. Comparisons with these
// values, which reject unsigned tokens, are not reported.
//
// Unrestricted algorithms (RFC 8725 §3.1). A call of jwt.Parse,
// jwt.ParseWithClaims, (*jwt.Parser).Parse, (*jwt.Parser).ParseWithClaims
// or request.ParseFromRequest whose parser has no jwt.WithValidMethods
// option (ValidMethods field in v4 and dgrijalva/jwt-go) and whose Keyfunc
// never checks the algorithm. A Keyfunc checks it when it type-asserts or
// switches on token.Method, or compares token.Method, token.Method.Alg() or
// token.Header["alg"]. Without either check the token chooses how it is
// verified: the classic algorithm-confusion attacks (CVE-2015-9235, a
// public RSA key used as an HMAC secret; alg "none") depend on it, and
// RFC 8725 requires the verifier to accept only the algorithms it expects.
// The finding is at the parse call and names the Keyfunc. The Keyfunc is
// followed when it is a function literal, a function or method of the
// same package, or a variable holding one; the parser options when they are
// in the call, in jwt.NewParser(...) or &jwt.Parser{...} visible in the same
// function, or in a literal slice. A Keyfunc or parser the analysis cannot
// see (another package's keyfunc, a parser stored in a struct field, an
// options slice built elsewhere) is not reported. Fix: pass
// jwt.WithValidMethods([]string{"RS256"}) (golang-jwt documents it as the
// recommended option), or start the Keyfunc with
// `if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok { return nil, err }`.
//
// Unverified claims (RFC 8725 §3.1). ParseUnverified decodes a token
// without checking its signature. The analyzer follows, inside the
// function, the claims passed to it and the token it returns (and values
// assigned from them: Claims, type-asserted claim maps, fields, range
// variables) and reports the ParseUnverified call when such a value decides
// a condition (an if whose branch does more than log, a switch) or a
// boolean result, unless a verified jwt.Parse/ParseWithClaims of the same
// token string precedes the ParseUnverified call or follows the decision.
// Using the unverified issuer, tenant or key ID only to choose the key
// that then verifies the token is not reported. A token already verified
// by a gateway is outside what the analyzer can see: verify it again, or
// suppress the finding with a comment saying where it is verified.
//
// Short HMAC keys (RFC 7518 §3.2). SignedString (and
// SigningMethodHMAC.Sign) with an HS256, HS384 or HS512 token and a key of
// constant length under the hash size (32, 48 or 64 bytes), such as
// []byte("secret") or make([]byte, 16). RFC 7518 makes the hash size a
// minimum ("MUST"), so there is no flag: a shorter key can be brute-forced
// offline from any token it signed. A constant key is also a hard-coded
// secret, which the hardcodedkey analyzer reports; this finding is about
// its length only.
package jwt
