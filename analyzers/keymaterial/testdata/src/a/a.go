package a

import (
	"embed"
	_ "embed"
)

// Certificates, one file each, checked with -now=2026-06-01.

// want +2 `^embedded certificate "CN=expired.example.com" \(certs/expired.pem\) expired on 2025-01-31; renew it before it breaks TLS handshakes$`
//
//go:embed certs/expired.pem
var expiredPEM []byte

// want +2 `^embedded certificate "CN=soon.example.com" \(certs/soon.pem\) expires on 2026-06-15, in 14 days; renew it`
//
//go:embed certs/soon.pem
var soonPEM string

// want +2 `^embedded certificate "CN=legacy.example.com" \(certs/sha1.pem\) is signed with SHA1-RSA: SHA-1 and MD5 collisions make such signatures forgeable`
//
//go:embed certs/sha1.pem
var sha1PEM []byte

// want +2 `^embedded certificate "CN=small.example.com" \(certs/weakkey.pem\) has a 1024-bit RSA key, below the 2048-bit minimum`
//
//go:embed certs/weakkey.pem
var weakKeyPEM []byte

// want +2 `^embedded certificate "CN=intranet.example.com" \(certs/nosan.pem\) is a server certificate without subject alternative names: Go ignores the Common Name since 1.15`
//
//go:embed certs/nosan.pem
var noSANPEM []byte

// A server certificate whose only SAN is an IP address.
//
//go:embed certs/ip.pem
var ipPEM []byte

// A modern certificate, the CA that issued it, and a client certificate
// (without SANs, as client certificates often are).
var (
	//go:embed certs/good.pem
	goodPEM []byte

	//go:embed certs/root.pem
	rootPEM []byte

	//go:embed certs/client.pem
	clientPEM []byte

	// Server and client usage, named after a service: an mTLS client.
	//go:embed certs/mtls.pem
	mtlsPEM []byte

	// Without extended key usage: a service name is a client's.
	//go:embed certs/service.pem
	servicePEM []byte

	// ... but a host name is a server's.
	// want +1 `^embedded certificate "CN=db.internal.example.com" \(certs/host-noeku.pem\) is a server certificate without subject alternative names`
	//go:embed certs/host-noeku.pem
	hostPEM []byte
)

// A SHA-1 self-signed root: its self-signature is never verified.
//
//go:embed certs/sha1root.pem
var legacyRootPEM []byte

// A chain file: an expired leaf, then its SHA-1-signed intermediate, then
// the root. One finding per problem per certificate.
//
// want +2 `^embedded certificate "CN=shop.example.com" \(certs/chain.pem\) expired on 2026-03-31` `^embedded certificate "CN=Cryptovet SHA-1 Intermediate,O=Cryptovet Tests" \(certs/chain.pem\) is signed with SHA1-RSA`
//
//go:embed certs/chain.pem
var chainPEM []byte

// A trust store: an expired root and a SHA-1 1024-bit root among valid ones.
//
//go:embed roots/bundle.pem
var bundlePEM []byte

// Private keys.

// want +2 `^embedded file keys/server.key holds an EC private key: whoever has the source or the binary has the key; load it at run time from a secret store`
//
//go:embed keys/server.key
var serverKey []byte

// A public key is not a secret.
//
//go:embed keys/public.pem
var publicKey []byte

// Placeholders that hold no key.
var (
	//go:embed keys/placeholder.key
	placeholderKey string
	//go:embed keys/zero.key
	zeroKey string
)

// A glob, several patterns in one directive, quoted patterns.
//
// want +2 `embedded file keys/legacy.key holds an encrypted RSA private key` `embedded file keys/server.key holds an EC private key` `embedded file keys/service.key holds an RSA private key` `embedded file keys/vault.key holds an encrypted PKCS #8 private key` `embedded file keys/id_ed25519 holds an OpenSSH ssh-ed25519 private key` `embedded file keys/id_ecdsa holds an encrypted OpenSSH ecdsa-sha2-nistp256 private key`
//
//go:embed keys/*.key "keys/id_ed25519" `keys/id_ecdsa`
var keys embed.FS

// Files under testdata embedded by non-test code are in the binary.
//
// want +2 `embedded file testdata/dev.key holds an ECDSA P-256 private key`
//
//go:embed testdata/dev.key testdata/dev.pem
var devFiles embed.FS

// A directory: files starting with '.' or '_' are left out...
//
// want +2 `^embedded certificate "CN=www.example.com" \(site/tls/cert.pem\) expired on 2025-12-31`
//
//go:embed site
var site embed.FS

// ... unless the pattern starts with "all:".
//
// want +2 `embedded file site/.backup.key holds an ECDSA P-256 private key` `embedded file site/_old/tls.key holds an EC private key` `\(site/tls/cert.pem\) expired on 2025-12-31`
//
//go:embed all:site
var siteAll embed.FS

// Not directives: a comment that talks about one, and a directive on a
// variable of a type //go:embed does not accept (a compile error).
//
// To ship the key, write //go:embed keys/server.key above a variable.
var notEmbedded []byte

func use() {
	_, _, _, _, _ = expiredPEM, soonPEM, sha1PEM, weakKeyPEM, noSANPEM
	_, _, _, _, _, _ = ipPEM, goodPEM, rootPEM, clientPEM, servicePEM, hostPEM
	_, _, _, _ = legacyRootPEM, chainPEM, bundlePEM, serverKey
	_, _, _, _, _, _ = publicKey, placeholderKey, zeroKey, keys, devFiles, site
	_, _, _ = siteAll, notEmbedded, pinned
	_ = certs
	_ = mtlsPEM
}
