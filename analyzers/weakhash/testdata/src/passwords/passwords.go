// Package passwords hashes passwords with weak hashes.
package passwords

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"

	"golang.org/x/crypto/md4"
	"golang.org/x/crypto/ripemd160"
)

type User struct {
	Name     string
	Password string
}

func Store(u User) string {
	h := md5.New() // want `MD5 hashes a password \(Password\)`
	io.WriteString(h, u.Name+":"+u.Password)
	return hex.EncodeToString(h.Sum(nil))
}

func hash(s string) [20]byte {
	return sha1.Sum([]byte(s)) // want `SHA-1 hashes a password \(passwd\)`
}

func Check(passwd, stored string) bool {
	sum := hash(passwd)
	return hex.EncodeToString(sum[:]) == stored
}

// NTLM-style MD4 of a password.
func NTHash(pw []byte) []byte {
	h := md4.New() // want `MD4 hashes a password`
	h.Write(pw)
	return h.Sum(nil)
}

// crypto.Hash(...).New() with a weak hash.
func Legacy(passphrase string) []byte {
	h := crypto.SHA1.New() // want `SHA-1 hashes a password \(passphrase\)`
	h.Write([]byte(passphrase))
	return h.Sum(nil)
}

func Ripe(password []byte) []byte {
	h := ripemd160.New() // want `RIPEMD-160 hashes a password`
	h.Write(password)
	return h.Sum(nil)
}

// A key derived by MD5 from a secret.
func Cipher(secret string) (cipher.Block, error) {
	k := md5.Sum([]byte(secret)) // want `MD5 derives the key of aes.NewCipher from secret`
	return aes.NewCipher(k[:])
}

// Not weak hashes, or not passwords.
func Gravatar(email string) string {
	sum := md5.Sum([]byte(email))
	return hex.EncodeToString(sum[:])
}

func Strong(password string) [32]byte {
	return sha256.Sum256([]byte(password))
}
