// Package jwt is a stub of github.com/golang-jwt/jwt/v5 that declares what
// the tests use, with the real signatures.
package jwt

import (
	"crypto"
	"time"
)

type Claims interface {
	GetIssuer() (string, error)
	GetSubject() (string, error)
}

type MapClaims map[string]any

func (m MapClaims) GetIssuer() (string, error)  { return "", nil }
func (m MapClaims) GetSubject() (string, error) { return "", nil }

type RegisteredClaims struct {
	Issuer  string `json:"iss,omitempty"`
	Subject string `json:"sub,omitempty"`
}

func (c RegisteredClaims) GetIssuer() (string, error)  { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error) { return c.Subject, nil }

type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Alg() string                                            { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

var (
	SigningMethodHS256 *SigningMethodHMAC
	SigningMethodHS384 *SigningMethodHMAC
	SigningMethodHS512 *SigningMethodHMAC
)

type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodRSA) Alg() string                                            { return m.Name }
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

var SigningMethodRS256 *SigningMethodRSA

type SigningMethodEd25519 struct{}

func (m *SigningMethodEd25519) Alg() string                                            { return "EdDSA" }
func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodEd25519) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

var SigningMethodEdDSA *SigningMethodEd25519

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

func (m *signingMethodNone) Alg() string                                            { return "none" }
func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

var SigningMethodNone *signingMethodNone

type Keyfunc func(*Token) (any, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

type TokenOption func(*Token)

func New(method SigningMethod, opts ...TokenOption) *Token { return nil }

func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token { return nil }

func (t *Token) SignedString(key any) (string, error) { return "", nil }

type Parser struct {
	validMethods []string
}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return nil }

func WithValidMethods(methods []string) ParserOption { return nil }

func WithAudience(aud ...string) ParserOption { return nil }

func WithIssuer(iss string) ParserOption { return nil }

func WithLeeway(leeway time.Duration) ParserOption { return nil }

func WithExpirationRequired() ParserOption { return nil }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
