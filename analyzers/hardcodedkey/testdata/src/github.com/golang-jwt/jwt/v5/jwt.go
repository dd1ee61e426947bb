// Package jwt is a stub of github.com/golang-jwt/jwt/v5.
package jwt

import "crypto/rsa"

type Claims interface{}

type MapClaims map[string]any

type SigningMethod interface {
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error) { return nil, nil }
func (m *SigningMethodHMAC) Alg() string                                        { return m.Name }

var SigningMethodHS256 = &SigningMethodHMAC{"HS256"}

type Token struct {
	Method SigningMethod
	Header map[string]any
}

type Keyfunc func(*Token) (any, error)

type ParserOption func(any)

func NewWithClaims(method SigningMethod, claims Claims) *Token { return &Token{Method: method} }

func (t *Token) SignedString(key any) (string, error) { return "", nil }

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }
