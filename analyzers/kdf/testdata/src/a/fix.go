package a

import "golang.org/x/crypto/bcrypt"

// bcrypt: a literal cost gets a fix.
func bcryptLiteral(pw []byte) ([]byte, error) {
	return bcrypt.GenerateFromPassword(pw, 6) // want `bcrypt cost 6 in bcrypt.GenerateFromPassword is fast to brute-force on GPUs; OWASP recommends at least 10`
}

// The parentheses go with the literal.
func bcryptParen(pw []byte) ([]byte, error) {
	return bcrypt.GenerateFromPassword(pw, (8)) // want `bcrypt cost 8`
}
