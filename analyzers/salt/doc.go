// Package salt defines an Analyzer that reports constant, predictable or short salts in password hashing and KDFs.
//
// # Analyzer salt
//
// salt: report constant, predictable or short salts in password hashing and KDFs
//
// This analyzer is not implemented yet.
package salt
