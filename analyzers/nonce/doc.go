// Package nonce defines an Analyzer that reports constant, predictable or reused nonces and IVs.
//
// # Analyzer nonce
//
// nonce: report constant, predictable or reused nonces and IVs
//
// The analyzer reports the nonce or IV of an encryption (cipher.AEAD.Seal,
// cipher.NewCBCEncrypter, NewCTR, NewOFB, NewCFBEncrypter,
// chacha20.NewUnauthenticatedCipher, salsa20.XORKeyStream, secretbox.Seal,
// box.Seal and functions of this or another package that pass their
// argument to one of them) when it is:
//
//   - constant: a literal, a package variable or field only ever assigned a
//     constant, or a buffer that is never filled (all zero);
//   - predictable: computed from the clock (time.Now), or a hash of
//     constants or of the time;
//   - derived from the key: the key itself, a slice of it or a hash of it;
//   - reused: drawn once before a loop and given to every encryption in
//     the loop, kept in a struct field that is set once when the value is
//     built and used by every call, or given to two encryptions in a row
//     under the same AEAD.
//
// Why it matters: a nonce must never repeat under one key. With AES-GCM
// or ChaCha20-Poly1305 two messages under the same nonce reveal the XOR of
// their plaintexts and let an attacker forge messages (GCM leaks its
// authentication key); with CTR, OFB and stream ciphers the keystream
// repeats; a CBC IV must also be unpredictable, or chosen-plaintext attacks
// recover data (NIST SP 800-38D §8; NIST SP 800-38A Appendix C; RFC 8439
// §4; the cipher.AEAD documentation).
//
// What to do instead: draw a fresh random nonce for every message with
// crypto/rand (io.ReadFull(rand.Reader, nonce)) and store it with the
// ciphertext; or use cipher.NewGCMWithRandomNonce, which does it for you;
// or use a per-key message counter that never repeats (TLS 1.3 style); for
// many messages under one key prefer XChaCha20-Poly1305
// (chacha20poly1305.NewX), whose 24-byte nonces can be random.
//
// Not reported: decryption (Open, CBC decrypter, CFB decrypter) with a
// stored nonce; counters incremented per message; a random prefix followed
// by a counter; nonces derived by a KDF from a random salt; an empty nonce
// given to an AEAD from cipher.NewGCMWithRandomNonce; an IV filled by
// crypto/rand before use; a fixed nonce under a one-time key (a key drawn
// at random, or derived from a fresh shared secret, for this message);
// math/rand nonces (reported by the rand analyzer).
package nonce
