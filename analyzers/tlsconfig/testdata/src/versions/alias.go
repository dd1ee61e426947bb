package versions

import ctls "crypto/tls"

func aliased() *ctls.Config {
	return &ctls.Config{MaxVersion: ctls.VersionTLS10} // want `MaxVersion ctls.VersionTLS10 caps every connection at TLS 1.0`
}

func shadowed() *ctls.Config {
	ctls := &ctls.Config{}
	ctls.MinVersion = 0x0301 // want `\(TLS 1.0\)`
	return ctls
}
