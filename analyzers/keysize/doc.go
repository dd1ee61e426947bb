// Package keysize defines an Analyzer that reports RSA keys shorter than the
// minimum, DSA key generation and the P-224 curve.
//
// # Analyzer keysize
//
// keysize: report RSA keys shorter than the minimum, DSA and weak curves
//
// The analyzer reports calls of rsa.GenerateKey and rsa.GenerateMultiPrimeKey
// whose bit size is below the minimum (2048 bits by default). The size is
// followed through constant expressions, named constants of any package,
// variables that are only ever assigned one such value (locals and package
// variables), struct fields whose composite-literal default is never
// overwritten (opts := DefaultOptions; rsa.GenerateKey(r, opts.KeyBits)),
// and small functions of the same package that return a constant. A call
// of a wrapper, in the same package or another, whose parameter becomes
// the bit size (func NewKey(bits int) { rsa.GenerateKey(rand.Reader, bits) })
// is reported at the call that passes the small constant; a wrapper that
// raises small sizes itself (if bits < 3072 { bits = 3072 }, max(bits,
// 3072)) is not. A size the analysis cannot see (a parameter, a flag, a
// value read from a file) is not reported.
//
// An RSA modulus under 2048 bits gives less than 112 bits of security:
// 768- and 829-bit moduli have been factored publicly and 1024-bit keys are
// within reach of well-funded attackers, so signatures can be forged and
// encrypted data decrypted. NIST SP 800-131A Rev 2 disallows such keys for
// signatures and key transport since 2013, NIST SP 800-57 Part 1 Rev 5
// (Table 2) equates 2048 bits with 112-bit security, and RFC 7518 §3.3
// requires at least 2048 bits for JWS RSA keys. Use 2048 bits at least and
// 3072 bits (128-bit security) for keys that must remain secure beyond
// 2030; when the size is a literal in the call, the suggested fix replaces
// it with 3072.
//
// It also reports DSA key generation at any size (dsa.GenerateParameters,
// or dsa.GenerateKey in a function that does not generate the parameters
// itself). crypto/dsa is deprecated since Go 1.16, FIPS 186-5 no longer
// approves DSA for signature generation, the common L1024N160 size is weak
// and the implementation is not constant time. Use Ed25519
// (crypto/ed25519) or ECDSA with P-256 instead.
//
// Generating a P-224 key (ecdsa.GenerateKey or elliptic.GenerateKey with
// elliptic.P224(), directly or through a variable) is reported as a note:
// P-224 gives 112-bit security, which NIST SP 800-57 Part 1 Rev 5 accepts
// only until 2030. Naming, parsing or comparing the curve (to reject it, or
// to read existing keys) is not reported.
//
// Not reported: RSA keys of 2048 bits or more, ECDSA with P-256, P-384 or
// P-521, Ed25519 and X25519, and code that checks sizes, such as a policy
// that refuses keys whose N.BitLen() is under 2048.
//
// Flags:
//
//	-minbits int   smallest acceptable RSA modulus in bits (default 2048;
//	               NIST SP 800-131A Rev 2, SP 800-57 Pt 1 Rev 5, RFC 7518 §3.3)
package keysize
