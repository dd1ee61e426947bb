package keyfunc

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"log"
	"net/http"
	"slices"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"

	"keys"
)

var secret = []byte("0123456789abcdef0123456789abcdef")

var allowed = []string{"RS256", "PS256"}

// Positive: nothing restricts the algorithm.

func Literal(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts whatever algorithm the token names: the keyfunc literal on line 25 never checks token.Method`
		return secret, nil
	})
}

func lookupKey(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if kid == "" {
		return nil, errors.New("no kid")
	}
	return secret, nil
}

func Named(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, lookupKey, jwt.WithAudience("api"), jwt.WithLeeway(time.Minute)) // want `jwt.ParseWithClaims accepts whatever algorithm.*the keyfunc lookupKey never checks`
	return claims, err
}

type Service struct {
	pub    *rsa.PublicKey
	parser *jwt.Parser
}

func (s *Service) key(t *jwt.Token) (any, error) { return s.pub, nil }

func (s *Service) MethodValue(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithIssuer("https://issuer.example"))
	return p.Parse(raw, s.key) // want `\(\*jwt.Parser\).Parse accepts whatever algorithm.*the keyfunc s.key never`
}

func (s *Service) Variable(raw string) (*jwt.Token, error) {
	kf := func(t *jwt.Token) (any, error) {
		return s.pub, nil
	}
	return jwt.NewParser().Parse(raw, kf) // want `keyfunc literal on line 57`
}

func Converted(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, jwt.Keyfunc(lookupKey)) // want `keyfunc lookupKey`
}

func Unnamed(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(*jwt.Token) (any, error) { return secret, nil }) // want `jwt.Parse accepts whatever algorithm`
}

func OnlyLogged(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts whatever algorithm`
		alg := t.Method.Alg()
		log.Printf("token signed with %s", alg)
		return secret, fmt.Errorf("checked %v", t.Header["alg"])
	})
}

func OptionSlice(raw string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithAudience("api"), jwt.WithExpirationRequired()}
	return jwt.Parse(raw, lookupKey, opts...) // want `jwt.Parse accepts whatever algorithm`
}

func FromRequest(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, lookupKey) // want `request.ParseFromRequest accepts whatever algorithm`
}

func MultiLine(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims( // want `jwt.ParseWithClaims accepts whatever algorithm`
		raw,
		&jwt.RegisteredClaims{},
		lookupKey,
	)
}

// Negative: the parser restricts the algorithms.

func ValidMethods(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, lookupKey, jwt.WithValidMethods([]string{"HS256"}))
}

func ValidMethodsVar(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, lookupKey, jwt.WithValidMethods(allowed), jwt.WithAudience("api"))
}

func ParserWithValidMethods(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))
	return p.Parse(raw, lookupKey)
}

func OptionSliceRestricted(raw string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithValidMethods(allowed)}
	return jwt.Parse(raw, lookupKey, opts...)
}

func FromRequestRestricted(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, lookupKey,
		request.WithParser(jwt.NewParser(jwt.WithValidMethods(allowed))))
}

// Negative: the keyfunc checks the algorithm.

func TypeAssertion(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return secret, nil
	})
}

func (s *Service) TypeSwitch(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		switch t.Method.(type) {
		case *jwt.SigningMethodRSA:
			return s.pub, nil
		}
		return nil, errors.New("unexpected signing method")
	})
}

func AlgCompared(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != jwt.SigningMethodHS256.Alg() {
			return nil, errors.New("unexpected signing method")
		}
		return secret, nil
	})
}

func HeaderCompared(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		alg, ok := t.Header["alg"].(string)
		if !ok || alg != "HS256" {
			return nil, errors.New("unexpected signing method")
		}
		return secret, nil
	})
}

func AlgInList(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if !slices.Contains(allowed, t.Method.Alg()) {
			return nil, errors.New("unexpected signing method")
		}
		return secret, nil
	})
}

var keysByAlg = map[string]any{"HS256": secret}

func AlgLookup(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		return keysByAlg[t.Method.Alg()], nil
	})
}

func checkMethod(t *jwt.Token) error {
	if t.Method != jwt.SigningMethodHS256 {
		return errors.New("unexpected signing method")
	}
	return nil
}

func HelperChecks(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if err := checkMethod(t); err != nil {
			return nil, err
		}
		return secret, nil
	})
}

// Negative: what the analysis cannot see.

func OtherPackageKeyfunc(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keys.Lookup)
}

func OtherPackageHelper(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		return keys.Lookup(t)
	})
}

func (s *Service) StoredParser(raw string) (*jwt.Token, error) {
	return s.parser.Parse(raw, s.key)
}

func CallerOptions(raw string, opts ...jwt.ParserOption) (*jwt.Token, error) {
	return jwt.Parse(raw, lookupKey, opts...)
}

func strictOptions() []jwt.ParserOption {
	return []jwt.ParserOption{jwt.WithValidMethods(allowed)}
}

func HelperOptions(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, lookupKey, strictOptions()...)
}
