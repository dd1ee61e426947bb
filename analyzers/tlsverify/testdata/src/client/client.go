package client

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"

	"tlsdefaults"
)

// ---- InsecureSkipVerify without a replacement check.

func transport() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: true, // want `^InsecureSkipVerify: true disables verification of the server's certificate chain`
		},
	}}
}

type holder struct {
	name string
	cfg  tls.Config
}

func nonPointerNested() []holder {
	return []holder{{name: "a", cfg: tls.Config{InsecureSkipVerify: !false}}} // want `InsecureSkipVerify: !false \(true\) disables`
}

func elidedType() map[string]*tls.Config {
	return map[string]*tls.Config{
		"legacy": {InsecureSkipVerify: true}, // want `disables verification`
	}
}

func otherPackageConst() *tls.Config {
	return &tls.Config{InsecureSkipVerify: tlsdefaults.SkipVerify} // want `tlsdefaults.SkipVerify \(true\)`
}

func assigned() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.InsecureSkipVerify = true // want `disables verification`
	return cfg
}

func valueAssigned() tls.Config {
	var cfg tls.Config
	cfg.InsecureSkipVerify = true // want `disables verification`
	return cfg
}

func transportField() *http.Transport {
	t := &http.Transport{TLSClientConfig: &tls.Config{}}
	t.TLSClientConfig.InsecureSkipVerify = true // want `disables verification`
	return t
}

func onParameter(cfg *tls.Config) {
	cfg.InsecureSkipVerify = true // want `disables verification`
}

func insecureDefault() bool { return true }

func fromHelper() *tls.Config {
	return &tls.Config{InsecureSkipVerify: insecureDefault()} // want `insecureDefault\(\) \(true\)`
}

var legacySkip = true

func fromPackageVar() *tls.Config {
	return &tls.Config{InsecureSkipVerify: legacySkip} // want `legacySkip \(true\)`
}

func fromLocal() *tls.Config {
	skip := true
	return &tls.Config{InsecureSkipVerify: skip} // want `skip \(true\)`
}

func guarded(debug bool) *tls.Config {
	cfg := &tls.Config{}
	if debug {
		cfg.InsecureSkipVerify = true // want `InsecureSkipVerify: true when debug disables`
	}
	return cfg
}

// ---- Callbacks that do not replace the verification.

func returnsNil() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // want `the VerifyPeerCertificate callback does not replace it: it never verifies the chain`
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			log.Printf("server sent %d certificates", len(rawCerts))
			return nil
		},
	}
}

func checkNames(cs tls.ConnectionState) error {
	if len(cs.PeerCertificates) == 0 {
		return errors.New("no certificate")
	}
	leaf := cs.PeerCertificates[0]
	if err := leaf.VerifyHostname("db.internal"); err != nil {
		return err
	}
	if len(leaf.Issuer.Organization) == 0 || leaf.Issuer.Organization[0] != "Example Corp" {
		return errors.New("wrong issuer")
	}
	return nil
}

func namedCallback() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // want `only checks Issuer.Organization, the host name \(VerifyHostname\)`
		VerifyConnection:   checkNames,
	}
}

func parsedCommonName() *tls.Config {
	cfg := &tls.Config{InsecureSkipVerify: true} // want `only checks Subject.CommonName`
	cfg.VerifyPeerCertificate = func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
		c, err := x509.ParseCertificate(rawCerts[0])
		if err != nil {
			return err
		}
		if c.Subject.CommonName != "api.internal" {
			return fmt.Errorf("unexpected server %q", c.Subject.CommonName)
		}
		return nil
	}
	return cfg
}

func ignoredVerify(roots *x509.CertPool) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // want `calls \(\*x509.Certificate\).Verify but ignores its result`
		VerifyConnection: func(cs tls.ConnectionState) error {
			_, err := cs.PeerCertificates[0].Verify(x509.VerifyOptions{Roots: roots})
			if err != nil {
				log.Printf("verify: %v", err)
			}
			return nil
		},
	}
}

func keySizeOnly() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // want `does not replace it`
		VerifyConnection: func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates[0].Raw) == 0 {
				return errors.New("empty certificate")
			}
			return nil
		},
	}
}

var insecureFlag = flag.Bool("insecure", false, "skip certificate verification")

func flagged() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: *insecureFlag,
		VerifyConnection: func(cs tls.ConnectionState) error { // want `when InsecureSkipVerify \(\*insecureFlag\) is true, this VerifyConnection callback is the only check`
			if cs.PeerCertificates[0].NotAfter.IsZero() {
				return errors.New("no expiry")
			}
			return nil
		},
	}
}

// ---- Negatives.

func explicitFalse() *tls.Config {
	return &tls.Config{InsecureSkipVerify: false}
}

func constFalse() *tls.Config {
	return &tls.Config{InsecureSkipVerify: tlsdefaults.Strict}
}

func fromFlag() *tls.Config {
	return &tls.Config{InsecureSkipVerify: *insecureFlag}
}

func reassigned(legacy bool) *tls.Config {
	skip := true
	if !legacy {
		skip = false
	}
	return &tls.Config{InsecureSkipVerify: skip}
}

var overridden = true

func init() { overridden = false }

func packageVarReassigned() *tls.Config {
	return &tls.Config{InsecureSkipVerify: overridden}
}

func pinnedSPKI(pin [sha256.Size]byte) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			cert, err := x509.ParseCertificate(rawCerts[0])
			if err != nil {
				return err
			}
			if sha256.Sum256(cert.RawSubjectPublicKeyInfo) != pin {
				return errors.New("public key does not match the pin")
			}
			return nil
		},
	}
}

func pinnedRaw(want []byte) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			if len(rawCerts) == 0 || !bytes.Equal(rawCerts[0], want) {
				return errors.New("unexpected certificate")
			}
			return nil
		},
	}
}

func pinnedFingerprints(pins map[string]bool) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true,
		VerifyConnection: func(cs tls.ConnectionState) error {
			h := sha256.New()
			h.Write(cs.PeerCertificates[0].Raw)
			fp := hex.EncodeToString(h.Sum(nil))
			if !pins[fp] {
				return fmt.Errorf("fingerprint %s is not pinned", fp)
			}
			return nil
		},
	}
}

func pinnedKey(want *x509.Certificate) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true,
		VerifyConnection: func(cs tls.ConnectionState) error {
			type publicKey interface{ Equal(any) bool }
			if k, ok := cs.PeerCertificates[0].PublicKey.(publicKey); !ok || !k.Equal(want.PublicKey) {
				return errors.New("unexpected key")
			}
			return nil
		},
	}
}

type verifier struct {
	roots *x509.CertPool
	name  string
}

func (v *verifier) verify(cs tls.ConnectionState) error {
	opts := x509.VerifyOptions{Roots: v.roots, DNSName: v.name, Intermediates: x509.NewCertPool()}
	for _, c := range cs.PeerCertificates[1:] {
		opts.Intermediates.AddCert(c)
	}
	_, err := cs.PeerCertificates[0].Verify(opts)
	return err
}

func methodValue(v *verifier) *tls.Config {
	return &tls.Config{InsecureSkipVerify: true, VerifyConnection: v.verify}
}

func checkChain(leaf *x509.Certificate, roots *x509.CertPool) error {
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: roots}); err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	return nil
}

func viaHelper(roots *x509.CertPool) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true,
		VerifyConnection: func(cs tls.ConnectionState) error {
			return checkChain(cs.PeerCertificates[0], roots)
		},
	}
}

func pinVerifier(pin []byte) func([][]byte, [][]*x509.Certificate) error {
	return func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
		if !bytes.Equal(rawCerts[0], pin) {
			return errors.New("unexpected certificate")
		}
		return nil
	}
}

func fromFactory(pin []byte) *tls.Config {
	return &tls.Config{InsecureSkipVerify: true, VerifyPeerCertificate: pinVerifier(pin)}
}

func unknownCallback(v func(tls.ConnectionState) error) *tls.Config {
	return &tls.Config{InsecureSkipVerify: true, VerifyConnection: v}
}

func callbackAssignedLater(v *verifier) *tls.Config {
	cfg := &tls.Config{InsecureSkipVerify: true}
	cfg.VerifyConnection = v.verify
	return cfg
}

func addPinning(cfg *tls.Config, pin []byte) {
	cfg.VerifyPeerCertificate = pinVerifier(pin)
}

func setElsewhere(pin []byte) *tls.Config {
	cfg := &tls.Config{InsecureSkipVerify: true}
	addPinning(cfg, pin)
	return cfg
}

type session struct{ peer *x509.Certificate }

func storedForLater(s *session) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true,
		VerifyConnection: func(cs tls.ConnectionState) error {
			s.peer = cs.PeerCertificates[0] // checked after the handshake
			return nil
		},
	}
}

func rejectsEverything() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true,
		VerifyConnection: func(cs tls.ConnectionState) error {
			return errors.New("this build cannot connect")
		},
	}
}

// A check on top of the normal verification.
func additionalCheck() *tls.Config {
	return &tls.Config{
		VerifyConnection: func(cs tls.ConnectionState) error {
			if cs.PeerCertificates[0].Subject.CommonName != "ldap.internal" {
				return errors.New("unexpected server")
			}
			return nil
		},
	}
}

func explicitFalseWithPin(pins [][sha256.Size]byte) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: false,
		VerifyConnection: func(cs tls.ConnectionState) error {
			for _, chain := range cs.VerifiedChains {
				for _, c := range chain {
					sum := sha256.Sum256(c.RawSubjectPublicKeyInfo)
					for _, p := range pins {
						if sum == p {
							return nil
						}
					}
				}
			}
			return errors.New("no pinned key")
		},
	}
}

func conditionalLiteral(legacy bool) *tls.Config {
	if legacy {
		return &tls.Config{InsecureSkipVerify: true} // want `InsecureSkipVerify: true when legacy disables`
	}
	return &tls.Config{}
}
