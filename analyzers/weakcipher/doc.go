// Package weakcipher defines an Analyzer that reports encryption with broken or 64-bit-block ciphers and deprecated modes.
//
// # Analyzer weakcipher
//
// weakcipher: report encryption with broken or 64-bit-block ciphers and deprecated modes
//
// The analyzer reports the construction of a cipher that is broken or has a
// 64-bit block:
//
//   - DES (crypto/des NewCipher): a 56-bit key, found by exhaustive search
//     in hours, and a 64-bit block.
//   - 3DES (crypto/des NewTripleDESCipher): a 64-bit block, so that
//     ciphertext collisions appear after about 2^32 blocks (32 GiB) under
//     one key and reveal plaintext (Sweet32, CVE-2016-2183). NIST SP
//     800-131A Rev 2 disallows 3DES for encryption after 2023.
//   - RC4 (crypto/rc4 NewCipher): biased keystream bytes reveal plaintext
//     that is encrypted many times; RFC 7465 prohibits RC4 in TLS and RFC
//     8758 in SSH.
//   - Blowfish (NewCipher), CAST5, TEA (NewCipher,
//     NewCipherWithRounds) and XTEA from golang.org/x/crypto: 64-bit blocks
//     (Sweet32); TEA also has equivalent keys and related-key attacks.
//     x/crypto deprecates all four packages.
//
// A finding is placed at the call of the constructor, or at the reference
// when the constructor is used as a function value (assigned to a
// variable, stored in a map of constructors, passed as an argument), since
// every cipher made through that value is weak. Decrypting legacy data is
// reported too: the constructor call is the use of the weak cipher.
//
// Use AES in an AEAD mode instead: aes.NewCipher with cipher.NewGCM (or
// cipher.NewGCMWithRandomNonce), or golang.org/x/crypto/chacha20poly1305.
// Data that must still be read in a legacy format should be decrypted once
// and re-encrypted.
//
// With -modes (on by default) the analyzer also reports, as warnings, the
// CFB and OFB modes (crypto/cipher NewCFBEncrypter, NewCFBDecrypter and
// NewOFB), which Go 1.24 deprecated: they are unauthenticated, so an
// attacker can flip plaintext bits unless a MAC covers the ciphertext. Use
// an AEAD, or NewCTR with a MAC where a stream mode is required.
//
// Not reported: algorithm names in strings (a configuration validator that
// rejects "des" or "rc4"), AES in any mode other than CFB and OFB, AES-XTS
// (golang.org/x/crypto/xts), Twofish (a 128-bit block, not broken), and
// imports: the finding belongs at the use. Nor is blowfish.NewSaltedCipher,
// the salted key schedule of bcrypt and bcrypt_pbkdf (it exists "for bcrypt
// compatibility"): those password hashes encrypt a fixed text 64 times and
// do not rest on the block size. Nor are the calls that a cipher's own
// package makes of its constructors (tea.NewCipher calling
// NewCipherWithRounds): the package that implements a cipher chooses
// nothing, its users do. The weakness is CWE-327 (use of
// a broken or risky cryptographic algorithm).
package weakcipher
