// Command oldsrv serves HTTPS.
package main

import (
	"crypto/tls"
	"log"
	"net/http"
)

func main() {
	srv := &http.Server{Addr: ":8443", TLSConfig: &tls.Config{}} // want `leaves MinVersion unset`
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}
