// Package negative uses math/rand for what it is for.
package negative

import (
	crand "crypto/rand"
	"math/rand"
	mrand "math/rand/v2"
	"net/http"
	"time"
)

func Backoff(attempt int) time.Duration {
	base := time.Second << attempt
	return base/2 + time.Duration(mrand.Int64N(int64(base/2)))
}

func Jitter() time.Duration { return time.Duration(rand.Intn(500)) * time.Millisecond }

func Shuffle(xs []string) {
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
}

// Picking a session from a pool selects an element; it does not make a
// session identifier.
func PickSession(sessions []string) string {
	session := sessions[rand.Intn(len(sessions))]
	return session
}

func Sample() bool { return mrand.Float64() < 0.01 }

// Names about a token, not the token itself.
func Limits() (int, int) {
	tokenTTL := 60 + rand.Intn(30)
	sessionTimeout := 300 + rand.Intn(60)
	return tokenTTL, sessionTimeout
}

// A request ID and a trace ID are not secrets.
func IDs() (string, int64) {
	requestID := string(rune('a' + rand.Intn(26)))
	traceID := rand.Int63()
	return requestID, traceID
}

// Fault injection: a random HTTP status code.
func Chaos(w http.ResponseWriter) {
	codes := []int{500, 502, 503}
	code := codes[rand.Intn(len(codes))]
	w.WriteHeader(code)
	statusCode := 500 + rand.Intn(4)
	w.WriteHeader(statusCode)
}

// Secrets from crypto/rand next to math/rand under aliases.
func Token() string { return crand.Text() }

func RetryDelay() time.Duration { return time.Duration(mrand.IntN(1000)) * time.Millisecond }
