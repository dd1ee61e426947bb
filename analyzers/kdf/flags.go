package kdf

import (
	"fmt"
	"strconv"
	"strings"
)

// Thresholds, all settable with flags. The defaults are those of the
// OWASP Password Storage Cheat Sheet (revision of 2026-03-26); see doc.go.
var (
	pbkdf2SHA1     = 1_400_000
	pbkdf2SHA256   = 600_000
	pbkdf2SHA512   = 220_000
	scryptParams   = pairs{{1 << 17, 1}, {1 << 16, 2}, {1 << 15, 3}, {1 << 14, 5}, {1 << 13, 10}} // N:p at r=8
	argon2idParams = pairs{{47104, 1}, {19456, 2}, {12288, 3}, {9216, 4}, {7168, 5}}              // m (KiB):t
	argon2iTime    = 3
	bcryptCost     = 10
	minKeyLen      = 16
	minKeyLenError = 14
)

func init() {
	f := &Analyzer.Flags
	f.IntVar(&pbkdf2SHA1, "pbkdf2-sha1", pbkdf2SHA1, "minimum PBKDF2-HMAC-SHA1 iterations (OWASP Password Storage Cheat Sheet)")
	f.IntVar(&pbkdf2SHA256, "pbkdf2-sha256", pbkdf2SHA256, "minimum PBKDF2-HMAC-SHA256 iterations (OWASP Password Storage Cheat Sheet)")
	f.IntVar(&pbkdf2SHA512, "pbkdf2-sha512", pbkdf2SHA512, "minimum PBKDF2-HMAC-SHA512 iterations (OWASP Password Storage Cheat Sheet)")
	f.Var(&scryptParams, "scrypt-params", "acceptable scrypt N:p pairs at r=8, any one suffices (OWASP Password Storage Cheat Sheet; RFC 7914)")
	f.Var(&argon2idParams, "argon2id-params", "acceptable Argon2id m:t pairs, m in KiB, any one suffices (OWASP Password Storage Cheat Sheet; RFC 9106 §4)")
	f.IntVar(&argon2iTime, "argon2i-time", argon2iTime, "minimum Argon2i passes (golang.org/x/crypto/argon2)")
	f.IntVar(&bcryptCost, "bcrypt-cost", bcryptCost, "minimum bcrypt cost (OWASP Password Storage Cheat Sheet; bcrypt.DefaultCost)")
	f.IntVar(&minKeyLen, "min-keylen", minKeyLen, "derived key length in bytes below which a finding is a warning (NIST SP 800-132)")
	f.IntVar(&minKeyLenError, "min-keylen-error", minKeyLenError, "derived key length in bytes below which a finding is an error (112 bits: FIPS 140-3 IG C.M)")
}

// pairs is a flag value listing acceptable parameter sets "a:b,a:b": a
// set of parameters is acceptable when, for one pair, its first parameter
// is at least a and its second at least b.
type pairs []pair

type pair struct{ a, b int64 }

func (ps *pairs) String() string {
	var parts []string
	for _, p := range *ps {
		parts = append(parts, fmt.Sprintf("%d:%d", p.a, p.b))
	}
	return strings.Join(parts, ",")
}

func (ps *pairs) Set(s string) error {
	var out pairs
	for _, f := range strings.Split(s, ",") {
		a, b, ok := strings.Cut(strings.TrimSpace(f), ":")
		if !ok {
			return fmt.Errorf("%q: want a:b", f)
		}
		x, err := strconv.ParseInt(a, 0, 64)
		if err != nil {
			return err
		}
		y, err := strconv.ParseInt(b, 0, 64)
		if err != nil {
			return err
		}
		out = append(out, pair{x, y})
	}
	if len(out) == 0 {
		return fmt.Errorf("empty list")
	}
	*ps = out
	return nil
}

// describe formats the pairs for a message, each with format.
func (ps pairs) describe(format string) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, fmt.Sprintf(format, p.a, p.b))
	}
	return strings.Join(parts, ", ")
}
