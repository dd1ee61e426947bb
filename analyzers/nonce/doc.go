// Package nonce defines an Analyzer that reports constant, predictable or reused nonces and IVs.
//
// # Analyzer nonce
//
// nonce: report constant, predictable or reused nonces and IVs
//
// This analyzer is not implemented yet.
package nonce
