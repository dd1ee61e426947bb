package versions

import (
	"net/http"

	"legacy"
)

func harden(srv *http.Server) {
	srv.TLSConfig.MinVersion = legacy.MinTLS // want `MinVersion legacy.MinTLS \(TLS 1.0\)`
}
