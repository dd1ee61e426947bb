//go:debug tls10server=1

// Package libdebug is not a main package: the toolchain ignores its
// //go:debug lines.
package libdebug

// Name is the package name.
const Name = "libdebug"
