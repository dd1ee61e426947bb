package a

import (
	"crypto"
	"crypto/dsa"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"math/big"
)

// Legacy PEM encryption.

func LoadKey(block *pem.Block, passphrase []byte) (any, error) {
	if !x509.IsEncryptedPEMBlock(block) {
		return x509.ParsePKCS8PrivateKey(block.Bytes)
	}
	der, err := x509.DecryptPEMBlock(block, passphrase) // want `x509.DecryptPEMBlock is deprecated and insecure: legacy PEM encryption \(RFC 1423\) is unauthenticated`
	if err != nil {
		return nil, err
	}
	return x509.ParsePKCS1PrivateKey(der)
}

func SaveKey(der, passphrase []byte) []byte {
	block, err := x509.EncryptPEMBlock(rand.Reader, "RSA PRIVATE KEY", der, passphrase, x509.PEMCipherAES256) // want `x509.EncryptPEMBlock is deprecated and insecure`
	if err != nil {
		return nil
	}
	return pem.EncodeToMemory(block)
}

// A function value is a use too.
var legacyDecrypt = x509.DecryptPEMBlock // want `x509.DecryptPEMBlock is deprecated`

// PKCS #1 v1.5 encryption.

func Wrap(pub *rsa.PublicKey, key []byte) ([]byte, error) {
	return rsa.EncryptPKCS1v15(rand.Reader, pub, key) // want `rsa.EncryptPKCS1v15 is deprecated and insecure: PKCS #1 v1.5 encryption is open to Bleichenbacher .*; use rsa.EncryptOAEP`
}

func Unwrap(priv *rsa.PrivateKey, ct []byte) ([]byte, error) {
	return rsa.DecryptPKCS1v15(rand.Reader, priv, ct) // want `rsa.DecryptPKCS1v15 is deprecated and insecure.*use rsa.DecryptOAEP`
}

func UnwrapSession(priv *rsa.PrivateKey, ct, key []byte) error {
	return rsa.DecryptPKCS1v15SessionKey(rand.Reader, priv, ct, key) // want `rsa.DecryptPKCS1v15SessionKey is deprecated`
}

func UnwrapNilOptions(priv *rsa.PrivateKey, ct []byte) ([]byte, error) {
	return priv.Decrypt(rand.Reader, ct, nil) // want `\(\*rsa.PrivateKey\).Decrypt with nil options \(PKCS #1 v1.5 decryption\) is deprecated and insecure`
}

func UnwrapOptions(priv *rsa.PrivateKey, ct []byte) ([]byte, error) {
	return priv.Decrypt(rand.Reader, ct, &rsa.PKCS1v15DecryptOptions{SessionKeyLen: 32}) // want `rsa.PKCS1v15DecryptOptions is deprecated.*use rsa.OAEPOptions`
}

// Negative: OAEP, signatures, and a Decrypter whose key type is unknown.

func UnwrapOAEP(priv *rsa.PrivateKey, ct []byte) ([]byte, error) {
	return priv.Decrypt(rand.Reader, ct, &rsa.OAEPOptions{Hash: crypto.SHA256})
}

func UnwrapDecrypter(d crypto.Decrypter, ct []byte) ([]byte, error) {
	return d.Decrypt(rand.Reader, ct, nil)
}

func OAEP(priv *rsa.PrivateKey, msg []byte) ([]byte, error) {
	ct, err := rsa.EncryptOAEP(sha256.New(), rand.Reader, &priv.PublicKey, msg, nil)
	if err != nil {
		return nil, err
	}
	return rsa.DecryptOAEP(sha256.New(), rand.Reader, priv, ct, nil)
}

func Signatures(priv *rsa.PrivateKey, msg []byte) error {
	digest := sha256.Sum256(msg)
	sig, err := rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA256, digest[:])
	if err != nil {
		return err
	}
	return rsa.VerifyPKCS1v15(&priv.PublicKey, crypto.SHA256, digest[:], sig)
}

// DSA signing is reported; verifying legacy signatures is not.

func SignDSA(priv *dsa.PrivateKey, digest []byte) (*big.Int, *big.Int, error) {
	return dsa.Sign(rand.Reader, priv, digest) // want `dsa.Sign is deprecated and insecure: DSA is no longer approved .*; use ed25519.Sign or ecdsa.SignASN1`
}

func VerifyDSA(pub *dsa.PublicKey, digest []byte, r, s *big.Int) bool {
	return dsa.Verify(pub, digest, r, s)
}

// A function that is itself deprecated may use the API it is deprecated
// for: its callers are the ones to move.
//
// Deprecated: keys encrypted with RFC 1423 are insecure; store them as
// unencrypted PKCS #8 in a secret store.
func ParseEncryptedKey(data, passphrase []byte) (any, error) {
	block, _ := pem.Decode(data)
	der, err := x509.DecryptPEMBlock(block, passphrase)
	if err != nil {
		return nil, err
	}
	return x509.ParsePKCS8PrivateKey(der)
}

// A mention of deprecation that is not a Deprecated: paragraph does not
// count.
func parseOld(block *pem.Block, passphrase []byte) ([]byte, error) {
	// Deprecated: this comment is inside the body.
	return x509.DecryptPEMBlock(block, passphrase) // want `x509.DecryptPEMBlock is deprecated`
}
