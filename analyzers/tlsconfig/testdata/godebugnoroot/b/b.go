// Package b is another package of the module.
package b

// Name is the package name.
const Name = "b"
