package none

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

func Unsigned(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": sub}).SignedString(jwt.UnsafeAllowNoneSignatureType) // want `signing with jwt.UnsafeAllowNoneSignatureType produces an unsigned token`
}

func UnsignedSplit() (string, error) {
	tok := jwt.New(jwt.SigningMethodNone)                     // want `a token created with jwt.SigningMethodNone is unsigned`
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType) // want `signing with jwt.UnsafeAllowNoneSignatureType`
}

var devKey any = jwt.UnsafeAllowNoneSignatureType // want `jwt.UnsafeAllowNoneSignatureType enables the "none" algorithm`

func AcceptNone(raw string, key []byte, dev bool) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if dev && t.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil // want `returning jwt.UnsafeAllowNoneSignatureType as the key accepts unsigned tokens`
		}
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected algorithm")
		}
		return key, nil
	})
}

func ListNone(raw string, key []byte) (*jwt.Token, error) {
	return jwt.Parse(raw, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256", "none"})) // want `jwt.WithValidMethods accepts the "none" algorithm`
}

var devAlgorithms = []string{"RS256", jwt.SigningMethodNone.Alg()} // want `jwt.WithValidMethods accepts the "none" algorithm`

func DevParser() *jwt.Parser {
	return jwt.NewParser(jwt.WithValidMethods(devAlgorithms))
}

// Negative: code that recognises "none" to reject it.

func RejectNone(raw string, key []byte) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		switch t.Method {
		case jwt.SigningMethodNone:
			return nil, errors.New("unsigned token")
		}
		return key, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func IsUnsafeKey(k any) bool {
	return k == jwt.UnsafeAllowNoneSignatureType
}

func Signed(sub string, key []byte) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub}).SignedString(key)
}
