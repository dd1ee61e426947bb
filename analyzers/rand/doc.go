// Package rand defines an Analyzer that reports math/rand values used for keys, nonces, salts and tokens.
//
// # Analyzer rand
//
// rand: report math/rand values used for keys, nonces, salts and tokens
//
// This analyzer is not implemented yet.
package rand
