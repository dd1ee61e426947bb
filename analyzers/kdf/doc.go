// Package kdf defines an Analyzer that reports password hashing and
// password-based key derivation with too little work, and derived keys
// that are too short.
//
// # Analyzer kdf
//
// kdf: report password hashing and key derivation with too little work
//
// The analyzer checks the work factors of the password hashes and
// password-based KDFs of the standard library and golang.org/x/crypto
// against the OWASP Password Storage Cheat Sheet (revision of 2026-03-26):
//
//   - PBKDF2 (crypto/pbkdf2, golang.org/x/crypto/pbkdf2): the iteration count
//     for the hash in use, at least 600,000 for HMAC-SHA-256 (and SHA-224),
//     220,000 for HMAC-SHA-512 (and SHA-384) and 1,400,000 for HMAC-SHA-1 (and
//     MD5). When the hash is not known, the smallest of the three applies.
//     NIST SP 800-132 §5.2 sets 1,000 as an absolute minimum and asks for as
//     many iterations as the application tolerates.
//   - scrypt: one of the OWASP parameter sets N=2^17 r=8 p=1, N=2^16 p=2,
//     N=2^15 p=3, N=2^14 p=5 or N=2^13 p=10. Since memory and work grow with
//     N·r, a block size other than 8 counts as N·r/8 (RFC 7914 §2).
//   - Argon2id (argon2.IDKey): one of the OWASP sets, memory in KiB and
//     passes: m=47104 t=1, m=19456 t=2, m=12288 t=3, m=9216 t=4 or m=7168 t=5.
//     RFC 9106 §4 recommends t=1 m=2 GiB, or t=3 m=64 MiB p=4 when memory is
//     constrained. Argon2i (argon2.Key) needs at least 3 passes: it needs
//     more passes than Argon2id (golang.org/x/crypto/argon2 documentation).
//   - bcrypt (bcrypt.GenerateFromPassword): a cost of at least 10,
//     bcrypt.DefaultCost. A cost under bcrypt.MinCost is replaced by the
//     default and is not reported.
//   - the derived key of PBKDF2, scrypt and Argon2: at least 16 bytes; under
//     14 bytes (112 bits) is an error, and Go's crypto/pbkdf2 rejects it in
//     FIPS 140-only mode (NIST SP 800-132, FIPS 140-3 IG C.M).
//
// The values are followed through named constants, local variables,
// struct fields and their defaults, package variables and helpers, and
// through wrappers in other packages: a function whose parameter reaches
// the cost of a KDF is checked at each of its calls. The finding is at the
// KDF call (or the wrapper call), with the declaration of the value as
// related information.
//
// Password hashes are stolen with the database; what protects the
// passwords is then the time an attacker needs per guess. A GPU computes
// billions of SHA-256 hashes per second, so PBKDF2 with 10,000 iterations
// or bcrypt at cost 8 lets a dictionary attack recover most human-chosen
// passwords in hours. A key of fewer than 16 bytes can be brute-forced
// directly, whatever the KDF. Use Argon2id (argon2.IDKey(password, salt, 3,
// 64*1024, 4, 32) follows RFC 9106), or scrypt with N=2^17, r=8, p=1,
// bcrypt with bcrypt.DefaultCost or more, or PBKDF2-HMAC-SHA-256 with
// 600,000 iterations where FIPS-140 compliance is required, and derive keys
// of 32 bytes.
//
// Not reported: values the analysis cannot see (a parameter read from a
// configuration file, the parameters stored with a hash and read back to
// verify it, the cost of an old hash read with bcrypt.Cost to decide on a
// rehash, a cost clamped with max(cost, bcrypt.DefaultCost)); a value
// that is one of several constants of which one meets the threshold (a
// cost raised to the default when lower); HKDF, and PBKDF2 or scrypt over
// random key material, which derive keys from high-entropy secrets and
// need no work factor; a short output used as a nonce; and the packages
// that implement the KDFs. Findings in _test.go files, where fast
// parameters keep tests fast, are reported only with -tests.
//
// When the bcrypt cost is a literal in the call, the suggested fix
// replaces it with bcrypt.DefaultCost.
//
// Flags (all thresholds can be set; the defaults are the sources above):
//
//	-pbkdf2-sha1 int      PBKDF2-HMAC-SHA-1 iterations (default 1400000)
//	-pbkdf2-sha256 int    PBKDF2-HMAC-SHA-256 iterations (default 600000)
//	-pbkdf2-sha512 int    PBKDF2-HMAC-SHA-512 iterations (default 220000)
//	-scrypt-params list   acceptable scrypt N:p pairs at r=8, any one suffices
//	                      (default "131072:1,65536:2,32768:3,16384:5,8192:10")
//	-argon2id-params list acceptable Argon2id m:t pairs (m in KiB), any one
//	                      suffices (default
//	                      "47104:1,19456:2,12288:3,9216:4,7168:5")
//	-argon2i-time int     Argon2i passes (default 3)
//	-bcrypt-cost int      bcrypt cost (default 10)
//	-min-keylen int       derived key length in bytes below which a finding
//	                      is a warning (default 16)
//	-min-keylen-error int derived key length in bytes below which a finding
//	                      is an error (default 14)
package kdf
