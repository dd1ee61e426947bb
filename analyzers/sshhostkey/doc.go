// Package sshhostkey defines an Analyzer that reports SSH clients that do not verify the server's host key.
//
// # Analyzer sshhostkey
//
// sshhostkey: report SSH clients that do not verify the server's host key
//
// An SSH client authenticates the server by its host key (RFC 4251 section
// 4.1, RFC 4253 section 8). A client that accepts any host key talks to
// whoever answers: an attacker on the network path completes the key
// exchange in the server's place, receives the password or the signature
// of the user's key, and reads and changes the session (CWE-322, key
// exchange without entity authentication).
//
// The analyzer reports:
//
//   - every call of ssh.InsecureIgnoreHostKey() (golang.org/x/crypto/ssh),
//     whether its result goes straight into ClientConfig.HostKeyCallback,
//     into a field assigned later, or into a variable, and the function
//     itself used as a value;
//   - a function that becomes a HostKeyCallback (a ClientConfig field, a
//     variable, field, parameter or result of type ssh.HostKeyCallback, a
//     conversion to it) and accepts every key: a function literal, a
//     function or method of the package, or a variable holding one, that
//     returns nil on every path (for example one that only logs the key),
//     or whose errors never depend on the key (for example one that checks
//     only the host name). The finding is placed where the function
//     becomes a callback, not at its declaration.
//
// Instead, verify the key: knownhosts.New (golang.org/x/crypto/ssh/knownhosts)
// with a known_hosts file, ssh.FixedHostKey with the server's key recorded
// at installation, or a callback that compares the key (its Marshal()
// bytes, or ssh.FingerprintSHA256) with a recorded one. Trust on first
// use should at least pin the key it records.
//
// Not reported: knownhosts.New, ssh.FixedHostKey, callbacks whose result
// depends on the key (a comparison, a lookup, a delegation to another
// callback such as the one knownhosts.New returns), callbacks that reject
// every key (key scanners that capture the key and abort the handshake),
// functions the analyzer cannot see (other packages, values from
// parameters), and the code of golang.org/x/crypto/ssh itself, whose
// InsecureIgnoreHostKey is the API that its callers are reported for.
package sshhostkey
