package unverified

import (
	"crypto/rsa"
	"errors"
	"log"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type ScopeClaims struct {
	Scopes []string `json:"scopes"`
	jwt.RegisteredClaims
}

var (
	pub    *rsa.PublicKey
	keys   map[string]*rsa.PublicKey
	strict = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))
)

func keyfunc(t *jwt.Token) (any, error) { return pub, nil }

// Positive: an unverified claim decides access.

func IsAdmin(raw string) bool {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{}) // want `claims from ParseUnverified, whose signature is never checked, decide access on line 36 \(m\["admin"\] == true\)`
	if err != nil {
		return false
	}
	m, ok := tok.Claims.(jwt.MapClaims)
	if !ok {
		return false
	}
	return m["admin"] == true
}

func Route(w http.ResponseWriter, r *http.Request, admin, user http.Handler) {
	p := jwt.NewParser()
	var claims jwt.RegisteredClaims
	if _, _, err := p.ParseUnverified(r.Header.Get("Authorization"), &claims); err != nil { // want `decide access on line 46 \(claims.Subject\)`
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	switch claims.Subject {
	case "root":
		admin.ServeHTTP(w, r)
	default:
		user.ServeHTTP(w, r)
	}
}

func CanWrite(raw string) (bool, error) {
	claims := &ScopeClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `decide access on line 60 \(s == "write"\)`
		return false, err
	}
	for _, s := range claims.Scopes {
		if s == "write" {
			return true, nil
		}
	}
	return false, nil
}

// The verified parse comes too late: access is granted before it.
func VerifyTooLate(raw string) (bool, error) {
	claims := &ScopeClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `decide access on line 73`
		return false, err
	}
	if claims.Subject == "service" {
		return true, nil
	}
	_, err := strict.ParseWithClaims(raw, claims, keyfunc)
	return err == nil, err
}

// Negative: the unverified issuer only chooses the key, then the same token
// is verified.

func ByIssuer(raw string) (*jwt.RegisteredClaims, error) {
	peek := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, peek); err != nil {
		return nil, err
	}
	key, ok := keys[peek.Issuer]
	if !ok {
		return nil, errors.New("unknown issuer")
	}
	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer(peek.Issuer))
	if err != nil {
		return nil, err
	}
	return claims, nil
}

func ByKeyID(raw string) (*jwt.Token, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := tok.Header["kid"].(string)
	if kid == "" {
		return nil, errors.New("no kid")
	}
	return strict.Parse(tok.Raw, func(*jwt.Token) (any, error) { return keys[kid], nil })
}

// The token was verified first; ParseUnverified only decodes it again.
func AfterVerification(raw string) (bool, error) {
	if _, err := strict.Parse(raw, keyfunc); err != nil {
		return false, err
	}
	claims := &ScopeClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return false, err
	}
	return len(claims.Scopes) > 0, nil
}

// Logging a claim decides nothing.
func LogSubject(raw string) {
	claims := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return
	}
	if claims.Subject != "" {
		log.Printf("request for %s", claims.Subject)
	}
}

// Checking that decoding produced a token decides nothing about its claims.
func Decodes(raw string) error {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if tok == nil {
		return errors.New("no token")
	}
	return err
}

// Returning the unverified subject leaves the decision to the caller, which
// the analysis does not follow.
func Subject(raw string) (string, error) {
	claims := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return "", err
	}
	return claims.Subject, nil
}

func isAdmin(c *ScopeClaims) bool { return c.Subject == "admin" }

// Positive: the claims object handed to a predicate.
func Predicate(raw string) bool {
	claims := &ScopeClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `decide access on line 163 \(isAdmin\(claims\)\)`
		return false
	}
	if isAdmin(claims) {
		return true
	}
	return false
}

// Negative: a helper that only picks the key by issuer; its caller verifies
// the token with that key.
type Tenants struct {
	keys map[string]*rsa.PublicKey
}

func (t *Tenants) known(iss string) bool { return t.keys[iss] != nil }

func (t *Tenants) KeyFor(raw string) (*rsa.PublicKey, error) {
	peek := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, peek); err != nil {
		return nil, err
	}
	if !t.known(peek.Issuer) {
		return nil, errors.New("unknown issuer")
	}
	key, ok := t.keys[peek.Issuer]
	if !ok {
		return nil, errors.New("unknown issuer")
	}
	return key, nil
}

func (t *Tenants) KeyForHeader(raw string) (*rsa.PublicKey, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	if tok.Method.Alg() != "RS256" {
		return nil, errors.New("unexpected algorithm")
	}
	kid, ok := tok.Header["kid"].(string)
	if !ok || kid == "" {
		return nil, errors.New("no key ID")
	}
	return t.keys[kid], nil
}

// Negative: checking that a claim is present is not an access decision.
func SubjectOf(raw string) (string, error) {
	claims := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return "", err
	}
	if claims.Subject == "" {
		return "", errors.New("no subject")
	}
	return claims.Subject, nil
}
