package weakcipher

import (
	_ "embed"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptovet/cryptovet/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports encryption with broken or 64-bit-block ciphers and deprecated modes.
var Analyzer = &analysis.Analyzer{
	Name:     "weakcipher",
	Doc:      analysisutil.MustExtractDoc(doc, "weakcipher"),
	URL:      "https://github.com/cryptovet/cryptovet/blob/main/docs/analyzers/weakcipher.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

var reportModes bool

func init() {
	Analyzer.Flags.BoolVar(&reportModes, "modes", true,
		"also report the deprecated CFB and OFB modes (crypto/cipher, deprecated since Go 1.24), as warnings")
}

// A weakness describes the ciphers made by one family of constructors.
type weakness struct {
	// why says what is wrong with the cipher; the message is
	// "<func> creates <why>; <instead>".
	why, instead string
	// category lowers the finding's level ("" keeps the rule's level).
	category string
	// mode marks the deprecated modes, which the -modes flag controls.
	mode bool
}

const useAEAD = "use AES-GCM (aes.NewCipher with cipher.NewGCM) or chacha20poly1305 instead"

var (
	des = &weakness{
		why:     "a DES cipher, whose 56-bit key falls to exhaustive search and whose 64-bit block repeats after 2^32 blocks (Sweet32)",
		instead: useAEAD,
	}
	tripleDES = &weakness{
		why:     "a 3DES cipher, whose 64-bit block leaks plaintext once about 2^32 blocks are encrypted under one key (Sweet32, CVE-2016-2183); NIST SP 800-131A disallows it for encryption after 2023",
		instead: useAEAD,
	}
	rc4 = &weakness{
		why:     "an RC4 stream, whose biased keystream reveals plaintext encrypted many times (RFC 7465, RFC 8758)",
		instead: useAEAD,
	}
	blowfish = block64("a Blowfish")
	cast5    = block64("a CAST5")
	xtea     = block64("an XTEA")
	tea      = &weakness{
		why:     "a TEA cipher, which has a 64-bit block (Sweet32), equivalent keys and related-key attacks; x/crypto deprecates the package",
		instead: useAEAD,
	}
	mode = &weakness{
		why:      "a stream in a mode deprecated since Go 1.24: it is unauthenticated, so an attacker can flip plaintext bits unless a MAC covers the ciphertext",
		instead:  "use an AEAD (cipher.NewGCM), or cipher.NewCTR with a MAC where a stream mode is required",
		category: analysisutil.LevelWarning,
		mode:     true,
	}
)

// block64 describes a deprecated x/crypto cipher whose weakness is its
// 64-bit block.
func block64(cipher string) *weakness {
	return &weakness{
		why:     cipher + " cipher, whose 64-bit block leaks plaintext once about 2^32 blocks are encrypted under one key (Sweet32); x/crypto deprecates the package",
		instead: useAEAD,
	}
}

// constructors maps package path and function name to the weakness of
// what the function makes. blowfish.NewSaltedCipher is not listed: it is
// the salted key schedule (EksBlowfishSetup) of bcrypt and bcrypt_pbkdf,
// password hashes that encrypt a fixed text and do not depend on the block
// size.
var constructors = map[string]map[string]*weakness{
	"crypto/des":                   {"NewCipher": des, "NewTripleDESCipher": tripleDES},
	"crypto/rc4":                   {"NewCipher": rc4},
	"golang.org/x/crypto/blowfish": {"NewCipher": blowfish},
	"golang.org/x/crypto/cast5":    {"NewCipher": cast5},
	"golang.org/x/crypto/xtea":     {"NewCipher": xtea},
	"golang.org/x/crypto/tea":      {"NewCipher": tea, "NewCipherWithRounds": tea},
	"crypto/cipher":                {"NewCFBEncrypter": mode, "NewCFBDecrypter": mode, "NewOFB": mode},
}

func lookup(fn *types.Func) *weakness {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return nil
	}
	return constructors[fn.Pkg().Path()][fn.Name()]
}

func run(pass *analysis.Pass) (any, error) {
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range inspect.Root().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		fn, _ := pass.TypesInfo.Uses[id].(*types.Func)
		w := lookup(fn)
		if w == nil || (w.mode && !reportModes) || fn.Pkg() == pass.Pkg {
			// The package that implements the cipher is not a user of it:
			// tea.NewCipher calling NewCipherWithRounds chooses nothing.
			continue
		}
		ref := analysisutil.Reference(cur)
		name := fn.Pkg().Name() + "." + fn.Name()
		if call, ok := ref.Parent().Node().(*ast.CallExpr); ok && call.Fun == ref.Node() {
			analysisutil.Reportf(pass, call, w.category, "%s creates %s; %s", name, w.why, w.instead)
			continue
		}
		analysisutil.Reportf(pass, ref.Node(), w.category,
			"%s, used as a function value, creates %s; %s", name, w.why, w.instead)
	}
	return nil, nil
}
