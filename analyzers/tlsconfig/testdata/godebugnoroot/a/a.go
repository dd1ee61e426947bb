// Package a is the lexically first package of its module.
package a

// Name is the package name.
const Name = "a"
