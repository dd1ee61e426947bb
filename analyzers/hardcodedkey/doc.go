// Package hardcodedkey defines an Analyzer that reports constant keys, secrets and passwords reaching a crypto API.
//
// # Analyzer hardcodedkey
//
// hardcodedkey: report constant keys, secrets and passwords reaching a crypto API
//
// The analyzer reports a key, secret or password that is written in the
// source and reaches a crypto API: the key of a block cipher, AEAD, stream
// cipher, HMAC, secretbox, nacl box or KDF secret (aes.NewCipher,
// chacha20poly1305.New, hmac.New, hkdf.Key, ...), the signing key of a JWT
// (token.SignedString, SigningMethod.Sign) or the key returned by a
// jwt.Keyfunc, the password given to a KDF or password hash (pbkdf2.Key,
// scrypt.Key, argon2.IDKey, bcrypt.GenerateFromPassword), and a PEM or DER
// private key embedded in the source and parsed at run time
// (x509.ParsePKCS1PrivateKey / ParsePKCS8PrivateKey / ParseECPrivateKey of
// pem.Decode of a literal, tls.X509KeyPair, jwt.ParseRSAPrivateKeyFromPEM,
// ssh.ParsePrivateKey).
//
// "Constant" covers literals, named constants, []byte("..."), byte slice
// literals, hex, base64 and PEM decodings of literals, package variables
// and struct fields that the package only ever assigns constants, values
// returned by helper functions (of this package or, through facts, of
// another), an all-zero key buffer that is never filled, and a plain hash
// of a constant. The finding is at the call that uses the key; the related
// location is the literal or declaration. A constant passed to a function
// that forwards it to a crypto API (a wrapper) is reported at the call of
// the wrapper.
//
// Why it matters: a key in the source is in every copy of the repository,
// of the binary and of its build logs. Anyone who has one can decrypt the
// data, forge the MACs and tokens, or impersonate the service; the key
// cannot be rotated without a release (CWE-321, CWE-798; OWASP
// Cryptographic Storage Cheat Sheet, "Key Management"; NIST SP 800-57 Part 1
// Rev. 5 §6).
//
// What to do instead: load keys at run time from a secret manager or KMS,
// a mounted file or the environment; derive per-purpose keys from one
// master key with HKDF; take passwords from the user.
//
// Not reported: keys from the environment, files, flags, KMS or any source
// the analysis cannot see; embedded PEM public keys and certificates
// (public material); keys derived by a KDF from a non-constant secret; a
// constant used only as an HKDF salt or info string; empty keys. Test
// files are a policy of the driver, not of this analyzer.
package hardcodedkey
