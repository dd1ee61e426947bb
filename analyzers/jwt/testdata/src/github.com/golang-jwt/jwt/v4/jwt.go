// Package jwt is a stub of github.com/golang-jwt/jwt/v4.
package jwt

type Claims interface {
	Valid() error
}

type MapClaims map[string]interface{}

func (m MapClaims) Valid() error { return nil }

type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error
	Sign(signingString string, key interface{}) (string, error)
	Alg() string
}

type SigningMethodRSA struct{ Name string }

func (m *SigningMethodRSA) Alg() string                                                   { return m.Name }
func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error { return nil }
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

var SigningMethodRS256 *SigningMethodRSA

type Keyfunc func(*Token) (interface{}, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return nil }

func WithValidMethods(methods []string) ParserOption { return nil }

func WithJSONNumber() ParserOption { return nil }

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
