package a

import . "crypto/des"

func dotImport(key []byte) {
	_, _ = NewCipher(key) // want `des\.NewCipher creates a DES cipher`
}
