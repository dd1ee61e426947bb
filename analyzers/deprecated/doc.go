// Package deprecated defines an Analyzer that reports deprecated, insecure crypto APIs.
//
// # Analyzer deprecated
//
// deprecated: report deprecated, insecure crypto APIs
//
// This analyzer is not implemented yet.
package deprecated
