// Package keysize defines an Analyzer that reports RSA keys shorter than the minimum, DSA and weak curves.
//
// # Analyzer keysize
//
// keysize: report RSA keys shorter than the minimum, DSA and weak curves
//
// This analyzer is not implemented yet.
package keysize
