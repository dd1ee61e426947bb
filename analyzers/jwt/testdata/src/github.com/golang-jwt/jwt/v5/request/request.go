// Package request is a stub of github.com/golang-jwt/jwt/v5/request.
package request

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

type HeaderExtractor []string

func (e HeaderExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

var AuthorizationHeaderExtractor Extractor

type fromRequestParser struct{}

type ParseFromRequestOption func(*fromRequestParser)

func WithClaims(claims jwt.Claims) ParseFromRequestOption { return nil }

func WithParser(parser *jwt.Parser) ParseFromRequestOption { return nil }

func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (token *jwt.Token, err error) {
	return nil, nil
}
