// Package bad does not type-check.
package bad

func broken() int {
	return "not an int"
}
