// Package cryptoapi is cryptovet's table of crypto API knowledge: for each
// function or method of the standard library's crypto packages,
// golang.org/x/crypto and golang-jwt that matters to an analyzer, which
// parameter plays which [Role] (key, nonce, salt, password, cost, random
// source, ...), what the call does ([Op]: encrypt, decrypt, derive, ...)
// and what it produces ([Source]: random bytes, predictable bytes, a derived
// value, the time).
//
// The table also knows a few encoding and conversion functions (hex,
// base64, strconv, pem.Decode, binary.BigEndian.PutUint64, time.Time
// methods) whose result carries the provenance of their input
// ([Propagate]), so that a constant hex string decoded at run time is still
// a constant.
//
// The table is plain data: analyzers never match API names themselves. They
// read the sinks that package provenance computes from this table, or call
// [Lookup] with a callee.
//
// Parameter indexes count the declared parameters from 0 and never the
// receiver; [Receiver] (-1) names the receiver of a method.
//
// Matching is by package path, receiver type name and function name. An
// interface method (cipher.AEAD.Seal, hash.Hash.Sum) is matched by the
// invoked method of that interface, including through interfaces and
// structs that embed it. A Name of "*" matches every function (or every
// method of Recv) of the package not listed on its own.
package cryptoapi
