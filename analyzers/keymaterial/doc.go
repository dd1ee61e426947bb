// Package keymaterial defines an Analyzer that reports private keys and problem certificates in files embedded in the program.
//
// # Analyzer keymaterial
//
// keymaterial: report private keys and problem certificates in files embedded in the program
//
// This analyzer is not implemented yet.
package keymaterial
