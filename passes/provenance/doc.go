// Package provenance defines an Analyzer that finds the crypto sinks of a
// package and tells, for each argument in a role (key, nonce, salt,
// password, cost, random source, ...), what it can come from. It reports
// nothing; analyzers require it and read its *Result.
//
// # Model
//
// A [Sink] is an argument of a call in a role of package cryptoapi's table:
// aes.NewCipher(key), aead.Seal(dst, nonce, ...), pbkdf2.Key(h, password,
// salt, iter, n), jwt's token.SignedString(key), the first result of a
// jwt.Keyfunc (Role key, KeyFunc set). A call of a wrapper is a sink too:
// when a parameter of a function reaches a role, every call of that
// function (in this package, or in another through a [FuncFact]) is a sink
// for that role, with Via naming the wrapper. Nobody lists wrappers: they
// are derived from the table, transitively.
//
// [Origins] say where a value can come from, one [Origin] per source:
//
//   - Constant: literals and constant expressions, []byte("..."), composite
//     literals of constants, hex/base64/PEM decoding, strconv parsing,
//     bytes.Repeat and append of constants, package variables and struct
//     fields that the package only ever assigns constants (Len, Int, Bytes,
//     PEM and Name describe it).
//   - Zero: a buffer (make, new, var) that nothing writes.
//   - MathRand, CryptoRand: math/rand (v1, v2) or crypto/rand, including
//     io.ReadFull(rand.Reader, b) and helpers that do it.
//   - Derived: output of a hash, MAC, KDF or HKDF (API names it; Inputs are
//     the origins of its secret, message, salt and info inputs).
//   - Time: time.Now and what is computed from it.
//   - Param: a parameter of the enclosing function (Param, Func).
//   - Unknown: anything else. Unknown means silence: never report on it.
//
// A buffer's origins are its initial content (Zero for make) plus every
// write into it anywhere (rand.Read, copy, element stores, PutUint64, calls
// that may write it), flow-insensitively. A write of the whole buffer in
// the block that makes it replaces the initial zero. So a value is
// certainly constant only when Origins.Only(Constant) holds: one Unknown
// path (a counter, a fill by an unknown call) makes it uncertain.
//
// The resolution follows local data flow, closures (free variables),
// method values, calls of functions of the package (return summaries,
// memoised, with parameters substituted at each call site; nesting is
// bounded), struct fields (the object's own stores when it is a package
// variable or a local struct, else every store of the field in the
// package), package variables and generic functions (instantiated).
// Across packages it reads facts: [FuncFact] (results, parameter roles,
// fills) for exported functions and methods, [VarFact] for exported
// package variables of known provenance.
//
// # Cost
//
// The package is skipped (empty Result, no SSA) when it is in GOROOT or
// imports neither a crypto package of the table nor a package that exports
// provenance facts. SSA is built for the package only (imports are created
// from types). Every resolution is memoised and bounded by a step budget.
//
// # Usage
//
//	var Analyzer = &analysis.Analyzer{
//		Name:     "hardcodedkey",
//		Requires: []*analysis.Analyzer{provenance.Analyzer},
//		Run:      run,
//	}
//
//	func run(pass *analysis.Pass) (any, error) {
//		res := pass.ResultOf[provenance.Analyzer].(*provenance.Result)
//		for _, s := range res.SinksFor(cryptoapi.Key, cryptoapi.Password) {
//			if !s.Origins.Only(provenance.Constant) {
//				continue // Unknown, Param, random...: stay silent
//			}
//			o := s.Origins.First(provenance.Constant)
//			d := analysis.Diagnostic{Pos: s.Pos, End: s.End,
//				Message: fmt.Sprintf("constant %s of %s", s.Role, s.API)}
//			if o.Pos.IsValid() {
//				d.Related = []analysis.RelatedInformation{{Pos: o.Pos, Message: "defined here"}}
//			}
//			pass.Report(d)
//		}
//		return nil, nil
//	}
//
// Analyzers that need their own reasoning use the SSA form: Result.Funcs,
// Sink.Call and Sink.Func, Result.Origins(v) for any value and
// Result.Writes(v) for the instructions that may write into a buffer (the
// nonce analyzer uses them for reuse in loops and nonces kept in fields).
package provenance
