// Package jwt is a stub of github.com/dgrijalva/jwt-go (v3).
package jwt

type Claims interface {
	Valid() error
}

type MapClaims map[string]interface{}

func (m MapClaims) Valid() error { return nil }

type StandardClaims struct {
	Subject string `json:"sub,omitempty"`
}

func (c StandardClaims) Valid() error { return nil }

type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error
	Sign(signingString string, key interface{}) (string, error)
	Alg() string
}

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Alg() string { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

var SigningMethodHS256 *SigningMethodHMAC

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

func (m *signingMethodNone) Alg() string { return "none" }
func (m *signingMethodNone) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *signingMethodNone) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

var SigningMethodNone *signingMethodNone

type Keyfunc func(*Token) (interface{}, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

func New(method SigningMethod) *Token { return nil }

func NewWithClaims(method SigningMethod, claims Claims) *Token { return nil }

func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
