// Package tokens makes tokens, codes and session identifiers from
// math/rand.
package tokens

import (
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

var alphabet = []rune("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

// randomString is generic; what its result is used for decides.
func randomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.IntN(len(letters))] // want `rand.IntN makes the token assigned to token`
	}
	return string(b)
}

func randomRunes(n int) string {
	out := make([]rune, 0, n)
	for range n {
		out = append(out, alphabet[rand.IntN(len(alphabet))]) // want `rand.IntN makes the session identifier`
	}
	return string(out)
}

type Session struct {
	SessionID string
	UserID    string
}

// Login stores a token in a map and a session identifier in a struct.
func Login(user string, tokens map[string]string) *Session {
	token := randomString(32)
	tokens[user] = token
	return &Session{SessionID: randomRunes(24), UserID: user}
}

// NewAPIKey formats math/rand output directly.
func NewAPIKey() string {
	return fmt.Sprintf("key_%x", rand.Uint64()) // want `rand.Uint64 makes the API key returned by NewAPIKey`
}

// A six-digit one-time password: an integer is enough.
func SendOTP(send func(string)) {
	otp := rand.IntN(1000000) // want `rand.IntN makes the one-time password assigned to otp`
	send(fmt.Sprintf("%06d", otp))
}

// A reset code built in a strings.Builder by a helper.
func digits(n int) string {
	var sb strings.Builder
	for range n {
		fmt.Fprintf(&sb, "%d", rand.IntN(10)) // want `rand.IntN makes the reset code`
	}
	return sb.String()
}

type Reset struct {
	resetCode string
}

func StartReset() Reset {
	return Reset{resetCode: digits(8)}
}

// A CSRF token passed to a parameter so named.
func setCSRF(w http.ResponseWriter, csrfToken string) {
	w.Header().Set("X-CSRF-Token", csrfToken)
}

func Form(w http.ResponseWriter) {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(rand.Uint32()) // want `rand.Uint32 makes the CSRF token passed as csrfToken to setCSRF`
	}
	setCSRF(w, hex.EncodeToString(b))
}

// The value of a session cookie.
func Cookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: fmt.Sprint(rand.Int64())}) // want `rand.Int64 makes the value of the "session_id" cookie`
}

// Buffers declared first and filled later.
func Fill(r *rand.ChaCha8) (string, string) {
	apiKey := make([]byte, 16)
	r.Read(apiKey) // want `\(\*rand.ChaCha8\).Read makes the API key assigned to apiKey`
	var secret [32]byte
	r.Read(secret[:]) // want `\(\*rand.ChaCha8\).Read makes the secret assigned to secret`
	return string(apiKey), string(secret[:])
}
