package legacy

func bad() int { return 0 }

func f() {
	bad()
	//cryptovet:ignore toy
	bad()
}
