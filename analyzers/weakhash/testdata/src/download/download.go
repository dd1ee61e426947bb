// Package download checks downloads with weak digests.
package download

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
)

func Fetch(url, wantSHA1 string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	sum := sha1.Sum(body) // want `SHA-1 checks the integrity of downloaded data`
	if hex.EncodeToString(sum[:]) != wantSHA1 {
		return nil, errors.New("checksum mismatch")
	}
	return body, nil
}

// The digest is computed by a helper and compared by the caller.
func digest(r io.Reader) ([]byte, error) {
	h := md5.New() // want `MD5 checks the integrity of downloaded data`
	if _, err := io.Copy(h, r); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

func Install(c *http.Client, url string, want []byte) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	got, err := digest(resp.Body)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, want) {
		return errors.New("bad digest")
	}
	return nil
}

// A transfer check against the server's own Content-MD5: corruption, not
// tampering (whoever controls the server controls both).
func Transfer(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	sum := md5.Sum(body)
	if hex.EncodeToString(sum[:]) != resp.Header.Get("Content-MD5") {
		return nil, errors.New("transfer corrupted")
	}
	return body, nil
}

// A digest of downloaded data used as a cache key, never compared.
func CacheKey(c *http.Client, url string) (string, error) {
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	h := sha1.New()
	io.Copy(h, resp.Body)
	return hex.EncodeToString(h.Sum(nil)), nil
}
