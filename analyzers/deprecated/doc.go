// Package deprecated defines an Analyzer that reports deprecated, insecure
// crypto APIs.
//
// # Analyzer deprecated
//
// deprecated: report deprecated, insecure crypto APIs
//
// The analyzer reports uses (calls and function values) of APIs that Go or
// golang.org/x/crypto mark "Deprecated:" because they are insecure, not
// merely superseded. Each finding names the API, why it is insecure and
// what to use instead:
//
//   - x509.DecryptPEMBlock and x509.EncryptPEMBlock (Go 1.16): legacy PEM
//     encryption (RFC 1423) is unauthenticated and open to padding-oracle
//     attacks, and derives its key with a single MD5. Use PKCS #8 with a
//     modern KDF, or keep the key unencrypted in a secret store.
//     jwt.ParseRSAPrivateKeyFromPEMWithPassword (golang-jwt v3, v4, v5 and
//     dgrijalva/jwt-go) is deprecated because it calls DecryptPEMBlock.
//     x509.IsEncryptedPEMBlock only reads a header and is not reported.
//   - rsa.EncryptPKCS1v15, rsa.DecryptPKCS1v15,
//     rsa.DecryptPKCS1v15SessionKey and rsa.PKCS1v15DecryptOptions literals
//     (Go 1.26), and (*rsa.PrivateKey).Decrypt with nil options, which
//     performs the same decryption: PKCS #1 v1.5 encryption is open to
//     Bleichenbacher padding-oracle attacks (ROBOT, Marvin). Use
//     rsa.EncryptOAEP and rsa.DecryptOAEP. PKCS #1 v1.5 signatures
//     (rsa.SignPKCS1v15, rsa.VerifyPKCS1v15) remain approved and are not
//     reported.
//   - dsa.Sign (crypto/dsa, deprecated since Go 1.16): FIPS 186-5 no
//     longer approves DSA signatures. Use Ed25519 or ECDSA. dsa.Verify,
//     which checks legacy signatures, is not reported; DSA key generation
//     belongs to the keysize analyzer.
//   - curve25519.ScalarMult (golang.org/x/crypto): for a low-order point it
//     returns an all-zero shared secret instead of an error. Use
//     curve25519.X25519 or crypto/ecdh.
//   - golang.org/x/crypto/poly1305: a one-time authenticator, unsafe as a
//     general MAC. Use chacha20poly1305 or crypto/hmac.
//   - golang.org/x/crypto/bn256: the curve no longer gives 128-bit security
//     and the code is not constant time.
//
// A use inside a declaration that is itself deprecated (its doc comment has
// a "Deprecated: " paragraph) is not reported: such a wrapper passes the
// deprecation on to its callers, as staticcheck's SA1019 does.
//
// For the two packages deprecated as a whole (poly1305, bn256) the first use
// in each top-level declaration is reported, not every call.
//
// Deprecated APIs that other cryptovet analyzers report are left to them:
// DES, 3DES, RC4, Blowfish, CAST5, TEA, XTEA and the CFB and OFB modes
// (weakcipher); dsa.GenerateKey, dsa.GenerateParameters and elliptic.P224
// (keysize); MD4, MD5, SHA-1 and RIPEMD-160 (weakhash). APIs deprecated
// for other reasons than security (elliptic.Marshal, x509.ParseCRL,
// tls.Config.PreferServerCipherSuites, twofish, rsa.GenerateMultiPrimeKey)
// are not reported; staticcheck's SA1019 covers deprecation in general.
//
// Sources: the "Deprecated:" notes of Go 1.26 (api/go1.16.txt,
// api/go1.26.txt) and golang.org/x/crypto v0.59.0;
// draft-irtf-cfrg-rsa-guidance; FIPS 186-5; RFC 7748 §6.1.
package deprecated
