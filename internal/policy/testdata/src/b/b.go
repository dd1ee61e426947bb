//cryptovet:file-ignore toy,other fixtures for the protocol tests

package b

func bad() int { return 0 }

func f() {
	bad()
	bad()
}
