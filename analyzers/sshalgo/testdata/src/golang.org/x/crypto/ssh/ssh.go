// Package ssh is a stub of golang.org/x/crypto/ssh v0.59.0 that declares
// what the tests use, with the real signatures and values.
package ssh

import (
	"io"
	"net"
	"slices"
	"time"
)

const (
	CipherAES128GCM            = "aes128-gcm@openssh.com"
	CipherAES256GCM            = "aes256-gcm@openssh.com"
	CipherChaCha20Poly1305     = "chacha20-poly1305@openssh.com"
	CipherAES128CTR            = "aes128-ctr"
	CipherAES192CTR            = "aes192-ctr"
	CipherAES256CTR            = "aes256-ctr"
	InsecureCipherAES128CBC    = "aes128-cbc"
	InsecureCipherTripleDESCBC = "3des-cbc"
	InsecureCipherRC4          = "arcfour"
	InsecureCipherRC4128       = "arcfour128"
	InsecureCipherRC4256       = "arcfour256"
)

const (
	InsecureKeyExchangeDH1SHA1   = "diffie-hellman-group1-sha1"
	InsecureKeyExchangeDH14SHA1  = "diffie-hellman-group14-sha1"
	KeyExchangeDH14SHA256        = "diffie-hellman-group14-sha256"
	KeyExchangeDH16SHA512        = "diffie-hellman-group16-sha512"
	KeyExchangeECDHP256          = "ecdh-sha2-nistp256"
	KeyExchangeECDHP384          = "ecdh-sha2-nistp384"
	KeyExchangeECDHP521          = "ecdh-sha2-nistp521"
	KeyExchangeCurve25519        = "curve25519-sha256"
	InsecureKeyExchangeDHGEXSHA1 = "diffie-hellman-group-exchange-sha1"
	KeyExchangeDHGEXSHA256       = "diffie-hellman-group-exchange-sha256"
	KeyExchangeMLKEM768X25519    = "mlkem768x25519-sha256"
)

const (
	HMACSHA256ETM      = "hmac-sha2-256-etm@openssh.com"
	HMACSHA512ETM      = "hmac-sha2-512-etm@openssh.com"
	HMACSHA256         = "hmac-sha2-256"
	HMACSHA512         = "hmac-sha2-512"
	HMACSHA1           = "hmac-sha1"
	InsecureHMACSHA196 = "hmac-sha1-96"
)

const (
	KeyAlgoRSA         = "ssh-rsa"
	KeyAlgoECDSA256    = "ecdsa-sha2-nistp256"
	KeyAlgoED25519     = "ssh-ed25519"
	KeyAlgoRSASHA256   = "rsa-sha2-256"
	KeyAlgoRSASHA512   = "rsa-sha2-512"
	CertAlgoRSAv01     = "ssh-rsa-cert-v01@openssh.com"
	CertAlgoED25519v01 = "ssh-ed25519-cert-v01@openssh.com"
)

var (
	insecureKexAlgos     = []string{InsecureKeyExchangeDH14SHA1, InsecureKeyExchangeDH1SHA1, InsecureKeyExchangeDHGEXSHA1}
	insecureCiphers      = []string{InsecureCipherAES128CBC, InsecureCipherTripleDESCBC, InsecureCipherRC4256, InsecureCipherRC4128, InsecureCipherRC4}
	insecureMACs         = []string{InsecureHMACSHA196}
	insecureHostKeyAlgos = []string{KeyAlgoRSA, CertAlgoRSAv01}
	insecurePubKeyAuth   = []string{KeyAlgoRSA}
)

type Algorithms struct {
	KeyExchanges   []string
	Ciphers        []string
	MACs           []string
	HostKeys       []string
	PublicKeyAuths []string
}

func SupportedAlgorithms() Algorithms {
	return Algorithms{
		KeyExchanges: []string{KeyExchangeMLKEM768X25519, KeyExchangeCurve25519},
		Ciphers:      []string{CipherAES128GCM, CipherAES256GCM, CipherChaCha20Poly1305},
		MACs:         []string{HMACSHA256ETM, HMACSHA512ETM},
	}
}

func InsecureAlgorithms() Algorithms {
	return Algorithms{
		KeyExchanges:   slices.Clone(insecureKexAlgos),
		Ciphers:        slices.Clone(insecureCiphers),
		MACs:           slices.Clone(insecureMACs),
		HostKeys:       slices.Clone(insecureHostKeyAlgos),
		PublicKeyAuths: slices.Clone(insecurePubKeyAuth),
	}
}

type Config struct {
	Rand           io.Reader
	RekeyThreshold uint64
	KeyExchanges   []string
	Ciphers        []string
	MACs           []string
}

func (c *Config) SetDefaults() {}

type PublicKey interface {
	Type() string
	Marshal() []byte
}

type Signer interface {
	PublicKey() PublicKey
}

type AuthMethod interface{}

func PublicKeys(signers ...Signer) AuthMethod { return nil }
func Password(secret string) AuthMethod       { return nil }

type HostKeyCallback func(hostname string, remote net.Addr, key PublicKey) error

type ClientConfig struct {
	Config
	User              string
	Auth              []AuthMethod
	HostKeyCallback   HostKeyCallback
	ClientVersion     string
	HostKeyAlgorithms []string
	Timeout           time.Duration
}

type ConnMetadata interface{ User() string }

type Permissions struct{ Extensions map[string]string }

type ServerConfig struct {
	Config
	PublicKeyAuthAlgorithms []string
	NoClientAuth            bool
	PublicKeyCallback       func(conn ConnMetadata, key PublicKey) (*Permissions, error)
}

func (s *ServerConfig) AddHostKey(key Signer) {}

func InsecureIgnoreHostKey() HostKeyCallback {
	return func(hostname string, remote net.Addr, key PublicKey) error { return nil }
}

func FixedHostKey(key PublicKey) HostKeyCallback { return nil }

func FingerprintSHA256(pubKey PublicKey) string    { return "" }
func FingerprintLegacyMD5(pubKey PublicKey) string { return "" }
func MarshalAuthorizedKey(key PublicKey) []byte    { return nil }

func ParseAuthorizedKey(in []byte) (out PublicKey, comment string, options []string, rest []byte, err error) {
	return nil, "", nil, nil, nil
}

type Client struct{}

func (c *Client) Close() error { return nil }

func Dial(network, addr string, config *ClientConfig) (*Client, error) { return nil, nil }
