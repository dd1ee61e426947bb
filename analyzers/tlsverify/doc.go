// Package tlsverify defines an Analyzer that reports TLS configurations that do not verify the peer's certificate.
//
// # Analyzer tlsverify
//
// tlsverify: report TLS configurations that do not verify the peer's certificate
//
// A TLS connection authenticates the peer only if its certificate chain is
// verified up to a trusted root and matches the expected name. Without
// that, anyone on the network path (a Wi-Fi access point, a compromised
// router, a malicious pod on the same node) can present a certificate of
// their own, read and change all traffic, and collect the credentials sent
// over it. This is CWE-295, Improper Certificate Validation.
//
// The analyzer reports:
//
//   - InsecureSkipVerify set to true in a crypto/tls.Config: in a composite
//     literal, at any depth (http.Transport{TLSClientConfig: &tls.Config{...}},
//     a struct field, a map element), or by an assignment
//     (cfg.InsecureSkipVerify = true, t.TLSClientConfig.InsecureSkipVerify =
//     true). The value may be a constant of any package, a constant
//     expression (!false), a variable assigned only that value, or a helper
//     function of the package that returns it. A setting inside a branch of
//     an if statement or a switch case is reported as a warning, naming the
//     condition.
//   - InsecureSkipVerify: true together with a VerifyPeerCertificate or
//     VerifyConnection callback that accepts every certificate, so it does
//     not replace the verification that was switched off.
//   - A callback that accepts every certificate where it is the only check:
//     with InsecureSkipVerify set from a value known only at run time (a
//     flag; a warning), or on a server whose ClientAuth is
//     tls.RequestClientCert or tls.RequireAnyClientCert, which request client
//     certificates without verifying them.
//
// A callback (a function literal, a function or method of the package, or
// the result of a factory function of the package) verifies when it calls
// (*x509.Certificate).Verify, CheckSignatureFrom or CheckSignature and acts
// on the error, compares the certificate, its raw bytes, its public key or
// a fingerprint of them with another value (==, bytes.Equal,
// subtle.ConstantTimeCompare, a key's Equal method, a lookup in a map of
// pins), checks a signature with crypto/ecdsa, crypto/rsa or
// crypto/ed25519, or does so in a helper function of the package. A
// callback accepts every certificate when it does none of these: it returns
// nil on every path, or it only looks at fields that the peer's own
// self-signed certificate sets to anything: the subject or issuer names
// (CommonName, Organization), DNSNames, the host name (VerifyHostname),
// serial number, validity dates or extensions. Those checks are meaningful
// only on a chain that has been verified.
//
// Not reported:
//
//   - InsecureSkipVerify: false, or a value known only at run time (a flag,
//     a configuration field), when no callback is involved: unknown values
//     are not guessed.
//   - InsecureSkipVerify: true with a callback that verifies, with a callback
//     the analysis cannot see (a parameter, another package's function), or
//     with a callback that hands the certificate to code it cannot follow
//     (another package, a function value, a field or variable outside the
//     callback, for a check after the handshake).
//   - A callback on a configuration whose chain is verified normally:
//     VerifyConnection that only adds a check on top of the verification is
//     fine, whatever it checks.
//   - A configuration handed to a function of the package that sets a
//     tls.Config field, which may add the replacement check.
//   - A configuration used only by a server (http.Server.TLSConfig,
//     tls.Listen, tls.NewListener, tls.Server), where InsecureSkipVerify has
//     no effect.
//   - A configuration whose connections' certificates are checked after the
//     handshake, as self-signed peer-to-peer protocols (the peer is
//     identified by its certificate's fingerprint) and ACME tls-alpn-01
//     validation (RFC 8737) do: none of the above is reported for it when the
//     package that builds it contains such a check (a check in a _test.go
//     file counts only for configurations in test files), or when the
//     configuration is passed, directly or through variables and functions of
//     the package, to a function of another package analysed with it that
//     contains one (a package fact; methods called through an interface do
//     not count). A configuration built by another package and changed here
//     (cfg := helper(); cfg.InsecureSkipVerify = true) is followed through
//     the uses of its variable. A check reads the PeerCertificates field of a
//     crypto/tls.ConnectionState, or of a pointer to one, that holds a
//     completed handshake, and takes a certificate from it: indexes the
//     slice, ranges over its elements, or passes it to a function that is not
//     a built-in (len, cap), directly or through local variables; len() alone
//     is not a check. The state holds a completed handshake when it comes
//     from a ConnectionState method (conn.ConnectionState()), from a struct
//     field (resp.TLS, req.TLS), or from a parameter of a function of the
//     package that is only ever called directly, each time with such a state.
//     What a VerifyConnection callback receives (a parameter of a function
//     literal, or of a function used as a value) is judged as a callback,
//     above. The check is not judged further: what the program accepts after
//     the handshake is its own protocol's decision.
//
// What to do instead: trust the server's private CA with RootCAs (built
// with x509.NewCertPool and AppendCertsFromPEM) instead of switching
// verification off. If the name to verify differs from the dialled
// address, set ServerName, or keep InsecureSkipVerify and verify the chain
// in VerifyConnection with (*x509.Certificate).Verify, as in the crypto/tls
// documentation's VerifyConnection example. To pin a key, compare the SHA-256
// of RawSubjectPublicKeyInfo with the pin, preferably on top of normal
// verification.
//
// Sources: CWE-295; crypto/tls documentation of Config.InsecureSkipVerify
// ("This should be used only for testing or in combination with
// VerifyConnection or VerifyPeerCertificate"); RFC 9325, Security
// Considerations, "Host Name Validation", and RFC 9525 (the client verifies
// the server's identity against the name it intended to reach).
//
// The analyzer has no flags.
package tlsverify
