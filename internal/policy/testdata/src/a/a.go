package a

func bad() int { return 0 }

func use(...int) {}

func lines() {
	bad() // want "call of bad"

	bad() //cryptovet:ignore toy the value is public

	//cryptovet:ignore toy reviewed in #123
	bad()

	//cryptovet:ignore toy reviewed in #123,
	// and the explanation goes on.
	bad()

	//cryptovet:ignore other reviewed
	bad() // want "call of bad"

	//cryptovet:ignore other,toy reviewed
	bad()

	//cryptovet:ignore toy -- reviewed
	bad()

	/* want "has no reason" */ //cryptovet:ignore toy
	bad()                      // want "call of bad"

	/* want "unknown directive //cryptovet:ignored" */ //cryptovet:ignored toy reason
	bad()                                              // want "call of bad"

	//cryptovet:ignore toy a blank line ends its reach

	bad() // want "call of bad"

	_ = 1 //cryptovet:ignore toy a trailing directive covers its own line only
	bad() // want "call of bad"

	// cryptovet:ignore toy with a space it is an ordinary comment
	bad() // want "call of bad"
}

func statements() {
	//cryptovet:ignore toy the whole statement
	use(1,
		bad(),
		bad())

	//cryptovet:ignore toy but not a compound statement
	if true {
		bad() // want "call of bad"
	}

	x := []int{
		bad(), //cryptovet:ignore toy one element
		bad(), // want "call of bad"
	}
	_ = x
}

func nolint() {
	bad() //nolint
	bad() //nolint:toy
	bad() //nolint:cryptovet // reviewed
	bad() //nolint:all
	bad() //nolint:errcheck,TOY
	bad() //nolint:errcheck // want "call of bad"
	bad() // nolint:toy // want "call of bad"

	//nolint:toy // on the line above
	bad()
}

func nosec() {
	bad() // #nosec -- toy maps to no gosec rule // want "call of bad"
}
