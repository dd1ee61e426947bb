// Package negative compares public values, or secrets in constant time.
package negative

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
)

func Check(r *http.Request, key []byte, config []byte) error {
	token := r.Header.Get("X-Token")
	if token == "" {
		return errors.New("missing token")
	}
	if r.Header.Get("X-Signature-Alg") != "hmac-sha256" {
		return errors.New("algorithm")
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(token))
	if !hmac.Equal(m.Sum(nil), []byte(r.Header.Get("X-Signature"))) {
		return errors.New("signature")
	}
	if subtle.ConstantTimeCompare([]byte(token), key) != 1 {
		return errors.New("token")
	}
	sum := sha256.Sum256(config)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		return nil
	}
	return nil
}

// Ordering, not equality.
func Newer(counter, last []byte) bool { return bytes.Compare(counter, last) > 0 }

// A password typed twice.
func Confirm(password, confirmPassword string) bool { return password == confirmPassword }

// Names about a token, not the token.
type Claims struct {
	TokenType string
	Scheme    string
}

func Bearer(c Claims, want string) bool { return c.TokenType == want }

// A checksum of public data.
func Checksum(data []byte, expected [32]byte) bool { return sha256.Sum256(data) == expected }

// A salted hash of a host name (hashed known_hosts), keyed by the salt.
func HostMatches(host string, salt, hash []byte) bool {
	m := hmac.New(sha1.New, salt)
	m.Write([]byte(host))
	return bytes.Equal(m.Sum(nil), hash)
}

// Members of a token's claims are not the token.
func Challenge(dpopToken map[string]any, chal string) bool {
	c, _ := dpopToken["chal"].(string)
	return c == chal
}

func Lower(s, t string) bool { return strings.ToLower(s) == strings.ToLower(t) }

// A change of a stored secret, not a check of a guess.
type Webhook struct{ Name, Secret string }

func Changed(old, updated Webhook) bool { return old.Secret != updated.Secret }

// Names about a signature, and a format marker.
func Alg(sigAlg, want string) bool { return sigAlg == want }

const privateKeyAuthMagic = "openssh-key-v1\x00"

func Magic(key []byte) bool { return string(key[:15]) == privateKeyAuthMagic }

// Update if changed: the comparison decides whether to write a stored
// value, not whether to grant access.
type GUI struct {
	User     string
	Password string
	APIKey   []byte
	token    string
}

func (g *GUI) SetPassword(password string) error {
	g.Password = password
	return nil
}

func (g *GUI) setToken(t string) { g.token = t }

func Update(g *GUI, user, password string) error {
	if user != "" && g.User != user {
		g.User = user
	}
	if password != "" && g.Password != password {
		if err := g.SetPassword(password); err != nil {
			return err
		}
	}
	return nil
}

func UpdateAssign(g *GUI, password string) {
	if g.Password != password {
		g.Password = password
	}
}

func UpdateAssignReversed(g *GUI, password string) {
	if password != g.Password {
		g.Password = password
	}
}

func UpdateSetter(g *GUI, password string) {
	if g.Password != password {
		g.SetPassword(password)
	}
}

func UpdateElse(g *GUI, password string) bool {
	if g.Password == password {
		return false
	} else {
		g.Password = password
	}
	return true
}

func UpdateNegated(g *GUI, token string) {
	if !(g.token == token) {
		g.setToken(token)
	}
}

func UpdateBytes(g *GUI, apiKey []byte) {
	if !bytes.Equal(g.APIKey, apiKey) {
		g.APIKey = apiKey
	}
}

func UpdateEarlyReturn(g *GUI, password string) error {
	if g.Password == password {
		return nil
	}
	return g.SetPassword(password)
}

func UpdateEarlyReturnOr(g *GUI, password string) error {
	if password == "" || string(g.Password) == password {
		return nil
	}
	g.Password = password
	return nil
}
