// Package tlsverify defines an Analyzer that reports TLS configurations that do not verify the peer's certificate.
//
// # Analyzer tlsverify
//
// tlsverify: report TLS configurations that do not verify the peer's certificate
//
// This analyzer is not implemented yet.
package tlsverify
