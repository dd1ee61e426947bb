package d

func g() {
	bad() // not reported without Tests
	//cryptovet:ignore toy
	bad()
}
