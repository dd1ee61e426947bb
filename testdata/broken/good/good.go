// Package good type-checks; its finding is reported although bad does not.
package good

import "crypto/tls"

// Config skips verification.
var Config = &tls.Config{InsecureSkipVerify: true}
