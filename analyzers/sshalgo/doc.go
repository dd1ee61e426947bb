// Package sshalgo defines an Analyzer that reports insecure SSH ciphers, key exchanges, MACs and host key algorithms.
//
// # Analyzer sshalgo
//
// sshalgo: report insecure SSH ciphers, key exchanges, MACs and host key algorithms
//
// This analyzer is not implemented yet.
package sshalgo
