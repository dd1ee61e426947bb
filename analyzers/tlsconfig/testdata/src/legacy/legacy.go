// Package legacy holds TLS settings shared by other test packages.
package legacy

import "crypto/tls"

// MinTLS is the oldest version the old terminals speak.
const MinTLS = tls.VersionTLS10

// Modern is the version of current peers.
const Modern = tls.VersionTLS13
