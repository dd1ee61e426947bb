// Package notls cannot see crypto/tls: under the old go line it has no
// server configuration to report, and nothing to trip over.
package notls

import "strings"

func Upper(s string) string { return strings.ToUpper(s) }
