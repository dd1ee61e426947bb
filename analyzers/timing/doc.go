// Package timing defines an Analyzer that reports secrets compared in
// variable time.
//
// # Analyzer timing
//
// timing: report secrets compared in variable time
//
// The analyzer reports MACs, signatures, password hashes, API keys, tokens
// and other secrets compared with ==, !=, a switch case, bytes.Equal,
// bytes.EqualFold, slices.Equal, strings.EqualFold, or bytes.Compare and
// strings.Compare tested against 0. These comparisons return at the first
// byte that differs, so the time a check takes tells how many leading
// bytes of a guess are right; an attacker who can measure it (over the
// network, with enough samples) recovers the expected MAC or token byte by
// byte and forges a request with about 256 tries per byte instead of 2^128
// (CWE-208, observable timing discrepancy). The crypto/hmac documentation
// says: "Receivers should be careful to use Equal to compare MACs in order
// to avoid timing side-channels". Use hmac.Equal for MACs and signatures
// and subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 for tokens,
// API keys and strings; both take time independent of the contents (they
// reveal the length only).
//
// An operand is secret:
//
//   - by provenance, first: the output of an HMAC or another MAC (h.Sum of
//     hmac.New or of a keyed BLAKE2 or Poly1305, poly1305.Sum,
//     nacl/auth.Sum), of a signing call, of a KDF or password hash
//     (pbkdf2.Key, scrypt.Key, argon2, bcrypt, HKDF), or a hash of a
//     password or of such a secret, through hex and base64 encodings,
//     conversions, variables, fields and the parameters and results of the
//     package's functions. An HMAC keyed with a value named salt is a
//     salted hash (hashed known_hosts entries), not a MAC;
//   - by name, second: a variable, field, parameter or constant at most two
//     assignments away from the operand, or the header or form key it was
//     read with (r.Header.Get("X-API-Key")), whose name says token, secret,
//     password (passwd, passphrase, pw, pwd), OTP, CSRF token, API key,
//     session identifier or token, signature (sig), MAC or a qualified key
//     (access, secret, private, signing, session, auth, HMAC, client, ...
//     key). Names about the secret rather than its value ("tokenType",
//     "tokenTTL", "apiKeyID", "sessionTimeout") do not count, nor do nonce,
//     salt and IV, which are public. A digest named after a signature or
//     MAC ("sigHash", "signatureDigest") is the data that is signed, not
//     the signature; after a password, hash names its hash, which is as
//     secret as the password ("passwordHash"). A member of a record read
//     with a constant key (claims["chal"]) does not take the record's
//     name. An abbreviation that stands for several words (sig: signature,
//     signer, signal) reads as the word a name nearer the operand spells
//     out: a slice built as sigs and used as signers holds signers.
//
// Not reported: comparisons with a constant ("", an algorithm name, a
// fixed prefix), unless the constant itself is named as a secret (const
// adminToken = "..."); comparisons of public values (ETags, checksums of
// public data, lengths, counters ordered with Compare(a, b) < 0); a
// password compared with its confirmation (a value named confirm, repeat,
// again, retype); a stored value compared to decide whether to update it,
// not whether to grant access: the branch taken only when the operands
// differ (the body of if x != y, the else branch of if x == y, or the
// statements after if x == y { return }) writes one operand with the
// other, by an assignment (cfg.Password = password) or a call of the
// field's setter (cfg.SetPassword(password)), on every path through it. A
// comparison whose branch returns an error or false, or sets an
// authorized flag, without that write is a check and is still reported.
// Comparisons in _test.go files are reported only with -tests, as for
// every analyzer.
//
// The case expressions of one switch case clause that compare a secret
// make one finding, which covers them all.
//
// A bytes.Equal(a, b) finding has a suggested fix that calls hmac.Equal(a,
// b) instead: the same signature, in constant time. The fix adds the
// crypto/hmac import when it is missing and removes the bytes import when
// the call was its last use.
package timing
