// Package tokenuser does not import math/rand: the facts of
// passes/provenance say that randutil.String returns its output.
package tokenuser

import "randutil"

type Invite struct {
	Email string
	Token string
}

func NewInvite(email string) Invite {
	return Invite{Email: email, Token: randutil.Hex()} // want `randutil.Hex returns math/rand output, and it becomes the token stored in field Token`
}

func Filename() string {
	name := randutil.String(8)
	return name + ".tmp"
}
