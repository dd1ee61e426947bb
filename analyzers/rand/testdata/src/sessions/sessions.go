// Package sessions: a generic function name read with the package name.
package sessions

import "math/rand"

// NewID returns a session identifier.
func NewID() string {
	b := make([]byte, 16)
	rand.Read(b) // want `rand.Read makes the session identifier returned by sessions.NewID`
	return string(b)
}

// Shard picks a storage shard for a session: not a secret.
func Shard(n int) int {
	return rand.Intn(n)
}
