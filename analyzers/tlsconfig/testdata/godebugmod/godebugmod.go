// Package godebugmod is the root package of its module.
package godebugmod

// Name is the package name.
const Name = "godebugmod"
