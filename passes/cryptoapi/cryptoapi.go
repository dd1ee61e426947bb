package cryptoapi

import (
	"go/types"
	"strings"
)

// Role is the part a parameter plays in a crypto API.
type Role string

// Roles of parameters.
const (
	Key         Role = "key"         // secret key: cipher, AEAD, MAC, signing key, KDF secret
	PrivateKey  Role = "private-key" // encoded (DER or PEM) private key being parsed
	Nonce       Role = "nonce"       // nonce or IV
	Salt        Role = "salt"        // KDF or password-hash salt
	Password    Role = "password"    // password or passphrase fed to a KDF
	Info        Role = "info"        // HKDF info or context string
	Iterations  Role = "iterations"  // PBKDF2 iteration count
	Cost        Role = "cost"        // bcrypt cost
	ScryptN     Role = "scrypt-n"    // scrypt CPU/memory cost N
	ScryptR     Role = "scrypt-r"    // scrypt block size r
	ScryptP     Role = "scrypt-p"    // scrypt parallelism p
	Time        Role = "time"        // Argon2 passes
	Memory      Role = "memory"      // Argon2 memory in KiB
	Parallelism Role = "parallelism" // Argon2 threads
	KeyLen      Role = "key-length"  // length of a derived key in bytes
	Bits        Role = "bits"        // RSA modulus size in bits
	Sizes       Role = "sizes"       // DSA parameter sizes
	Curve       Role = "curve"       // elliptic curve
	Random      Role = "random"      // io.Reader used as the randomness source
	Message     Role = "message"     // data that is encrypted, hashed, MACed or signed
	MAC         Role = "mac"         // MAC, signature or password hash being compared or verified
	Hash        Role = "hash"        // hash constructor or crypto.Hash
	KeyFunc     Role = "keyfunc"     // jwt.Keyfunc: its first result is the verification key
	Out         Role = "out"         // buffer that the call fills with what it produces
	In          Role = "in"          // input whose provenance the call's product carries
	Block       Role = "block"       // cipher.Block (or AEAD) the mode is built on
	PublicKey   Role = "public-key"  // public key (not secret)
	Ciphertext  Role = "ciphertext"  // data being decrypted or opened
	Seed        Role = "seed"        // seed of a deterministic generator
	Tweak       Role = "tweak"       // XTS sector number / tweak
	Passphrase  Role = "passphrase"  // passphrase protecting an encoded private key
	Signature   Role = "signature"   // signature being verified
	AddData     Role = "additional"  // AEAD additional data
	Destination Role = "dst"         // output buffer that the call appends to
)

// Numeric reports whether the role is an integer parameter checked
// against a threshold: a cost, a size or a count.
func (r Role) Numeric() bool {
	switch r {
	case Iterations, Cost, ScryptN, ScryptR, ScryptP, Time, Memory, Parallelism, KeyLen, Bits, Sizes:
		return true
	}
	return false
}

// Receiver is the parameter index that names the receiver of a method.
const Receiver = -1

// Op is what a call does.
type Op uint8

// Operations.
const (
	OpNone       Op = iota
	NewCipher       // makes a keyed primitive (block cipher, AEAD, MAC) from a key
	NewMode         // makes a block cipher mode from a block and an IV
	Encrypt         // encrypts with a nonce or IV that must be unique
	Decrypt         // decrypts with a stored nonce or IV: never a nonce misuse
	Crypt           // stream mode or keystream that both encrypts and decrypts
	MACOp           // computes a MAC
	HashOp          // hashes data (no key, no salt)
	Derive          // derives a key with a KDF
	PasswordHash    // hashes a password for storage (bcrypt)
	Compare         // compares secrets (constant time) or checks a password hash
	Sign            // signs
	Verify          // verifies a signature
	GenerateKey     // generates a key pair or key
	ParseKey        // parses encoded key material
	RandomOp        // produces random or pseudo-random data
	ClockOp         // reads the clock
	Transform       // encodes, decodes or converts: the result carries its input's provenance
)

var opNames = [...]string{"none", "new-cipher", "new-mode", "encrypt", "decrypt", "crypt", "mac", "hash",
	"derive", "password-hash", "compare", "sign", "verify", "generate-key", "parse-key", "random", "clock", "transform"}

func (op Op) String() string {
	if int(op) < len(opNames) {
		return opNames[op]
	}
	return "op?"
}

// Source is what a call produces, in its first result or in its Out
// parameter.
type Source uint8

// Sources.
const (
	NoSource   Source = iota
	CryptoRand        // cryptographically random bytes, numbers or reader
	MathRand          // predictable pseudo-random values (math/rand, math/rand/v2)
	Derived           // output of a hash, MAC or KDF over the inputs with a role
	Clock             // the current time
	Propagate         // carries the provenance of the In parameters (and receiver)
)

var sourceNames = [...]string{"none", "crypto/rand", "math/rand", "derived", "time", "propagate"}

func (s Source) String() string {
	if int(s) < len(sourceNames) {
		return sourceNames[s]
	}
	return "source?"
}

// Param gives a parameter's role. Index counts declared parameters from 0;
// Receiver (-1) is the method receiver. Variadic parameters count once.
type Param struct {
	Index int
	Role  Role
}

// Func describes one function or method.
type Func struct {
	Pkg  string // import path
	Recv string // receiver type name (without *), or interface name; "" for a function
	Name string // function or method name; "*" matches any name not listed
	Op   Op
	// Params gives the roles of the parameters that have one.
	Params []Param
	// Produces says what the call produces: in the Out parameter when there
	// is one, else in the result Result.
	Produces Source
	Result   int
	// Returns describes what the first result is, when it is a keyed
	// object whose methods matter (an AEAD, a Stream): "aead", "stream",
	// "block-mode", "block", "hash". Informational.
	Returns string
	// RandomNonce marks an AEAD constructor whose AEAD chooses the nonce
	// itself (cipher.NewGCMWithRandomNonce): Seal takes an empty nonce.
	RandomNonce bool
	// Deprecated is set for APIs deprecated for security reasons.
	Deprecated bool
}

// ID is the function's stable name: "crypto/cipher.AEAD.Seal",
// "crypto/aes.NewCipher".
func (f *Func) ID() string {
	if f.Recv != "" {
		return f.Pkg + "." + f.Recv + "." + f.Name
	}
	return f.Pkg + "." + f.Name
}

// String returns the short name used in messages: "cipher.AEAD.Seal",
// "aes.NewCipher", "jwt.Token.SignedString".
func (f *Func) String() string {
	p := f.Pkg
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	if len(p) >= 2 && p[0] == 'v' && p[1] >= '0' && p[1] <= '9' { // jwt/v5, rand/v2
		q := strings.TrimSuffix(f.Pkg, "/"+p)
		if i := strings.LastIndex(q, "/"); i >= 0 {
			q = q[i+1:]
		}
		p = q
	}
	if f.Recv != "" {
		return p + "." + f.Recv + "." + f.Name
	}
	return p + "." + f.Name
}

// Role returns the role of parameter i, or "".
func (f *Func) Role(i int) Role {
	for _, p := range f.Params {
		if p.Index == i {
			return p.Role
		}
	}
	return ""
}

// ParamsWith returns the indexes of the parameters with role r.
func (f *Func) ParamsWith(r Role) []int {
	var out []int
	for _, p := range f.Params {
		if p.Role == r {
			out = append(out, p.Index)
		}
	}
	return out
}

// Has reports whether some parameter has role r.
func (f *Func) Has(r Role) bool { return len(f.ParamsWith(r)) > 0 }

// Encrypts reports whether the call encrypts with a nonce or IV that must be
// unique (Encrypt, or Crypt for stream modes, which encrypt and decrypt
// alike).
func (f *Func) Encrypts() bool { return f.Op == Encrypt || f.Op == Crypt }

var (
	byID     map[string]*Func
	packages map[string]bool
)

func init() {
	byID = make(map[string]*Func, len(table))
	packages = make(map[string]bool)
	for _, f := range table {
		id := f.ID()
		if _, dup := byID[id]; dup {
			panic("cryptoapi: duplicate entry " + id)
		}
		byID[id] = f
		if f.Op != Transform && f.Op != ClockOp {
			packages[f.Pkg] = true
		}
	}
}

// All returns every entry of the table. The slice must not be modified.
func All() []*Func { return table }

// ByID returns the entry with the given ID (see Func.ID), or nil.
func ByID(id string) *Func { return byID[id] }

// IsCryptoPackage reports whether the table has crypto (not merely
// encoding) entries for the package path. Analyses use it to skip packages
// that import no crypto API.
func IsCryptoPackage(path string) bool { return packages[path] }

// Lookup returns the entry for a function or method: a package-level
// function, a method of a named type, or a method of an interface. It
// returns nil for functions the table does not know.
func Lookup(fn *types.Func) *Func {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	path := fn.Pkg().Path()
	recv := ""
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		recv = recvName(sig.Recv().Type())
		if recv == "" {
			return nil
		}
	}
	return lookup(path, recv, fn.Name())
}

// LookupName returns the entry for pkg, recv and name (recv is "" for a
// package-level function), falling back to a "*" entry.
func LookupName(pkg, recv, name string) *Func { return lookup(pkg, recv, name) }

func lookup(path, recv, name string) *Func {
	var b strings.Builder
	b.Grow(len(path) + len(recv) + len(name) + 2)
	b.WriteString(path)
	b.WriteByte('.')
	if recv != "" {
		b.WriteString(recv)
		b.WriteByte('.')
	}
	prefix := b.Len()
	b.WriteString(name)
	if f := byID[b.String()]; f != nil {
		return f
	}
	id := b.String()[:prefix] + "*"
	return byID[id]
}

func recvName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t.Obj().Name()
	case *types.Interface:
		return "" // method of an unnamed interface
	}
	return ""
}
