package a

import (
	"crypto/aes"
	"crypto/des"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"flag"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/nacl/secretbox"
	"golang.org/x/crypto/pbkdf2"

	"keys"
)

const sessionKey = "s3ss10n-k3y-0123" // the use is reported

var tripleKey = []byte{ // the use is reported
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
}

var boxKey = [32]byte{'b', 'o', 'x'}

var macKey = []byte("mac-key-for-audit-trail")

func ciphers() {
	aes.NewCipher([]byte(sessionKey))                                                       // want `hard-coded key: the key of aes.NewCipher is the constant sessionKey \(16 bytes\)`
	des.NewTripleDESCipher(tripleKey)                                                       // want `hard-coded key: the key of des.NewTripleDESCipher is the constant tripleKey \(24 bytes\)`
	k, _ := base64.StdEncoding.DecodeString("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=") // decoded at run time
	chacha20poly1305.New(k)                                                                 // want `hard-coded key: the key of chacha20poly1305.New is a constant \(32 bytes\)`
	var nonce [24]byte
	secretbox.Seal(nil, []byte("msg"), &nonce, &boxKey) // want `the key of secretbox.Seal is the constant boxKey`
}

func macs(data []byte) []byte {
	m := hmac.New(sha256.New, macKey) // want `the key of hmac.New is the constant macKey`
	m.Write(data)
	return keys.Signer(keys.Legacy).Sum(nil) // want `the key of keys.Signer \(which passes it to hmac.New\) is the constant keys.Legacy`
}

func zeroKey() {
	key := make([]byte, 32)
	aes.NewCipher(key) // want `the key of aes.NewCipher is an all-zero buffer that is never filled \(32 bytes\)`
}

func hashedConstant() {
	k := sha256.Sum256([]byte("correct horse battery staple"))
	aes.NewCipher(k[:]) // want `the key of aes.NewCipher is a hash of a constant \(32 bytes\)`
}

func passwords(salt []byte) {
	pbkdf2.Key([]byte("hunter2"), salt, 600000, 32, sha256.New)       // want `hard-coded password: the password of pbkdf2.Key is a constant`
	argon2.IDKey([]byte("p@ssw0rd"), salt, 3, 64*1024, 4, 32)         // want `hard-coded password: the password of argon2.IDKey`
	bcrypt.GenerateFromPassword([]byte("admin"), bcrypt.DefaultCost)  // want `hard-coded password: the password of bcrypt.GenerateFromPassword`
	hkdf.Key(sha256.New, []byte("master-secret-v1"), salt, "enc", 32) // want `hard-coded key: the key of hkdf.Key`
}

// A helper of this package: the constant is reported where it is passed.
func newAEAD(key []byte) {
	chacha20poly1305.NewX(key)
}

func useHelper() {
	newAEAD([]byte("0123456789abcdef0123456789abcdef")) // want `the key of a.newAEAD \(which passes it to chacha20poly1305.NewX\)`
}

// Issuer keeps its signing secret in a field.
type Issuer struct{ secret []byte }

func NewIssuer(secret []byte) *Issuer { return &Issuer{secret: secret} }

func (i *Issuer) Issue(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.secret)
}

var defaultIssuer = NewIssuer([]byte("issuer-secret")) // want `signing key of a.NewIssuer \(which passes it to jwt.Token.SignedString\)`

func verify(tok string) {
	jwt.Parse(tok, func(*jwt.Token) (any, error) { // want `the jwt key function passed to jwt.Parse returns the constant jwtSecret`
		return jwtSecret, nil
	})
}

var jwtSecret = []byte("jwt-verification-secret")

const rsaKeyPEM = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm
-----END RSA PRIVATE KEY-----
`

const ecKeyPEM = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\n-----END EC PRIVATE KEY-----\n"

const certPEM = "-----BEGIN CERTIFICATE-----\nMIIBhTCCASugAwIBAgIQIRi6zePL6mKjOipn+dNuaTAKBggqhkjOPQQDAjASMRAw\n-----END CERTIFICATE-----\n"

const pubPEM = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbLe9assnkOya9M9xroFrqp19yMr1\n-----END PUBLIC KEY-----\n"

func embedded() {
	jwt.ParseRSAPrivateKeyFromPEM([]byte(rsaKeyPEM)) // want `hard-coded private key: jwt.ParseRSAPrivateKeyFromPEM parses a RSA PRIVATE KEY PEM block`
	if block, _ := pem.Decode([]byte(ecKeyPEM)); block != nil {
		x509.ParseECPrivateKey(block.Bytes) // want `x509.ParseECPrivateKey parses a EC PRIVATE KEY PEM block`
	}
	tls.X509KeyPair([]byte(certPEM), []byte(ecKeyPEM)) // want `tls.X509KeyPair parses a EC PRIVATE KEY PEM block`
}

// Negative cases: nothing below is reported.

var keyFile = flag.String("key-file", "", "path of the data key")

func fromOutside(salt []byte) {
	aes.NewCipher([]byte(os.Getenv("DATA_KEY")))
	k, _ := os.ReadFile(*keyFile)
	aes.NewCipher(k)
	fallback := os.Getenv("MAC_KEY")
	if fallback == "" {
		fallback = "development-only" // a fallback: not certainly the key
	}
	hmac.New(sha256.New, []byte(fallback))
	derived := pbkdf2.Key([]byte(os.Getenv("PASSPHRASE")), []byte("fixed-salt-value"), 600000, 32, sha256.New)
	aes.NewCipher(derived)
	hkdf.Key(sha256.New, k, []byte("app salt v1"), "session keys", 32)
	hmac.New(sha256.New, nil)
	jwt.Parse("t", func(t *jwt.Token) (any, error) { return []byte(os.Getenv("JWT")), nil })
}

func publicMaterial() {
	if block, _ := pem.Decode([]byte(pubPEM)); block != nil {
		pub, _ := x509.ParsePKIXPublicKey(block.Bytes)
		_, _ = pub.(*ecdsa.PublicKey)
	}
	if block, _ := pem.Decode([]byte(certPEM)); block != nil {
		x509.ParseCertificate(block.Bytes)
	}
	keyPEM, _ := os.ReadFile("/etc/tls/key.pem")
	tls.X509KeyPair([]byte(certPEM), keyPEM)
}

func derivedFromSecret(secret []byte) {
	k := sha256.Sum256(secret)
	aes.NewCipher(k[:])
}

func randomKey(r interface{ Read([]byte) (int, error) }) {
	key := make([]byte, 32)
	r.Read(key)
	aes.NewCipher(key)
}
