// Package a compares secrets in variable time.
package a

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"strings"
)

type Server struct {
	apiKey   string
	macKey   []byte
	password string
}

func New() *Server {
	return &Server{apiKey: os.Getenv("API_KEY"), macKey: []byte(os.Getenv("MAC_KEY"))}
}

// An API key in a field, compared with ==.
func (s *Server) Authorized(r *http.Request) bool {
	return r.Header.Get("Authorization") == "Bearer "+s.apiKey // want `the == operator compares "Bearer " \+ s.apiKey \(API key\)`
}

// A hex MAC computed by a helper, compared as strings.
func (s *Server) sign(msg string) string {
	m := hmac.New(sha256.New, s.macKey)
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Server) Valid(msg, sig string) bool {
	expected := s.sign(msg)
	return sig == expected // want `the == operator compares expected \(MAC computed with hmac.New\)`
}

// A token compared case-insensitively.
func CheckToken(got, sessionToken string) bool {
	return strings.EqualFold(got, sessionToken) // want `strings.EqualFold compares sessionToken \(session token\)`
}

// A password hash compared through a helper.
func same(a, b string) bool {
	return strings.Compare(a, b) == 0 // want `strings.Compare compares a \(password hash computed by pbkdf2.Key\)`
}

func Login(password string, salt []byte, stored string) bool {
	dk, err := pbkdf2.Key(sha256.New, password, salt, 600000, 32)
	if err != nil {
		return false
	}
	return same(hex.EncodeToString(dk), stored)
}

// A SHA-256 of a password compared as arrays.
func LoginSHA(password string, stored [32]byte) bool {
	return sha256.Sum256([]byte(password)) == stored // want `compares sha256.Sum256\(\[\]byte\(password\)\) \(hash of a password\)`
}

// A plain-text password.
func (s *Server) Admin(r *http.Request) bool {
	return r.FormValue("password") != s.password // want `the != operator compares s.password \(password\)`
}

// A hard-coded token is still a secret.
const adminToken = "c2VjcmV0LXRva2Vu"

func Debug(r *http.Request) bool {
	return r.URL.Query().Get("debug") == adminToken // want `compares adminToken \(token\)`
}

// A switch compares its tag with each case.
func Route(r *http.Request, s *Server) string {
	switch r.Header.Get("X-Key") {
	case s.apiKey: // want `a switch case compares s.apiKey \(API key\)`
		return "api"
	}
	return ""
}

// Names of MACs and signatures.
func CheckSig(sigHex, expectedSig string) bool {
	return sigHex == expectedSig // want `the == operator compares sigHex \(MAC or signature\)`
}

// A check that fails with an error is a check, not an update.
var errDenied = errors.New("denied")

func (s *Server) RequireKey(key string) error {
	if key != s.apiKey { // want `the != operator compares s.apiKey \(API key\)`
		return errDenied
	}
	return nil
}

// Writing something else on inequality (a flag) is still a check.
func (s *Server) Authorize(r *http.Request) bool {
	authorized := false
	if r.Header.Get("X-Key") == s.apiKey { // want `the == operator compares s.apiKey \(API key\)`
		authorized = true
	}
	return authorized
}

// Returning false on inequality, even beside an update of something else.
func (s *Server) Accept(password string) bool {
	if password != s.password { // want `the != operator compares password \(password\)`
		s.apiKey = password
		return false
	}
	return true
}

// The operand is written only on one path of the branch: still a check.
func (s *Server) Rotate(token string, admin bool) error {
	if token != s.password { // want `the != operator compares token \(token\)`
		if admin {
			s.password = token
		}
		return errDenied
	}
	return nil
}

// The update is on the branch taken on equality: a check.
func (s *Server) Reset(password string) {
	if password == s.password { // want `the == operator compares password \(password\)`
		s.password = password
	}
}

// One finding for a case clause with two expressions that compare the
// secret, covering both.
func (s *Server) ValidKey(apiKey string) bool {
	switch apiKey {
	case "":
		return false
	case s.apiKey, os.Getenv("API_KEY"): // want `a switch case compares apiKey \(API key\) in variable time`
		return true
	}
	return false
}

// Secrets in two case expressions of one clause: one finding naming both.
func (s *Server) Role(r *http.Request) string {
	switch r.Header.Get("X-Auth") {
	case s.apiKey, s.password: // want `a switch case compares s.apiKey \(API key\) and s.password \(password\) in variable time`
		return "admin"
	case "guest":
		return "guest"
	}
	return ""
}
