// Package salt defines an Analyzer that reports constant, predictable or
// short salts in password hashing and password-based key derivation.
//
// # Analyzer salt
//
// salt: report constant, predictable or short salts in password hashing and KDFs
//
// The analyzer reports the salt argument of PBKDF2 (crypto/pbkdf2 and
// golang.org/x/crypto/pbkdf2), scrypt and Argon2 (argon2.Key,
// argon2.IDKey), and of HKDF when HKDF is used to derive a key from a
// password, when the salt is:
//
//   - constant: a literal, a named constant or package variable only ever
//     assigned constants, a struct field default, a helper that returns a
//     constant, or a hex or base64 decoding of one (an absent or empty salt
//     counts as constant);
//   - predictable: computed from the clock or from math/rand, a hash of
//     constant input, constant text combined with other text (such as
//     "app:" + username or fmt.Sprintf("%s@app", email): random salts are
//     bytes, text next to a constant label identifies an account), or a hash
//     of a parameter or field named like a user name, e-mail address or
//     account;
//   - too short: fewer than 16 random bytes (a warning), or fewer than 8 (an
//     error).
//
// The salt is followed through local variables, helpers, struct fields and
// package variables, and through wrappers in other packages: a function
// whose parameter reaches the salt of a KDF is checked at each of its calls.
//
// A salt makes every password hash unique, so that an attacker who steals
// the hashes must attack each one separately. With a constant salt, every
// user who chose the same password has the same hash, and one precomputed
// table (or one GPU run over a dictionary) cracks every account at once; a
// salt derived from the user name is the same for that user on every
// installation and can be precomputed for likely names such as "admin". A
// short salt repeats across a large user base. NIST SP 800-132 §5.1 and
// RFC 8018 §4.1 require at least 128 random bits (16 bytes) from an
// approved random generator; RFC 9106 §3.1 recommends 16 bytes for Argon2;
// NIST SP 800-63B-4 §3.1.1.2 requires a salt chosen arbitrarily for each
// stored password. Generate a new salt with crypto/rand for
// every password (salt := make([]byte, 16); rand.Read(salt)) and store it
// next to the hash.
//
// Not reported:
//
//   - a salt the analysis cannot see, such as a salt read back from storage
//     to verify a password, or a configured value;
//   - HKDF on high-entropy input keying material, such as an ECDH shared
//     secret or a random master key: RFC 5869 §3.1 allows a fixed
//     application salt, or none, there. HKDF is treated as a password KDF
//     only when its input is named like a password (password, passphrase,
//     passwd, pwd, pin), since no other property tells a password from key
//     material;
//   - a constant label in front of random or stored salt bytes (domain
//     separation, as in age's scrypt recipient or JWE's PBES2 salt input);
//   - PBKDF2 or scrypt over random key material (key wrapping), where no
//     password is protected;
//   - nil given as the salt of a wrapper, which commonly asks the wrapper
//     to choose a random salt;
//   - the packages that implement the KDFs. Salts in _test.go files,
//     commonly test vectors, are reported only with -tests.
//
// Flags:
//
//	-min-salt-len int        salt length in bytes below which a finding is a
//	                         warning (default 16; NIST SP 800-132 §5.1,
//	                         RFC 8018 §4.1, RFC 9106 §3.1)
//	-min-salt-len-error int  salt length in bytes below which a finding is an
//	                         error (default 8)
package salt
