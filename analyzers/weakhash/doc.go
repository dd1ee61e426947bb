// Package weakhash defines an Analyzer that reports MD4, MD5, SHA-1 and RIPEMD-160 used where security depends on them.
//
// # Analyzer weakhash
//
// weakhash: report MD4, MD5, SHA-1 and RIPEMD-160 used where security depends on them
//
// This analyzer is not implemented yet.
package weakhash
