// Package timing defines an Analyzer that reports secrets compared in variable time.
//
// # Analyzer timing
//
// timing: report secrets compared in variable time
//
// This analyzer is not implemented yet.
package timing
