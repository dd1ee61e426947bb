//go:build ignore

// gencerts writes the keys and certificates of the keymaterial tests: the
// PEM files of testdata/src/a and testdata/src/b, the file
// testdata/src/a/literal.go (certificates in string constants), and the
// PEM files of the end-to-end fixture module ../../testdata/keymaterial.
//
// Run it from analyzers/keymaterial:
//
//	go run testdata/gencerts.go
//
// Keys are random, so the files change at every run, but subjects,
// serial numbers and validity dates are fixed: the findings, checked
// against -now=2026-06-01, do not.
package main

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
	"log"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"text/template"
	"time"

	"golang.org/x/crypto/ssh"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		log.Fatal(err)
	}
	return t
}

// endOf is the last second of a day: certificates end on 23:59:59.
func endOf(s string) time.Time { return day(s).Add(24*time.Hour - time.Second) }

var serial int64

type cert struct {
	tmpl *x509.Certificate
	key  crypto.Signer
	der  []byte
}

func ecKey() crypto.Signer {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		log.Fatal(err)
	}
	return k
}

func rsaKey(bits int) crypto.Signer {
	k, err := rsa.GenerateKey(rand.Reader, bits)
	if err != nil {
		log.Fatal(err)
	}
	return k
}

// issue signs tmpl with parent (or self-signs it when parent is nil).
func issue(tmpl *x509.Certificate, key crypto.Signer, parent *cert) *cert {
	serial++
	tmpl.SerialNumber = big.NewInt(1000 + serial)
	c := &cert{tmpl: tmpl, key: key}
	signer, parentTmpl := key, tmpl
	if parent != nil {
		signer, parentTmpl = parent.key, parent.tmpl
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parentTmpl, key.Public(), signer)
	if err != nil {
		log.Fatalf("%s: %v", tmpl.Subject, err)
	}
	c.der = der
	return c
}

func root(cn string, key crypto.Signer, from, to string, alg x509.SignatureAlgorithm) *cert {
	return issue(&x509.Certificate{
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"Cryptovet Tests"}},
		NotBefore:             day(from),
		NotAfter:              endOf(to),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		SignatureAlgorithm:    alg,
	}, key, nil)
}

func intermediate(cn string, parent *cert, alg x509.SignatureAlgorithm) *cert {
	return issue(&x509.Certificate{
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"Cryptovet Tests"}},
		NotBefore:             day("2024-01-01"),
		NotAfter:              endOf("2034-12-31"),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		SignatureAlgorithm:    alg,
	}, ecKey(), parent)
}

// leaf issues a server certificate for cn (also its DNS SAN unless noSAN).
func leaf(cn string, parent *cert, key crypto.Signer, from, to string, alg x509.SignatureAlgorithm, noSAN bool) *cert {
	t := &x509.Certificate{
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             day(from),
		NotAfter:              endOf(to),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		SignatureAlgorithm:    alg,
	}
	if !noSAN {
		t.DNSNames = []string{cn}
	}
	return issue(t, key, parent)
}

func certPEM(cs ...*cert) []byte {
	var b bytes.Buffer
	for _, c := range cs {
		pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: c.der})
	}
	return b.Bytes()
}

func pkcs8PEM(k crypto.Signer) []byte {
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		log.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
}

func ecPEM(k crypto.Signer) []byte {
	der, err := x509.MarshalECPrivateKey(k.(*ecdsa.PrivateKey))
	if err != nil {
		log.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der})
}

func publicPEM(k crypto.Signer) []byte {
	der, err := x509.MarshalPKIXPublicKey(k.Public())
	if err != nil {
		log.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

// encryptedPKCS8PEM builds an "ENCRYPTED PRIVATE KEY" block (RFC 5958
// EncryptedPrivateKeyInfo, PBES2) around random bytes: the analyzer only
// reads its type, and crypto/x509 cannot write the format.
func encryptedPKCS8PEM() []byte {
	ct := make([]byte, 128)
	rand.Read(ct)
	der, err := asn1.Marshal(struct {
		Algo struct {
			OID    asn1.ObjectIdentifier
			Params asn1.RawValue
		}
		Data []byte
	}{
		Algo: struct {
			OID    asn1.ObjectIdentifier
			Params asn1.RawValue
		}{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}, asn1.NullRawValue},
		Data: ct,
	})
	if err != nil {
		log.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: der})
}

func opensshPEM(k crypto.PrivateKey, passphrase string) []byte {
	var b *pem.Block
	var err error
	if passphrase == "" {
		b, err = ssh.MarshalPrivateKey(k, "deploy@ci")
	} else {
		b, err = ssh.MarshalPrivateKeyWithPassphrase(k, "deploy@ci", []byte(passphrase))
	}
	if err != nil {
		log.Fatal(err)
	}
	return pem.EncodeToMemory(b)
}

func write(name string, data []byte) {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		log.Fatal(err)
	}
}

func main() {
	log.SetFlags(0)
	const sha256RSA, sha1RSA, ecdsa256 = x509.SHA256WithRSA, x509.SHA1WithRSA, x509.ECDSAWithSHA256

	rootCA := root("Cryptovet Test Root", rsaKey(2048), "2020-01-01", "2040-12-31", sha256RSA)
	sha1Inter := intermediate("Cryptovet SHA-1 Intermediate", rootCA, sha1RSA)

	a := "testdata/src/a/"
	// One certificate per file, each with one problem.
	write(a+"certs/expired.pem", certPEM(leaf("expired.example.com", rootCA, ecKey(), "2024-02-01", "2025-01-31", sha256RSA, false)))
	write(a+"certs/soon.pem", certPEM(leaf("soon.example.com", rootCA, ecKey(), "2025-06-15", "2026-06-15", sha256RSA, false)))
	write(a+"certs/sha1.pem", certPEM(leaf("legacy.example.com", rootCA, ecKey(), "2025-01-01", "2027-12-31", sha1RSA, false)))
	write(a+"certs/weakkey.pem", certPEM(leaf("small.example.com", rootCA, rsaKey(1024), "2025-01-01", "2027-12-31", sha256RSA, false)))
	write(a+"certs/nosan.pem", certPEM(leaf("intranet.example.com", rootCA, ecKey(), "2025-01-01", "2027-12-31", sha256RSA, true)))
	// Certificates that are fine.
	write(a+"certs/good.pem", certPEM(leaf("api.example.com", rootCA, ecKey(), "2026-01-01", "2027-01-01", sha256RSA, false)))
	write(a+"certs/root.pem", certPEM(rootCA))
	write(a+"certs/sha1root.pem", certPEM(root("Cryptovet Legacy Root", rsaKey(2048), "2010-01-01", "2035-12-31", sha1RSA)))
	write(a+"certs/client.pem", certPEM(issue(&x509.Certificate{
		Subject:     pkix.Name{CommonName: "Jane Doe"},
		NotBefore:   day("2025-01-01"),
		NotAfter:    endOf("2027-12-31"),
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}, ecKey(), rootCA)))
	// Server and client authentication, named after a service: an mTLS
	// client certificate.
	write(a+"certs/mtls.pem", certPEM(issue(&x509.Certificate{
		Subject:     pkix.Name{CommonName: "worker-1"},
		NotBefore:   day("2025-01-01"),
		NotAfter:    endOf("2027-12-31"),
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}, ecKey(), rootCA)))
	// Without extended key usage nor SANs: a service name is a client's,
	// a host name a server's.
	write(a+"certs/service.pem", certPEM(issue(&x509.Certificate{
		Subject:   pkix.Name{CommonName: "billing-service"},
		NotBefore: day("2025-01-01"),
		NotAfter:  endOf("2027-12-31"),
		KeyUsage:  x509.KeyUsageDigitalSignature,
	}, ecKey(), rootCA)))
	write(a+"certs/host-noeku.pem", certPEM(issue(&x509.Certificate{
		Subject:   pkix.Name{CommonName: "db.internal.example.com"},
		NotBefore: day("2025-01-01"),
		NotAfter:  endOf("2027-12-31"),
		KeyUsage:  x509.KeyUsageDigitalSignature,
	}, ecKey(), rootCA)))
	// An IP SAN is a SAN.
	ipLeaf := &x509.Certificate{
		Subject:     pkix.Name{CommonName: "10.0.0.7"},
		NotBefore:   day("2025-01-01"),
		NotAfter:    endOf("2027-12-31"),
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses: []net.IP{net.ParseIP("10.0.0.7")},
	}
	write(a+"certs/ip.pem", certPEM(issue(ipLeaf, ecKey(), rootCA)))
	// A chain file: an expired leaf issued by a SHA-1-signed intermediate,
	// then the intermediate, then the root.
	write(a+"certs/chain.pem", certPEM(
		leaf("shop.example.com", sha1Inter, ecKey(), "2024-01-01", "2026-03-31", ecdsa256, false),
		sha1Inter, rootCA))
	// A trust store: several roots, one expired, one SHA-1 and 1024-bit.
	write(a+"roots/bundle.pem", certPEM(
		rootCA,
		root("Cryptovet Expired Root", ecKey(), "2005-01-01", "2025-12-31", ecdsa256),
		root("Cryptovet Old Root", rsaKey(1024), "2008-01-01", "2030-12-31", sha1RSA)))

	// Keys.
	srvKey := ecKey()
	write(a+"keys/server.key", ecPEM(srvKey))
	write(a+"keys/public.pem", publicPEM(srvKey))
	write(a+"keys/service.key", pkcs8PEM(rsaKey(2048)))
	write(a+"keys/vault.key", encryptedPKCS8PEM())
	_, edKey, _ := ed25519.GenerateKey(rand.Reader)
	write(a+"keys/id_ed25519", opensshPEM(edKey, ""))
	write(a+"keys/id_ecdsa", opensshPEM(ecKey(), "correct horse"))
	write(a+"keys/placeholder.key", []byte("-----BEGIN PRIVATE KEY-----\nREPLACE_WITH_YOUR_KEY\n-----END PRIVATE KEY-----\n"))
	write(a+"keys/zero.key", []byte("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n"))
	//lint:ignore SA1019 the legacy encrypted PEM format is what the test needs
	legacy, err := x509.EncryptPEMBlock(rand.Reader, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rsaKey(2048).(*rsa.PrivateKey)), []byte("secret"), x509.PEMCipherAES256)
	if err != nil {
		log.Fatal(err)
	}
	write(a+"keys/legacy.key", pem.EncodeToMemory(legacy))
	write(a+"testdata/dev.key", pkcs8PEM(ecKey()))
	write(a+"testdata/dev.pem", certPEM(leaf("dev.example.com", rootCA, ecKey(), "2025-01-01", "2027-12-31", sha256RSA, false)))

	// An embed.FS over a directory: hidden and underscore files are left
	// out unless the pattern starts with "all:".
	write(a+"site/tls/cert.pem", certPEM(leaf("www.example.com", rootCA, ecKey(), "2024-01-01", "2025-12-31", sha256RSA, false)))
	write(a+"site/index.html", []byte("<!doctype html><title>ok</title>\n"))
	write(a+"site/.backup.key", pkcs8PEM(ecKey()))
	write(a+"site/_old/tls.key", ecPEM(ecKey()))

	// Certificates in string constants.
	lit := struct{ Expired, SHA1, Good, Root, Split1, Split2 string }{
		Expired: string(certPEM(leaf("old-api.example.com", rootCA, ecKey(), "2023-01-01", "2024-12-31", sha256RSA, false))),
		SHA1:    string(certPEM(leaf("pinned.example.com", rootCA, ecKey(), "2025-01-01", "2027-12-31", sha1RSA, false))),
		Good:    string(certPEM(leaf("new-api.example.com", rootCA, ecKey(), "2026-01-01", "2027-01-01", sha256RSA, false))),
		Root:    string(certPEM(root("Cryptovet Legacy Root 2", rsaKey(2048), "2010-01-01", "2035-12-31", sha1RSA))),
	}
	split := certPEM(leaf("split.example.com", rootCA, rsaKey(1024), "2025-01-01", "2027-12-31", sha256RSA, false))
	i := bytes.IndexByte(split, '\n') + 1
	lit.Split1, lit.Split2 = string(split[:i]), string(split[i:])
	var b bytes.Buffer
	if err := literalTmpl.Execute(&b, lit); err != nil {
		log.Fatal(err)
	}
	write(a+"literal.go", b.Bytes())

	// Package b: the flags.
	b2 := "testdata/src/b/"
	write(b2+"soon.pem", certPEM(leaf("soon.example.com", rootCA, ecKey(), "2025-06-15", "2026-06-15", sha256RSA, false)))
	write(b2+"weakkey.pem", certPEM(leaf("small.example.com", rootCA, rsaKey(1024), "2025-01-01", "2027-12-31", sha256RSA, false)))
	write(b2+"later.pem", certPEM(leaf("later.example.com", rootCA, ecKey(), "2025-06-15", "2026-08-15", sha256RSA, false)))

	// The end-to-end fixture module.
	e := "../../testdata/keymaterial/"
	srv := ecKey()
	write(e+"server/tls/server.pem", certPEM(leaf("api.example.com", rootCA, srv, "2024-02-01", "2025-01-31", sha256RSA, false)))
	write(e+"server/tls/server.key", ecPEM(srv))
	write(e+"server/tls/legacy.pem", certPEM(leaf("legacy.example.com", rootCA, ecKey(), "2025-01-01", "2027-12-31", sha1RSA, false)))
	write(e+"server/tls/ca.pem", certPEM(rootCA))
	write(e+"verify/release.pub", publicPEM(ecKey()))
	fmt.Println("ok")
}

var literalTmpl = template.Must(template.New("").Delims("[[", "]]").Funcs(template.FuncMap{"q": strconv.Quote}).Parse(`// Code written by gencerts.go; DO NOT EDIT by hand, regenerate instead.

package a

// A certificate pinned in a constant.
// want +1 ` + "`" + `certificate "CN=old-api.example.com" expired on 2024-12-31; renew it` + "`" + `
const oldAPICert = ` + "`" + `[[.Expired]]` + "`" + `

// The constant is reported where it is declared, not where it is used.
var pinned = []byte(oldAPICert)

var certs = map[string]string{
	"pinned": [[q .SHA1]], // want ` + "`" + `certificate "CN=pinned.example.com" is signed with SHA1-RSA` + "`" + `
	"new-api": ` + "`" + `[[.Good]]` + "`" + `,
	// A self-signed root's own SHA-1 signature is not verified by anyone.
	"root": ` + "`" + `[[.Root]]` + "`" + `,
}

// A certificate written as a concatenation is read as a whole.
const splitCert = [[q .Split1]] + // want ` + "`" + `certificate "CN=split.example.com" has a 1024-bit RSA key` + "`" + `
	[[q .Split2]]

// Text that mentions PEM without holding a certificate.
const help = "paste the -----BEGIN CERTIFICATE----- block of your CA here"
`))
