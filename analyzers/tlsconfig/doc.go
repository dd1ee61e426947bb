// Package tlsconfig defines an Analyzer that reports TLS configurations that allow obsolete protocol versions or cipher suites.
//
// # Analyzer tlsconfig
//
// tlsconfig: report TLS configurations that allow obsolete protocol versions or cipher suites
//
// This analyzer is not implemented yet.
package tlsconfig
