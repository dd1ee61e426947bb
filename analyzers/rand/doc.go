// Package rand defines an Analyzer that reports math/rand values used for
// keys, nonces, salts and tokens.
//
// # Analyzer rand
//
// rand: report math/rand values used for keys, nonces, salts and tokens
//
// The analyzer reports values drawn from math/rand or math/rand/v2 that
// end up where security depends on their unpredictability, and math/rand
// generators passed as the random source of key generation. It does not
// report math/rand as such: jitter, backoff, shuffling, sampling, load
// balancing and test data are what the package is for.
//
// A value from math/rand is predictable. The package documentation says
// so: "This package's outputs might be easily predictable regardless of
// how it's seeded". A generator seeded with the time can be re-seeded by
// an attacker who tries the plausible seeds, and the state of the
// generators of math/rand and the PCG of math/rand/v2 can be recovered
// from a handful of outputs, after which every later (and earlier) value
// is known: session identifiers and reset codes can be guessed, keys and
// nonces recomputed (CWE-338, use of a cryptographically weak PRNG; CWE-330,
// insufficiently random values). Use crypto/rand: rand.Read for keys,
// nonces and salts, rand.Text for tokens, rand.Int for numeric codes, and
// rand.Reader (or nil where the API allows it) as the random source.
//
// Sources: the results of the functions and methods of math/rand and
// math/rand/v2 (rand.Intn, rand.IntN, r.Uint64, rand.Perm, ...), buffers
// filled by their Read (rand.Read, r.Read, a ChaCha8's Read), bytes read
// from a math/rand generator through an io.Reader (io.ReadFull(rng, b),
// r.Read(b)) and crypto/rand.Int over a math/rand reader. A value is built
// from such a source when it is computed from it: through conversions,
// arithmetic ('0'+rand.IntN(10)), encodings (hex, base64, strconv,
// fmt.Sprintf), appends, copies, strings.Builder and bytes.Buffer writes,
// and characters drawn from a constant alphabet by a random index
// (alphabet[rand.Intn(len(alphabet))]); and it travels through variables,
// struct fields, package variables, closures, the parameters and results
// of functions of the package and, with the facts of passes/provenance,
// through wrappers of other packages. A random index into a collection
// that is not constant (backends[rand.IntN(n)]) picks an element; it does
// not make one, and is not followed.
//
// Sinks:
//
//   - the key, nonce or IV, salt, password, passphrase and seed parameters
//     of the crypto APIs in the table of passes/cryptoapi (aes.NewCipher,
//     AEAD Seal, hmac.New, pbkdf2.Key, secretbox.Seal, ed25519.NewKeyFromSeed,
//     jwt's SignedString, ...), directly or through wrappers;
//   - the random source of APIs whose output is secret: ed25519.GenerateKey,
//     nacl/box.GenerateKey and SealAnonymous, nacl/sign.GenerateKey,
//     dsa.GenerateKey and GenerateParameters, rsa.EncryptOAEP (the seed;
//     reported as a warning), x509.CreateCertificate (the serial number when
//     the template has none, CA/Browser Forum Baseline Requirements §7.1;
//     a warning); and rsa.GenerateKey, rsa.GenerateMultiPrimeKey,
//     ecdsa.GenerateKey, ecdh's Curve.GenerateKey, rsa.EncryptPKCS1v15 and
//     dsa.Sign only when the reader is used: since Go 1.26 these APIs ignore
//     it and always use a secure source unless GODEBUG=cryptocustomrand=1
//     (Go doc/godebug.md, "Go 1.26"). The analyzer decides by the go line of
//     the package's module (pass.Module.GoVersion, else the files' Go
//     version): before 1.26, or when a //go:debug directive of the package
//     or a godebug line of go.mod sets cryptocustomrand=1, they are sinks.
//     Signing is not a sink: ECDSA hedges its nonce with the private key,
//     RSA PKCS #1 v1.5 and Ed25519 are deterministic, and PSS salts and RSA
//     blinding do not need secrecy;
//   - tokens and session identifiers, recognised by name because no API
//     marks them: a value returned by a function, assigned to a variable
//     or field, stored in a map or slice, or passed to a parameter whose
//     name says token, secret, password (passwd, passphrase, pw, pwd), OTP
//     (otp, totp, hotp), nonce, salt, IV, CSRF (csrf, xsrf), API key, session
//     (session alone, or session ID, key, token, secret, cookie, value; sid),
//     a qualified key (access, secret, private, signing, encryption, session,
//     auth, HMAC, master, license, client, bearer key) or a qualified code
//     (reset, verification, confirmation, invite, recovery, login, PIN,
//     activation, access, SMS, email, magic, pairing, MFA, security, backup,
//     unlock code). A bare "code" counts for text only, never for a number
//     (an HTTP status). Names about the secret rather than its value do not
//     count: words such as len, size, count, ttl, timeout, expiry, delay,
//     interval, jitter, backoff, retry, index, limit, rate, bucket, shard,
//     sample, weight, type, kind, name, id, prefix, header, url, path, file
//     and cache make "tokenTTL", "sessionTimeout" or "tokenID" ordinary
//     names. A function with a generic name (NewID, NewKey, Generate) is
//     read with its package's name: sessions.NewID returns a session
//     identifier, apikeys.NewKey an API key. The Value of an http.Cookie
//     whose Name says session or token is a sink too. Only strings, byte
//     slices and arrays and integers count (integers not for a nonce or
//     IV, see below), not durations, floats or booleans.
//
// The finding is reported at the math/rand call, where the fix goes, with
// the sink as a related location; a random source is reported at the
// argument of the key generation, with the generator's construction as a
// related location. A math/rand Read into a buffer has a suggested fix
// that reads from crypto/rand instead (same signature): it uses an
// existing crypto/rand import, turns a math/rand import that the fix
// leaves unused into crypto/rand, or adds crypto/rand (as crand when the
// name rand is taken).
//
// Not reported: math/rand values that reach none of these sinks; a
// ChaCha8 of math/rand/v2 seeded with bytes from crypto/rand, which the
// package documents as a cryptographically strong generator (its output
// is as unpredictable as its 32-byte seed), and a rand.Rand over one. The
// seed counts when everything it is made of comes from crypto/rand (a
// buffer that rand.Read fills, a helper of the package that returns one).
// A generator stored as an interface and asserted back, such as a
// *ChaCha8 taken out of a sync.Pool, cannot be traced to its NewChaCha8
// call: it is strong when every rand.NewChaCha8 call of the package (for
// a *rand.Rand, every rand.New) makes a strong generator. Across
// packages, a function whose results carry math/rand output only from
// such generators says so in a fact, and its callers are not reported. A
// ChaCha8 seeded with a constant, the time, math/rand output or a value
// the analyzer cannot trace (a parameter) is still reported; the random
// source of APIs that ignore it; an integer that only its name calls a
// nonce or IV (a parameter, field or variable named nonce or iv, of a
// function or type outside the crypto API table), such as an Ethereum
// account nonce (types.NewTransaction(nonce uint64, ...)), a block's
// proof-of-work Nonce or a replay counter: these must be unique or
// increasing, not unpredictable, and a cryptographic nonce or IV is a
// byte string ([]byte, [N]byte, string), or an integer only where an API
// of the table takes it. Integer session identifiers, tokens and codes
// named so are still reported, as are byte-string nonces named so,
// whatever function they are passed to. Findings in _test.go files are
// reported only with -tests, as for every analyzer.
package rand
