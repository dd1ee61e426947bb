// Package kdf defines an Analyzer that reports password hashing and key derivation with too little work.
//
// # Analyzer kdf
//
// kdf: report password hashing and key derivation with too little work
//
// This analyzer is not implemented yet.
package kdf
