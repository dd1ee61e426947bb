// Package hardcodedkey defines an Analyzer that reports constant keys, secrets and passwords reaching a crypto API.
//
// # Analyzer hardcodedkey
//
// hardcodedkey: report constant keys, secrets and passwords reaching a crypto API
//
// This analyzer is not implemented yet.
package hardcodedkey
