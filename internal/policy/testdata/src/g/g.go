package g

func bad() int { return 0 }

func f() {
	bad() // want "call of bad"

	//cryptovet:ignore toy the value is public
	bad() // want "call of bad"

	//cryptovet:ignore toy nothing to silence here
	_ = 1

	//cryptovet:ignore toy,other,nosuch reviewed
	bad() // want "call of bad"

	bad() //nolint:toy // want "call of bad"

	_ = 2 //nolint:toy

	//cryptovet:ignore
	_ = 3
}
