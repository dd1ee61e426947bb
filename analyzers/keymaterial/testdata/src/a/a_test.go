package a

import _ "embed"

// A test's key is reported in the test file, which the drivers leave out
// unless -tests is given.
//
// want +2 `embedded file testdata/dev.key holds an ECDSA P-256 private key`
//
//go:embed testdata/dev.key
var testKey []byte

var _ = testKey
