package legacy

import (
	"crypto/rsa"
	"errors"

	dgrijalva "github.com/dgrijalva/jwt-go"
	jwtv4 "github.com/golang-jwt/jwt/v4"
)

var pub *rsa.PublicKey

func keyfunc(t *dgrijalva.Token) (interface{}, error) { return pub, nil }

func keyfuncV4(t *jwtv4.Token) (interface{}, error) { return pub, nil }

func Parse(raw string) (*dgrijalva.Token, error) {
	return dgrijalva.Parse(raw, keyfunc) // want `jwt.Parse accepts whatever algorithm.*the keyfunc keyfunc never checks`
}

func ParseClaims(raw string) (*dgrijalva.Token, error) {
	return dgrijalva.ParseWithClaims(raw, &dgrijalva.StandardClaims{}, func(t *dgrijalva.Token) (interface{}, error) { // want `jwt.ParseWithClaims accepts whatever algorithm`
		return pub, nil
	})
}

func ParserField(raw string) (*dgrijalva.Token, error) {
	p := &dgrijalva.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(raw, keyfunc)
}

func ParserFieldAssigned(raw string) (*dgrijalva.Token, error) {
	p := &dgrijalva.Parser{}
	p.ValidMethods = []string{"RS256"}
	return p.Parse(raw, keyfunc)
}

func ParserNoMethods(raw string) (*dgrijalva.Token, error) {
	p := &dgrijalva.Parser{SkipClaimsValidation: false}
	return p.Parse(raw, keyfunc) // want `\(\*jwt.Parser\).Parse accepts whatever algorithm`
}

func ParserAllowsNone(raw string) (*dgrijalva.Token, error) {
	p := dgrijalva.Parser{ValidMethods: []string{"RS256", "none"}} // want `Parser.ValidMethods accepts the "none" algorithm`
	return p.Parse(raw, keyfunc)
}

func Unsigned(sub string) (string, error) {
	tok := dgrijalva.NewWithClaims(dgrijalva.SigningMethodNone, dgrijalva.StandardClaims{Subject: sub}) // want `a token created with jwt.SigningMethodNone is unsigned`
	return tok.SignedString(dgrijalva.UnsafeAllowNoneSignatureType)                                     // want `signing with jwt.UnsafeAllowNoneSignatureType`
}

func ShortKey() (string, error) {
	return dgrijalva.New(dgrijalva.SigningMethodHS256).SignedString([]byte("changeme")) // want `HS256 signing key is 8 bytes`
}

func IsService(raw string) bool {
	tok, _, err := new(dgrijalva.Parser).ParseUnverified(raw, dgrijalva.MapClaims{}) // want `claims from ParseUnverified`
	if err != nil {
		return false
	}
	claims := tok.Claims.(dgrijalva.MapClaims)
	role, _ := claims["role"].(string)
	return role == "service"
}

func V4NoCheck(raw string) (*jwtv4.Token, error) {
	return jwtv4.Parse(raw, keyfuncV4, jwtv4.WithJSONNumber()) // want `jwt.Parse accepts whatever algorithm`
}

func V4ValidMethods(raw string) (*jwtv4.Token, error) {
	return jwtv4.Parse(raw, keyfuncV4, jwtv4.WithValidMethods([]string{"RS256"}))
}

func V4Checked(raw string) (*jwtv4.Token, error) {
	return jwtv4.NewParser().Parse(raw, func(t *jwtv4.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwtv4.SigningMethodRSA); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return pub, nil
	})
}
