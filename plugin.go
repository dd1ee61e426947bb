// Package cryptovet is cryptovet's golangci-lint v2 module plugin.
//
// Importing the package registers the plugin under the name "cryptovet"
// with github.com/golangci/plugin-module-register. A golangci-lint binary
// built with it (golangci-lint custom, see docs/golangci-lint.md) runs
// cryptovet's analyzers when its configuration says
//
//	linters:
//	  enable: [cryptovet]
//	  settings:
//	    custom:
//	      cryptovet:
//	        type: module
//	        settings:
//	          disable: [timing]
//	          settings:
//	            keysize:
//	              minbits: 3072
//
// The settings have the shape of internal/config.Settings, the same as
// the .cryptovet.yml file: disable, enable, settings (thresholds by
// analyzer and flag name), tests and exclude. Keys are lower-case
// kebab-case, because golangci-lint lower-cases setting keys. Findings in
// generated files are never reported and findings in _test.go files only
// with tests: true, as in the standalone command and go vet.
package cryptovet

import (
	"fmt"
	"math"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cryptovet/cryptovet/internal/config"
	"github.com/cryptovet/cryptovet/internal/policy"
)

func init() {
	register.Plugin("cryptovet", New)
}

// Plugin is the golangci-lint module plugin: the analyzers its settings
// enable, wrapped with cryptovet's test-file and generated-file policy.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New builds the plugin from golangci-lint's settings for it
// (linters.settings.custom.cryptovet.settings). It rejects unknown keys,
// unknown analyzers and unknown thresholds, so a typo fails the run
// instead of being ignored. It sets the analyzers' flags, which are
// process-wide, as go vet's -NAME.FLAG flags do.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[config.Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("cryptovet: %w", err)
	}
	// DecodeSettings goes through JSON, which turns every number into a
	// float64, and 1000000 would reach the flag as "1e+06".
	for _, m := range s.Settings {
		for k, v := range m {
			m[k] = integral(v)
		}
	}
	rules, err := s.Rules()
	if err != nil {
		return nil, fmt.Errorf("cryptovet: %w", err)
	}
	if err := s.ApplyThresholds(); err != nil {
		return nil, fmt.Errorf("cryptovet: %w", err)
	}
	opts := &policy.Options{Tests: s.Tests != nil && *s.Tests}
	for _, p := range s.Exclude {
		if err := policy.ValidateExclude(p); err != nil {
			return nil, fmt.Errorf("cryptovet: exclude: %v", err)
		}
	}
	// Patterns are relative to the directory golangci-lint runs in.
	opts.Exclude = s.Exclude
	p := &Plugin{}
	for _, r := range rules {
		p.analyzers = append(p.analyzers, policy.Wrap(r.Analyzer, opts))
	}
	return p, nil
}

// BuildAnalyzers returns the enabled analyzers.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks golangci-lint for type information. In that mode it
// still runs the analyzers on dependencies for their facts (loading the
// dependencies from export data and caching their facts), so cross-package
// findings work as in go vet.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// integral turns a float64 that holds an integer back into an int64, in
// a value or a list of values.
func integral(v any) any {
	switch x := v.(type) {
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return int64(x)
		}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = integral(e)
		}
		return out
	}
	return v
}
