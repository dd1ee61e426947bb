// Package jwt defines an Analyzer that reports JWT verification mistakes.
//
// # Analyzer jwt
//
// jwt: report JWT verification mistakes
//
// This analyzer is not implemented yet.
package jwt
