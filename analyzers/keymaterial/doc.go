// Package keymaterial defines an Analyzer that reports private keys and
// problem certificates in files embedded in the program.
//
// # Analyzer keymaterial
//
// keymaterial: report private keys and problem certificates in files embedded in the program
//
// The analyzer reads the key material that lives next to the code: the
// files a //go:embed directive compiles into the program, and the
// certificates written in string constants.
//
// Embedded private keys (CWE-321). A file embedded with //go:embed (into a
// string, a []byte or an embed.FS) that holds a PEM private key: any block
// type containing "PRIVATE KEY", such as PKCS #1 "RSA PRIVATE KEY", SEC 1
// "EC PRIVATE KEY", PKCS #8 "PRIVATE KEY", "ENCRYPTED PRIVATE KEY" and
// OpenSSH's "OPENSSH PRIVATE KEY". The finding is at the directive and
// names the file and the key type. A key compiled into the binary is known
// to everyone who has the source or the binary and cannot be rotated
// without a release; an encrypted key is reported too, because its
// passphrase has to ship with the program or it can be brute-forced
// offline. Load the key at run time from a secret store, a mounted file or
// the environment. Patterns are resolved as the go command does: globs,
// directories (without their files starting with '.' or '_', unless the
// pattern starts with "all:") and several patterns per directive. Private
// keys in Go string literals are the hardcodedkey analyzer's; public keys,
// certificates and certificate requests are not reported, nor are PEM
// blocks whose content is not a key (placeholders such as "...").
//
// Test files and testdata. A directive in a _test.go file is reported in
// that file, which the drivers leave out unless -tests is given, like any
// other finding in a test file. A file under a testdata directory embedded
// by non-test code is reported: it is shipped in the binary all the same.
//
// Certificates. PEM "CERTIFICATE" blocks in embedded files (reported at the
// directive, naming the file) and in string constants (literals,
// concatenations and constant declarations, reported at the literal; a
// certificate is reported once per package) are parsed with crypto/x509
// and checked, one finding per problem per certificate:
//
//   - Expired (CWE-298), or expiring within -expiry-days days (a warning).
//     The message gives the subject and the expiry date. An expired
//     certificate fails every TLS handshake that uses it; a certificate
//     bundled in the binary expires with it, the classic outage. Validity
//     is measured against -now, the current time by default; set it to
//     make the output reproducible.
//   - Signed with MD2, MD5 or SHA-1 (CWE-327): SHA1-RSA, ECDSA-SHA1,
//     DSA-SHA1, MD5-RSA, MD2-RSA. Chosen-prefix collisions make such
//     signatures forgeable (SHAttered 2017, "SHA-1 is a Shambles" 2020);
//     the CA/Browser Forum Baseline Requirements (§7.1.3.2) forbid SHA-1
//     certificate signatures, and Go's crypto/x509 rejects them since Go
//     1.18 (without the x509sha1 escape hatch since Go 1.24). The
//     self-signature of a self-signed certificate is not checked: a
//     self-signed certificate is a trust anchor, trusted because it is in
//     the root pool, and neither Go nor browsers verify its own signature
//     (RFC 5280 §6.1.1(d) takes a trust anchor's name and key, not its
//     signature), so a SHA-1 self-signed root is not reported.
//   - An RSA key shorter than -minbits bits (2048 by default, as in the
//     keysize analyzer): NIST SP 800-131A Rev 2 disallows RSA keys under
//     2048 bits for signatures since 2013, and the Baseline Requirements
//     (§6.1.5) require 2048 bits.
//   - A server certificate without subject alternative names: not a CA,
//     no DNS, IP, URI or e-mail SAN, and an extended key usage of
//     serverAuth. Go ignores the Common Name for host name verification
//     since Go 1.15 (RFC 6125 §6.4.4 keeps it only as a last resort, RFC
//     9525 drops it, and the Baseline Requirements require SANs), so every
//     handshake that checks the host name fails. When the certificate also
//     allows clientAuth, or has no extended key usage at all (reported as a
//     warning), it counts as a server's only when its Common Name looks
//     like a host name ("api.example.com", "localhost", an IP address):
//     client certificates, which need no SANs, name a person or a service.
//
// A file with several self-signed CA certificates is a trust store (a
// copy of the system roots, a vendor bundle): its roots are not checked
// one by one, since verification skips the expired or weak ones and uses
// the others; update the bundle as a whole. A certificate crypto/x509
// cannot parse is not reported.
//
// Embedded files are read with Pass.ReadFile when the driver allows it and
// from the package directory otherwise (the drivers of golang.org/x/tools
// do not list embedded files); files larger than 4 MiB are skipped.
//
// Sources: CA/Browser Forum Baseline Requirements (SHA-1 ban, 2048-bit
// RSA, SANs); RFC 5280 (validity, trust anchors); RFC 6125 and the Go 1.15
// release notes (Common Name ignored); NIST SP 800-131A Rev 2 (RSA 2048);
// CWE-321 (hard-coded cryptographic key), CWE-298 (improper validation of
// certificate expiration), CWE-327 (broken or risky cryptographic
// algorithm).
//
// Flags:
//
//	-now string        time to check validity at: RFC 3339 or YYYY-MM-DD
//	                   (default: the current time)
//	-expiry-days int   report certificates expiring within this many days
//	                   (default 30: certbot's renewal window)
//	-minbits int       smallest acceptable RSA modulus in bits (default 2048;
//	                   NIST SP 800-131A Rev 2, CA/B Forum BR §6.1.5)
package keymaterial
