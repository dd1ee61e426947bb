package main

import (
	_ "github.com/owenrumney/go-sarif/v2/sarif"
	_ "golang.org/x/tools/go/analysis/checker"
	_ "golang.org/x/tools/go/analysis/unitchecker"
	_ "golang.org/x/tools/go/packages"
	_ "golang.org/x/tools/go/ssa"
	_ "golang.org/x/tools/go/analysis/analysistest"

	_ "github.com/cryptovet/cryptovet/internal/registry"
)

func main() {}
