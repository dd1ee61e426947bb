package c

//cryptovet:file-ignore other not this analyzer

func bad() int { return 0 }

func f() {
	bad() // want "call of bad"
}
