package d

func bad() int { return 0 }

func f() {
	bad() // want "call of bad"
}
