// Package sshalgo defines an Analyzer that reports insecure SSH ciphers, key exchanges, MACs and host key algorithms.
//
// # Analyzer sshalgo
//
// sshalgo: report insecure SSH ciphers, key exchanges, MACs and host key algorithms
//
// The analyzer reports algorithms that golang.org/x/crypto/ssh itself lists
// as insecure, in ssh.InsecureAlgorithms(), when a program configures them:
//
//   - key exchanges in Config.KeyExchanges: diffie-hellman-group1-sha1 (a
//     1024-bit group, Logjam) and diffie-hellman-group-exchange-sha1, which
//     RFC 9142 says SHOULD NOT be used, and diffie-hellman-group14-sha1
//     (RFC 9142: MAY, for interoperability; reported as a warning);
//   - ciphers in Config.Ciphers: aes128-cbc and 3des-cbc (CBC plaintext
//     recovery in SSH, CVE-2008-5161; 3DES has a 64-bit block, Sweet32) and
//     arcfour, arcfour128, arcfour256 (RC4, deprecated by RFC 8758);
//   - MACs in Config.MACs: hmac-sha1-96 (a truncated SHA-1 tag; a warning);
//   - host key algorithms in ClientConfig.HostKeyAlgorithms and client
//     public key algorithms in ServerConfig.PublicKeyAuthAlgorithms: ssh-rsa
//     and ssh-rsa-cert-v01@openssh.com, RSA signatures over SHA-1, replaced
//     by rsa-sha2-256 and rsa-sha2-512 (RFC 8332; a warning).
//
// The algorithms that x/crypto still enables by default (the SHA-1 group 14
// key exchange, hmac-sha1-96, ssh-rsa) are reported as warnings; the others
// are off by default, so configuring one weakens the connection and is an
// error. An insecure algorithm can be negotiated whenever the peer offers it,
// so a downgrade needs only an attacker on the path or an old peer.
//
// The names are found in composite literals of ssh.Config, ssh.ClientConfig
// and ssh.ServerConfig, in assignments to those fields, in append and
// slices.Concat, through variables and constants of the package (such as
// ssh.InsecureCipherAES128CBC or a package-level list), through helper
// functions of the package, and through the fields of
// ssh.InsecureAlgorithms(). Each finding covers the element that names the
// algorithm, or the expression (variable, call, field) through which it
// enters the configuration.
//
// Remove the algorithm. Leaving a field empty selects x/crypto's defaults;
// an explicit list should draw from ssh.SupportedAlgorithms(), for example
// curve25519-sha256 or mlkem768x25519-sha256, aes128-gcm@openssh.com or
// chacha20-poly1305@openssh.com, and hmac-sha2-256-etm@openssh.com. A peer
// that supports nothing else should be upgraded, or reached through a
// dedicated, isolated configuration.
//
// Not reported: explicit lists of modern algorithms, code that reads
// ssh.InsecureAlgorithms() to reject requested algorithms, lists the
// analyzer cannot see (configuration files, parameters), and algorithm names
// that x/crypto does not list as insecure. The weakness is CWE-327 (use of a
// broken or risky cryptographic algorithm).
package sshalgo
