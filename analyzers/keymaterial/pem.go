package keymaterial

// This file reads PEM data: it names the private keys it holds and checks
// the certificates.

import (
	"bytes"
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/md5"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"encoding/asn1"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

// pemContents is what a PEM file or string holds.
type pemContents struct {
	Keys  []string // descriptions of the private keys, such as "an RSA private key"
	Certs []*x509.Certificate
}

// readPEM decodes every PEM block of data. Blocks that do not decode, and
// key blocks whose content is not a key (a placeholder such as
// "-----BEGIN PRIVATE KEY-----\n...\n"), are skipped.
func readPEM(data []byte) pemContents {
	var pc pemContents
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return pc
		}
		switch {
		case b.Type == "CERTIFICATE":
			if c, err := x509.ParseCertificate(b.Bytes); err == nil {
				pc.Certs = append(pc.Certs, c)
			}
		case strings.Contains(b.Type, "PRIVATE KEY"):
			if k := describeKey(b); k != "" {
				pc.Keys = append(pc.Keys, k)
			}
		}
	}
}

// describeKey names the private key of a PEM block, such as "an RSA
// private key" or "an encrypted OpenSSH ssh-ed25519 private key", or
// returns "" when the block holds no key.
func describeKey(b *pem.Block) string {
	if len(b.Bytes) == 0 {
		return ""
	}
	if b.Type == "OPENSSH PRIVATE KEY" {
		return describeOpenSSHKey(b.Bytes)
	}
	// A legacy encrypted PEM block (RFC 1421 Proc-Type header) holds
	// ciphertext; every other format is DER.
	if strings.Contains(b.Headers["Proc-Type"], "ENCRYPTED") {
		return "an encrypted " + strings.TrimSuffix(b.Type, " PRIVATE KEY") + " private key"
	}
	if !isDERSequence(b.Bytes) {
		return ""
	}
	switch b.Type {
	case "RSA PRIVATE KEY":
		return "an RSA private key"
	case "EC PRIVATE KEY":
		return "an EC private key"
	case "DSA PRIVATE KEY":
		return "a DSA private key"
	case "ENCRYPTED PRIVATE KEY":
		return "an encrypted PKCS #8 private key"
	case "PRIVATE KEY":
		k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
		if err != nil {
			return "a PKCS #8 private key"
		}
		switch k := k.(type) {
		case *rsa.PrivateKey:
			return "an RSA private key"
		case *ecdsa.PrivateKey:
			return "an ECDSA " + k.Curve.Params().Name + " private key"
		case ed25519.PrivateKey:
			return "an Ed25519 private key"
		case *ecdh.PrivateKey:
			return fmt.Sprintf("an ECDH %v private key", k.Curve())
		}
		return "a PKCS #8 private key"
	}
	return fmt.Sprintf("a private key (PEM type %q)", b.Type)
}

// isDERSequence reports whether der is exactly one DER SEQUENCE, as every
// DER private key format is.
func isDERSequence(der []byte) bool {
	var v asn1.RawValue
	rest, err := asn1.Unmarshal(der, &v)
	return err == nil && len(rest) == 0 && v.Class == asn1.ClassUniversal && v.Tag == asn1.TagSequence && v.IsCompound
}

// describeOpenSSHKey names the key of an "openssh-key-v1" private key file
// (the PROTOCOL.key format of OpenSSH): its cipher says whether it is
// encrypted, its first public key names the key type.
func describeOpenSSHKey(data []byte) string {
	const magic = "openssh-key-v1\x00"
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return ""
	}
	next := func() string {
		if len(rest) < 4 {
			ok = false
			return ""
		}
		n := binary.BigEndian.Uint32(rest)
		if uint64(n) > uint64(len(rest)-4) {
			ok = false
			return ""
		}
		s := string(rest[4 : 4+n])
		rest = rest[4+n:]
		return s
	}
	cipher := next()
	next() // kdf name
	next() // kdf options
	if !ok || len(rest) < 4 || binary.BigEndian.Uint32(rest) == 0 {
		return ""
	}
	rest = rest[4:]
	pub := next()
	if !ok {
		return ""
	}
	rest = []byte(pub)
	keyType := next()
	if !ok || keyType == "" {
		keyType = "unknown-type"
	}
	if cipher != "none" {
		return "an encrypted OpenSSH " + keyType + " private key"
	}
	return "an OpenSSH " + keyType + " private key"
}

// problem is one finding about a certificate: the message without the
// certificate's name, and the category that lowers its level, if any.
type problem struct {
	Message  string
	Category string
}

// certChecker holds the thresholds of one run.
type certChecker struct {
	Now        time.Time
	ExpiryDays int
	MinBits    int
}

// check returns the problems of the certificates of one file or string,
// certificate by certificate, in order.
func (cc *certChecker) check(certs []*x509.Certificate) [][]problem {
	// A file with several self-signed CA certificates is a trust store
	// (a copy of the system roots, a vendor bundle): verification uses the
	// roots that are valid and ignores the others, so they are not checked
	// one by one.
	roots := 0
	for _, c := range certs {
		if isRoot(c) {
			roots++
		}
	}
	out := make([][]problem, len(certs))
	for i, c := range certs {
		if roots > 1 && isRoot(c) {
			continue
		}
		out[i] = cc.checkOne(c)
	}
	return out
}

func (cc *certChecker) checkOne(c *x509.Certificate) []problem {
	var ps []problem
	add := func(category, format string, args ...any) {
		ps = append(ps, problem{fmt.Sprintf(format, args...), category})
	}

	// Validity.
	notAfter := c.NotAfter.UTC()
	left := notAfter.Sub(cc.Now)
	switch {
	case left < 0:
		add("", "expired on %s; renew it before it breaks TLS handshakes", date(notAfter))
	case left < time.Duration(cc.ExpiryDays)*24*time.Hour:
		add(analysisutil.LevelWarning, "expires on %s, %s; renew it before it breaks TLS handshakes", date(notAfter), inDays(left))
	}

	// Signature. The signature of a self-signed certificate is never
	// verified: it is a trust anchor, accepted for being in the root pool.
	if weakSignature(c.SignatureAlgorithm) && !selfSigned(c) {
		add("", "is signed with %v: SHA-1 and MD5 collisions make such signatures forgeable, and Go (since 1.18) and browsers reject them; reissue it signed with SHA-256",
			c.SignatureAlgorithm)
	}

	// Key size.
	if pub, ok := c.PublicKey.(*rsa.PublicKey); ok && pub.N.BitLen() < cc.MinBits {
		add("", "has a %d-bit RSA key, below the %d-bit minimum of NIST SP 800-131A; reissue it with a key of %d bits or more",
			pub.N.BitLen(), cc.MinBits, cc.MinBits)
	}

	// Subject alternative names.
	if sure, ok := serverWithoutSANs(c); ok {
		category := analysisutil.LevelWarning
		if sure {
			category = ""
		}
		add(category, "is a server certificate without subject alternative names: Go ignores the Common Name since 1.15, so hostname verification fails; reissue it with the host names as DNS SANs")
	}
	return ps
}

// weakSignature reports whether alg hashes with MD2, MD5 or SHA-1.
func weakSignature(alg x509.SignatureAlgorithm) bool {
	switch alg {
	case x509.MD2WithRSA, x509.MD5WithRSA, x509.SHA1WithRSA, x509.DSAWithSHA1, x509.ECDSAWithSHA1:
		return true
	}
	return false
}

// isRoot reports whether c is a self-signed CA certificate (or a version 1
// self-signed certificate, which has no basic constraints and acts as one).
func isRoot(c *x509.Certificate) bool {
	return selfSigned(c) && (c.IsCA || !c.BasicConstraintsValid)
}

// selfSigned reports whether c is signed by its own key: issuer and
// subject are the same name, the key identifiers (when both are present)
// agree, and the signature verifies with c's public key, or cannot be
// checked by Go (MD2, DSA, keys crypto/rsa refuses).
func selfSigned(c *x509.Certificate) bool {
	if !bytes.Equal(c.RawIssuer, c.RawSubject) {
		return false
	}
	if len(c.AuthorityKeyId) > 0 && len(c.SubjectKeyId) > 0 && !bytes.Equal(c.AuthorityKeyId, c.SubjectKeyId) {
		return false
	}
	var h crypto.Hash
	var digest []byte
	switch c.SignatureAlgorithm {
	case x509.MD5WithRSA:
		sum := md5.Sum(c.RawTBSCertificate)
		h, digest = crypto.MD5, sum[:]
	case x509.SHA1WithRSA, x509.ECDSAWithSHA1:
		sum := sha1.Sum(c.RawTBSCertificate)
		h, digest = crypto.SHA1, sum[:]
	default:
		// x509 refuses to verify MD5 and SHA-1 signatures, hence the
		// cases above.
		err := c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature)
		var insecure x509.InsecureAlgorithmError
		return err == nil || errors.As(err, &insecure) || errors.Is(err, x509.ErrUnsupportedAlgorithm)
	}
	switch pub := c.PublicKey.(type) {
	case *rsa.PublicKey:
		err := rsa.VerifyPKCS1v15(pub, h, digest, c.Signature)
		return err == nil || !errors.Is(err, rsa.ErrVerification)
	case *ecdsa.PublicKey:
		return ecdsa.VerifyASN1(pub, digest, c.Signature)
	}
	return false
}

// serverWithoutSANs reports whether c is a server certificate without
// subject alternative names. A certificate whose extended key usage is
// serverAuth (or any) without clientAuth is one, and sure is set. When the
// extended key usage allows client authentication too, or is absent, the
// certificate counts as a server's only if its Common Name looks like a
// host name (sure is set in the first case): client certificates name a
// person or a service.
func serverWithoutSANs(c *x509.Certificate) (sure, ok bool) {
	if c.IsCA || len(c.DNSNames) > 0 || len(c.IPAddresses) > 0 || len(c.URIs) > 0 || len(c.EmailAddresses) > 0 {
		return false, false
	}
	var server, client bool
	for _, u := range c.ExtKeyUsage {
		switch u {
		case x509.ExtKeyUsageServerAuth:
			server = true
		case x509.ExtKeyUsageClientAuth:
			client = true
		case x509.ExtKeyUsageAny:
			server, client = true, true
		}
	}
	switch {
	case server && !client:
		return true, true
	case server:
		return true, hostnameLike(c.Subject.CommonName)
	case len(c.ExtKeyUsage) == 0 && len(c.UnknownExtKeyUsage) == 0:
		return false, hostnameLike(c.Subject.CommonName)
	}
	return false, false
}

// hostnameLike reports whether cn is a host name with at least two labels
// (a wildcard first label allowed), "localhost" or an IP address: the
// Common Names that clients before Go 1.15 matched against the host.
func hostnameLike(cn string) bool {
	if cn == "localhost" || net.ParseIP(cn) != nil {
		return true
	}
	labels := strings.Split(strings.TrimSuffix(cn, "."), ".")
	if len(labels) < 2 {
		return false
	}
	for i, l := range labels {
		if i == 0 && l == "*" {
			continue
		}
		if l == "" {
			return false
		}
		for _, r := range l {
			if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-' || r == '_') {
				return false
			}
		}
	}
	// The top-level label of a host name is not all digits.
	tld := labels[len(labels)-1]
	return strings.Trim(tld, "0123456789") != ""
}

// certName names a certificate in messages: its subject, or its serial
// number when the subject is empty.
func certName(c *x509.Certificate) string {
	if s := c.Subject.String(); s != "" {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("with serial %v", c.SerialNumber)
}

func date(t time.Time) string { return t.UTC().Format(time.DateOnly) }

func inDays(d time.Duration) string {
	switch n := int(d / (24 * time.Hour)); n {
	case 0:
		return "in less than a day"
	case 1:
		return "in 1 day"
	default:
		return fmt.Sprintf("in %d days", n)
	}
}
