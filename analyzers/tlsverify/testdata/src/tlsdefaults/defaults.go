// Package tlsdefaults holds settings shared by other test packages.
package tlsdefaults

// SkipVerify is the default of the legacy clients.
const SkipVerify = true

// Strict is the default of the current clients.
const Strict = false
