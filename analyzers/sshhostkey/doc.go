// Package sshhostkey defines an Analyzer that reports SSH clients that do not verify the server's host key.
//
// # Analyzer sshhostkey
//
// sshhostkey: report SSH clients that do not verify the server's host key
//
// This analyzer is not implemented yet.
package sshhostkey
