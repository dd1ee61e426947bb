// Package b is checked with -expiry-days=90 and -minbits=1024.
package b

import _ "embed"

// want +2 `^embedded certificate "CN=soon.example.com" \(soon.pem\) expires on 2026-06-15, in 14 days`
//
//go:embed soon.pem
var soon []byte

// want +2 `^embedded certificate "CN=later.example.com" \(later.pem\) expires on 2026-08-15, in 75 days`
//
//go:embed later.pem
var later []byte

// 1024 bits is the minimum here.
//
//go:embed weakkey.pem
var weak []byte

var _, _, _ = soon, later, weak
