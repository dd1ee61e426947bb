// Package weakcipher defines an Analyzer that reports encryption with broken or 64-bit-block ciphers and deprecated modes.
//
// # Analyzer weakcipher
//
// weakcipher: report encryption with broken or 64-bit-block ciphers and deprecated modes
//
// This analyzer is not implemented yet.
package weakcipher
