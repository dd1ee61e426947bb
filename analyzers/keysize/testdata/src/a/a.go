package a

import (
	"crypto/dsa"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"errors"
)

const (
	legacyBits         = 1024
	archiveBits        = 4096
	tiny        uint16 = 768
)

// weakBits is never written again: it always holds 1536.
var weakBits = 1536

// tunableBits is changed at run time: its value is unknown.
var tunableBits = 1024

func SetBits(n int) { tunableBits = n }

type KeyConfig struct {
	Label string
	Bits  int
}

var legacyConfig = KeyConfig{Label: "legacy", Bits: 1024}

var archiveConfig = &KeyConfig{"archive", archiveBits}

func Literal() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) // want `rsa.GenerateKey generates a 1024-bit RSA key: moduli under 2048 bits`
}

func Parenthesised() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, (512)) // want `512-bit RSA key: `
}

func MultiPrime() (*rsa.PrivateKey, error) {
	return rsa.GenerateMultiPrimeKey(rand.Reader, 2, 1024) // want `rsa.GenerateMultiPrimeKey generates a 1024-bit RSA key`
}

func NamedConstant() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, legacyBits) // want `1024-bit RSA key \(legacyBits\)`
}

func ConstantArithmetic() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 2*legacyBits-1) // want `2047-bit`
}

func Conversion() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, int(tiny)) // want `768-bit`
}

func PackageVariable() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, weakBits) // want `1536-bit RSA key \(weakBits\)`
}

func ChangedPackageVariable() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, tunableBits)
}

func Local() (*rsa.PrivateKey, error) {
	bits := legacyBits
	return rsa.GenerateKey(rand.Reader, bits) // want `1024-bit RSA key \(bits\)`
}

func LocalChosen(strong bool) (*rsa.PrivateKey, error) {
	bits := 1024
	if strong {
		bits = 4096
	}
	return rsa.GenerateKey(rand.Reader, bits)
}

func StructLiteral() (*rsa.PrivateKey, error) {
	cfg := KeyConfig{Label: "test", Bits: 768}
	return rsa.GenerateKey(rand.Reader, cfg.Bits) // want `768-bit RSA key \(cfg.Bits\)`
}

func StructPointer() (*rsa.PrivateKey, error) {
	cfg := &KeyConfig{Label: "test", Bits: 1024}
	if cfg.Label == "" {
		return nil, errors.New("no label")
	}
	return rsa.GenerateKey(rand.Reader, cfg.Bits) // want `1024-bit RSA key \(cfg.Bits\)`
}

func StructDefault(label string) (*rsa.PrivateKey, error) {
	cfg := legacyConfig
	cfg.Label = label
	return rsa.GenerateKey(rand.Reader, cfg.Bits) // want `1024-bit RSA key \(cfg.Bits\)`
}

func StructDefaultOverridden() (*rsa.PrivateKey, error) {
	cfg := legacyConfig
	cfg.Bits = 3072
	return rsa.GenerateKey(rand.Reader, cfg.Bits)
}

func StructPassedOn() (*rsa.PrivateKey, error) {
	cfg := &KeyConfig{Bits: 1024}
	upgrade(cfg)
	return rsa.GenerateKey(rand.Reader, cfg.Bits)
}

func StructAddressTaken() (*rsa.PrivateKey, error) {
	cfg := KeyConfig{Bits: 1024}
	upgrade(&cfg)
	return rsa.GenerateKey(rand.Reader, cfg.Bits)
}

func StructPointerMethod() (*rsa.PrivateKey, error) {
	cfg := KeyConfig{Bits: 1024}
	cfg.normalise()
	return rsa.GenerateKey(rand.Reader, cfg.Bits)
}

func upgrade(cfg *KeyConfig) {
	if cfg.Bits < 3072 {
		cfg.Bits = 3072
	}
}

func (c *KeyConfig) normalise() { c.Bits = max(c.Bits, 3072) }

func StrongPositional() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, archiveConfig.Bits)
}

func Helper() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, defaultSize()) // want `1024-bit RSA key \(defaultSize\(\)\)`
}

func defaultSize() int { return legacyBits }

func HelperDepends(fast bool) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, sizeFor(fast))
}

func sizeFor(fast bool) int {
	if fast {
		return 2048
	}
	return 4096
}

func InClosure() func() (*rsa.PrivateKey, error) {
	return func() (*rsa.PrivateKey, error) {
		return rsa.GenerateKey(rand.Reader, 1000) // want `1000-bit`
	}
}

// Negative: sizes that meet the minimum, and sizes the analysis cannot see.

func Strong() {
	_, _ = rsa.GenerateKey(rand.Reader, 2048)
	_, _ = rsa.GenerateKey(rand.Reader, 3072)
	_, _ = rsa.GenerateKey(rand.Reader, archiveBits)
}

func Parameter(bits int) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bits)
}

// Policy refuses small sizes before generating.
func Policy(bits int) (*rsa.PrivateKey, error) {
	if bits < 2048 {
		return nil, errors.New("key too small")
	}
	return rsa.GenerateKey(rand.Reader, bits)
}

// CheckUploaded refuses keys under 2048 bits: a check, not a generation.
func CheckUploaded(pub *rsa.PublicKey) error {
	if pub.N.BitLen() < legacyBits*2 {
		return errors.New("key too small")
	}
	return nil
}

// DSA is reported at any size, once per generation.

func DSAKey() (*dsa.PrivateKey, error) {
	var priv dsa.PrivateKey
	if err := dsa.GenerateParameters(&priv.Parameters, rand.Reader, dsa.L3072N256); err != nil { // want `dsa.GenerateParameters generates a DSA key: DSA is deprecated`
		return nil, err
	}
	if err := dsa.GenerateKey(&priv, rand.Reader); err != nil {
		return nil, err
	}
	return &priv, nil
}

func DSAKeyFromParameters(params dsa.Parameters) (*dsa.PrivateKey, error) {
	priv := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: params}}
	err := dsa.GenerateKey(priv, rand.Reader) // want `dsa.GenerateKey generates a DSA key`
	return priv, err
}

// Curves: generating a P-224 key is a note; naming, parsing or comparing
// the curve is not reported.

func P224() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P224(), rand.Reader) // want `ecdsa.GenerateKey generates a P-224 key, which offers only 112-bit security`
}

func P224Variable() (*ecdsa.PrivateKey, error) {
	curve := elliptic.P224()
	return ecdsa.GenerateKey(curve, rand.Reader) // want `generates a P-224 key`
}

func RejectP224(pub *ecdsa.PublicKey) error {
	if pub.Curve == elliptic.P224() {
		return errors.New("P-224 is not accepted")
	}
	return nil
}

func CurveName(c elliptic.Curve) string {
	switch c.Params() {
	case elliptic.P224().Params():
		return "P-224 (rejected)"
	case elliptic.P256().Params():
		return "P-256"
	}
	return "unknown"
}

func CurveByName(name string) elliptic.Curve {
	switch name {
	case "P-224":
		return elliptic.P224()
	case "P-256":
		return elliptic.P256()
	}
	return nil
}

func Chosen(name string) (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(CurveByName(name), rand.Reader)
}

func GoodCurves() {
	_, _ = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	_, _ = ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	_, _, _ = ed25519.GenerateKey(rand.Reader)
}
