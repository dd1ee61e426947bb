// Package sub is another package of the module.
package sub

// Name is the package name.
const Name = "sub"
