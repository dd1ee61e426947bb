package output

// ValidateSARIF is validateSARIF for the external tests.
var ValidateSARIF = validateSARIF

// Update is the -update flag: rewrite golden files.
var Update = update
