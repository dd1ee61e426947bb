package versions

import (
	"crypto/tls"
	"net"

	"legacy"
)

const legacyMin = tls.VersionTLS11

var plantMax uint16 = tls.VersionTLS11

var reassignedMin uint16 = tls.VersionTLS10

func init() { reassignedMin = tls.VersionTLS12 }

func oldest() uint16 { return tls.VersionTLS10 }

func byMode(strict bool) uint16 {
	if strict {
		return tls.VersionTLS13
	}
	return tls.VersionTLS10
}

func literal() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS10} // want `^MinVersion tls.VersionTLS10 lets peers connect with TLS 1.0, deprecated by RFC 8996`
}

func hexValue() *tls.Config {
	return &tls.Config{MinVersion: 0x0302} // want `MinVersion 0x0302 \(TLS 1.1\)`
}

func otherPackage() *tls.Config {
	return &tls.Config{MinVersion: legacy.MinTLS} // want `MinVersion legacy.MinTLS \(TLS 1.0\)`
}

func ssl3() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionSSL30} // want `SSL 3.0 \(which crypto/tls no longer implements, so TLS 1.0\)`
}

func packageConst() *tls.Config {
	return &tls.Config{MinVersion: legacyMin} // want `MinVersion legacyMin \(TLS 1.1\)`
}

func packageVar(addr string) (*tls.Conn, error) {
	cfg := &tls.Config{
		ServerName: addr,
		MaxVersion: plantMax, // want `MaxVersion plantMax \(TLS 1.1\) caps every connection at TLS 1.1`
	}
	return tls.Dial("tcp", addr, cfg)
}

func helper() *tls.Config {
	return &tls.Config{MinVersion: oldest()} // want `MinVersion oldest\(\) \(TLS 1.0\)`
}

func constExpr() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12 - 1} // want `\(TLS 1.1\)`
}

func localVar() *tls.Config {
	v := uint16(tls.VersionTLS10)
	return &tls.Config{MinVersion: v} // want `MinVersion v \(TLS 1.0\)`
}

func assigned(l net.Listener, cert tls.Certificate) net.Listener {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	cfg.MinVersion = tls.VersionTLS11 // want `MinVersion tls.VersionTLS11 lets peers connect with TLS 1.1`
	return tls.NewListener(l, cfg)
}

type endpoint struct {
	name string
	tls  tls.Config
}

func nested() []endpoint {
	return []endpoint{{name: "pos", tls: tls.Config{MaxVersion: tls.VersionTLS10}}} // want `caps every connection at TLS 1.0`
}

// Negatives.

func modern() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: legacy.Modern}
}

func defaults() *tls.Config {
	return &tls.Config{MinVersion: 0, MaxVersion: 0}
}

func reassignedVar() *tls.Config {
	return &tls.Config{MinVersion: reassignedMin}
}

func mixedHelper(strict bool) *tls.Config {
	return &tls.Config{MinVersion: byMode(strict)}
}

func fromParameter(v uint16) *tls.Config {
	return &tls.Config{MinVersion: v}
}

func isLegacy(cs tls.ConnectionState) bool {
	return cs.Version < tls.VersionTLS12
}

var versionNames = map[uint16]string{
	tls.VersionTLS10: "TLS 1.0",
	tls.VersionTLS11: "TLS 1.1",
	tls.VersionTLS12: "TLS 1.2",
}

func offered(hello *tls.ClientHelloInfo) []uint16 {
	hello.SupportedVersions = []uint16{tls.VersionTLS10}
	return hello.SupportedVersions
}
