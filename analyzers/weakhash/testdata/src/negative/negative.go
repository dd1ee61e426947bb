// Package negative uses MD5 and SHA-1 where collisions do not matter.
package negative

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net/http"
	"path/filepath"
)

// ETags.
func ETag(w http.ResponseWriter, r *http.Request, body []byte) {
	sum := md5.Sum(body)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Write(body)
}

// Cache file names.
func CachePath(dir, id string, width int) string {
	sum := md5.Sum([]byte(fmt.Sprintf("%s@%d", id, width)))
	return filepath.Join(dir, hex.EncodeToString(sum[:]))
}

// RFC 6455 Sec-WebSocket-Accept.
func Accept(clientKey string) string {
	h := sha1.New()
	h.Write([]byte(clientKey + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

// Git object ids.
func BlobID(content []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(content))
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

// RFC 6238 TOTP with HMAC-SHA1.
func TOTP(secret []byte, counter uint64) uint32 {
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], counter)
	mac := hmac.New(sha1.New, secret)
	mac.Write(msg[:])
	sum := mac.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	return binary.BigEndian.Uint32(sum[off:]) & 0x7fffffff % 1000000
}

// GitHub-style HMAC-SHA1 webhook signatures.
func WebhookSig(secret, body []byte) string {
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	return "sha1=" + hex.EncodeToString(mac.Sum(nil))
}

// ErrorDigest hashes an error message for log deduplication; error.Error
// is a method with no package.
func ErrorDigest(err error) [16]byte {
	return md5.Sum([]byte(err.Error()))
}
