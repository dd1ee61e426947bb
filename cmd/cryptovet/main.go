// Command cryptovet finds cryptographic misuse in Go code.
//
// Run it on packages (cryptovet ./...), or as go vet's analysis tool
// (go vet -vettool=$(command -v cryptovet) ./...). See the README.
package main

import (
	"os"

	"github.com/cryptovet/cryptovet/internal/cli"
)

func main() {
	if cli.IsVetTool(os.Args[1:]) {
		cli.VetMain()
		return
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
