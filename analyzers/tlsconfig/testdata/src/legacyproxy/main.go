// want +1 `//go:debug tls10server=1 weakens TLS and X.509 checks in this program: it lets servers without MinVersion accept TLS 1.0 and 1.1`
//go:debug tls10server=1
// want +1 `//go:debug default=go1.21 restores older defaults: tlsrsakex=1, which re-enables cipher suites with RSA key exchange.*; tls3des=1.*; tlssha1=1`
//go:debug default=go1.21
//go:debug http2client=0
//go:debug tlsunsafeekm=0

// Command legacyproxy terminates TLS for old clients.
package main

import (
	"crypto/tls"
	"log"
	"net/http"
)

func main() {
	srv := &http.Server{Addr: ":8443", TLSConfig: &tls.Config{}}
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}
