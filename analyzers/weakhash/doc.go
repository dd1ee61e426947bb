// Package weakhash defines an Analyzer that reports MD4, MD5, SHA-1 and
// RIPEMD-160 used where security depends on them.
//
// # Analyzer weakhash
//
// weakhash: report MD4, MD5, SHA-1 and RIPEMD-160 used where security depends on them
//
// The analyzer reports a weak hash (MD4, MD5, SHA-1, RIPEMD-160, and
// MD2 or MD5+SHA-1 where Go names them) only where an attacker gains from
// breaking it. Calling md5.New is not a finding, nor is importing
// crypto/sha1: ETags, cache keys, content addressing, file names,
// deduplication and protocol-mandated uses (the RFC 6455 WebSocket accept
// value, git object ids, HMAC-SHA1 in RFC 6238 TOTP or in webhook
// signatures) are silent. HMAC-MD5 and HMAC-SHA1 are not reported at all:
// HMAC does not need collision resistance (RFC 6151 §2.3, RFC 6194 §3.2).
//
// What breaks: collisions for MD4 are found by hand (RFC 6150) and for MD5
// in seconds, and MD5 chosen-prefix collisions have forged a rogue CA
// certificate (2008) and Microsoft code-signing certificates (Flame, 2012)
// (RFC 6151). SHA-1 collisions are practical since SHAttered (Stevens et
// al., 2017) and chosen-prefix collisions since "SHA-1 is a Shambles"
// (Leurent and Peyrin, 2020); RFC 6194 has the earlier analysis. NIST SP
// 800-131A Rev 2 disallows SHA-1 for digital signature generation and
// never approved RIPEMD-160 (160-bit output: at most 80-bit collision
// resistance). All of them are fast, so a password hashed with one is
// cracked at billions of guesses per second (CWE-328, use of weak hash;
// CWE-916, insufficient computational effort).
//
// Reported:
//
//   - signatures over a weak digest: a crypto.Hash of MD4, MD5, SHA-1,
//     MD5+SHA-1 or RIPEMD-160 given to rsa.SignPKCS1v15 or rsa.SignPSS, or
//     as the SignerOpts of crypto.Signer.Sign, crypto.MessageSigner,
//     crypto.SignMessage and the Sign methods of rsa, ecdsa and ed25519 keys
//     (rsa.PSSOptions{Hash: crypto.SHA1} included), directly or through
//     constants, variables and struct fields; a digest computed with a weak
//     hash and signed by ecdsa or dsa (reported at the hash). Verification
//     (rsa.VerifyPKCS1v15, rsa.VerifyPSS, ecdsa.Verify) is reported as a
//     warning: accepting SHA-1 signatures lets a signature be moved to a
//     colliding message, but legacy data may leave no choice. Use
//     crypto.SHA256 or stronger;
//   - certificate, certificate request and revocation list templates of
//     crypto/x509 whose SignatureAlgorithm is MD2WithRSA, MD5WithRSA,
//     SHA1WithRSA, DSAWithSHA1 or ECDSAWithSHA1 (in the composite literal or
//     assigned later). Go still signs with MD5WithRSA and SHA1WithRSA. Leave
//     the field unset (Go picks a strong algorithm for the key) or use
//     SHA256WithRSA, ECDSAWithSHA256 or PureEd25519;
//   - password hashing: a weak hash whose input passed through a variable,
//     field or parameter named password, passwd, passphrase, pw or pwd
//     (md5.Sum([]byte(salt+password)), h.Write([]byte(u.Password))). Store
//     passwords with argon2.IDKey, scrypt or bcrypt;
//   - keys derived by a weak hash of a password, passphrase or secret and
//     given to a key parameter of a crypto API (an HMAC key, a cipher key).
//     Derive keys from passwords with argon2.IDKey or scrypt and from
//     secrets with HKDF-SHA256;
//   - integrity of downloaded code: a weak digest of data read from an
//     http.Response body (through io.ReadAll, io.Copy into the hash,
//     io.MultiWriter, helpers) that is compared with an expected value. A
//     comparison with a header of the same response (Content-MD5, an ETag)
//     checks transfer corruption, not tampering, and is not reported.
//     Verify downloads with SHA-256 or, better, a signature.
//
// A hash or signature algorithm chosen at run time among several, one of
// them strong, is not reported: a verifier that maps the format the peer
// names to its hash (SSH's ssh-rsa next to rsa-sha2-256 and
// ecdsa-sha2-nistp256, a JWS "alg" header) implements algorithm agility,
// and the weak branch is the protocol's, not the program's. Only a value
// that is weak on every path the analyzer sees is a finding.
//
// Findings are reported at the use that makes the hash matter: the hash
// argument of the signing call, the SignatureAlgorithm field, and the hash
// constructor (md5.New, md5.Sum, sha1.New, crypto.SHA1.New()) for
// passwords, derived keys and downloads. Values are followed inside the
// package: constants, variables, struct fields, the parameters and results
// of its functions. Passwords are recognised by name: a password hashed
// through variables named otherwise is not seen. Findings in _test.go files
// are reported only with -tests, as for every analyzer.
package weakhash
