// Package tlsconfig defines an Analyzer that reports TLS configurations that allow obsolete protocol versions or cipher suites.
//
// # Analyzer tlsconfig
//
// tlsconfig: report TLS configurations that allow obsolete protocol versions or cipher suites
//
// TLS 1.0 and 1.1 rely on MD5 and SHA-1 in the handshake and on CBC
// constructions with known attacks (BEAST, Lucky13); RFC 8996 deprecates
// them and RFC 9325 §3.1 requires TLS 1.2 or later. Cipher suites with RC4,
// 3DES or RSA key exchange are broken or give no forward secrecy (RFC 7465,
// RFC 9325 §4.1). A configuration that allows them lets a peer, or an
// attacker who can influence the negotiation, get a connection whose
// traffic can be decrypted or forged. This is CWE-327 (a broken or risky
// algorithm) and CWE-757 (selection of a less-secure algorithm during
// negotiation).
//
// The analyzer reports, in crypto/tls.Config composite literals (at any
// depth) and in assignments to their fields:
//
//   - MinVersion below the threshold (TLS 1.2 by default), including the
//     deprecated tls.VersionSSL30, which crypto/tls no longer implements and
//     treats as TLS 1.0: it lets peers connect with the old versions.
//   - MaxVersion below the threshold: it caps every connection at an
//     obsolete version.
//   - CipherSuites elements that crypto/tls lists in
//     tls.InsecureCipherSuites(), computed when the analyzer runs, each at
//     its own range; through a variable or a helper, at the CipherSuites
//     setting, with the suites named.
//   - Renegotiation: tls.RenegotiateFreelyAsClient (a warning): the server
//     may renegotiate TLS 1.2 connections any number of times.
//   - KeyLogWriter set outside _test.go files to a writer chosen there
//     (os.Stderr, a file it opens; a warning): it writes the secrets of
//     every connection, and whoever reads the log decrypts the traffic. A
//     writer passed through from a parameter or a field (Clone, an options
//     struct) is the caller's choice and is not reported.
//
// A version may be a constant expression (tls.VersionTLS10, 0x0301, a named
// constant of any package), a variable assigned only that value (a
// package-level variable never reassigned, a local variable), or a helper
// function of the package whose every return statement yields such a
// constant; 0 (the default) is fine. A suggested fix replaces the value with
// tls.VersionTLS12 (the threshold's constant) when the file can name
// crypto/tls and the replaced expression uses no local variable.
//
// tls.RenegotiateOnceAsClient is not reported: some servers need it to
// request a client certificate after the handshake, crypto/tls requires the
// secure renegotiation extension (RFC 5746), and TLS 1.3 has no
// renegotiation, so one renegotiation is a compatibility setting, not a
// weakness.
//
// It also reports GODEBUG settings that restore weak TLS or X.509
// behaviour (Go doc/godebug.md):
//
//   - tls10server=1: servers without MinVersion accept TLS 1.0 and 1.1.
//   - tlsrsakex=1: the default cipher suites include RSA key exchange.
//   - tls3des=1: the default cipher suites include 3DES.
//   - tlssha1=1: SHA-1 signatures are allowed in TLS 1.2 handshakes
//     (RFC 9155).
//   - rsa1024min=0: crypto/rsa accepts RSA keys shorter than 1024 bits.
//   - tlsunsafeekm=1 (a warning): ExportKeyingMaterial works on connections
//     without TLS 1.3 or Extended Master Secret, whose keys are not unique
//     to the connection (RFC 7627).
//   - fips140ems=0 (a warning): FIPS 140-3 mode stops requiring Extended
//     Master Secret.
//   - x509sha1=1 (a note): SHA-1 signed certificates on toolchains before
//     Go 1.24, which removed the setting.
//   - default=goN with N older than the release that made the safe value
//     the default (Go 1.22 for tls10server, tlsrsakex and tlsunsafeekm, Go
//     1.23 for tls3des, Go 1.24 for rsa1024min, Go 1.25 for tlssha1), unless
//     the setting is given explicitly.
//
// Not reported, because they do not weaken the cryptography:
// x509negativeserial=1 (parsing leniency), x509rsacrt=0 (CRT values
// recomputed), x509sha256skid=0 (the key identifier is a name, not a
// security property), x509usepolicies, x509keypairleaf, tlsmaxrsasize (a
// denial-of-service limit), tlsmlkem=0 and tlssecpmlkem=0 (they drop the
// post-quantum hybrid key exchange, leaving X25519 or ECDHE, which are not
// broken), cryptocustomrand=1 (the rand analyzer reports non-cryptographic
// readers).
//
// The settings are read in three places: os.Setenv or syscall.Setenv of
// "GODEBUG" with a constant value, or a concatenation with constant parts
// (os.Getenv("GODEBUG") + ",tls3des=1"), reported at the call; //go:debug
// directives of main packages, reported at the directive (the toolchain
// ignores them in other packages); and the godebug lines of go.mod,
// reported at the line. go.mod findings are reported once per module, by
// the package in the first directory (depth first, lexical order, from the
// module root) that holds a Go file of the build, so that every package
// agrees on one reporter.
//
// Finally, the go line of go.mod sets the defaults of every GODEBUG
// setting: with go 1.21 or older (and no tls10server or later default=
// setting), crypto/tls servers accept TLS 1.0 and 1.1 unless MinVersion is
// set. A tls.Config literal that leaves MinVersion unset is then reported
// when it is a server's configuration: used as http.Server.TLSConfig or
// httptest.Server.TLS, passed to tls.Listen, tls.NewListener or tls.Server
// (directly, through a variable or through a helper's return), or setting
// GetCertificate, GetConfigForClient, ClientAuth or ClientCAs, or
// Certificates without any client field, and never used as a client's
// configuration. Clients are not affected: their default has been TLS 1.2
// since Go 1.18. The finding is a warning outside main packages, where the
// main module of the program decides.
//
// Not reported: values known only at run time (a parameter, a flag, a
// field of a configuration struct), version constants in comparisons and
// maps of version or suite names for logging, code that reads
// tls.InsecureCipherSuites() to refuse those suites. Findings in _test.go
// files are reported only with -tests, as for every analyzer.
//
// What to do instead: set MinVersion: tls.VersionTLS12 (or TLS 1.3 where
// every peer supports it) and leave MaxVersion and CipherSuites unset, so
// Go's maintained defaults apply; upgrade or proxy legacy peers rather than
// weakening every connection for them; remove weakening GODEBUG settings.
//
// Sources: RFC 8996 (deprecating TLS 1.0 and 1.1); RFC 9325 §3.1
// (protocol versions) and §4.1 (cipher suites); RFC 7465 (prohibiting RC4);
// RFC 9155 (SHA-1 in TLS 1.2 signatures); RFC 7627 (Extended Master
// Secret); Go doc/godebug.md and crypto/tls documentation; CWE-327,
// CWE-757.
//
// Flags:
//
//	-minversion string
//	    lowest acceptable TLS version for MinVersion and MaxVersion: 1.0,
//	    1.1, 1.2 or 1.3 (default "1.2", RFC 8996, RFC 9325 §3.1)
package tlsconfig
