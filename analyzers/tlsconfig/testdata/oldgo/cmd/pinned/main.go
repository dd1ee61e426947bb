//go:debug tls10server=0

// Command pinned keeps the Go 1.22 server default despite the go line.
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
