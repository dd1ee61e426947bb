package analysisutil

import "testing"

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"CSRFToken":  "csrf token",
		"sessionID":  "session id",
		"X-API-Key":  "x api key",
		"api_key2":   "api key",
		"HMACKey":    "hmac key",
		"userPasswd": "user passwd",
	} {
		got := ""
		for i, w := range Words(in) {
			if i > 0 {
				got += " "
			}
			got += w
		}
		if got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassifyName(t *testing.T) {
	for name, want := range map[string]string{
		"token":               "token",
		"resetToken":          "token",
		"tokenString":         "token",
		"CSRFToken":           "CSRF token",
		"csrf_token":          "CSRF token",
		"apiKey":              "API key",
		"X-API-Key":           "API key",
		"apikeys":             "API key",
		"signingKey":          "signing key",
		"sessionID":           "session identifier",
		"sessions":            "session identifier",
		"sessionToken":        "session token",
		"sid":                 "session identifier",
		"resetCode":           "reset code",
		"otp":                 "one-time password",
		"clientSecret":        "secret",
		"passwordHash":        "password",
		"code":                "code",
		"tokenTTL":            "",
		"tokenID":             "",
		"tokenType":           "",
		"sessionTimeout":      "",
		"sessionStore":        "",
		"apiKeyHeader":        "",
		"privateKeyAuthMagic": "",
		"statusCode":          "",
		"key":                 "",
		"cacheKey":            "",
		"secretName":          "",
		"nonceSize":           "",
	} {
		got := ClassifyName(name)
		if got.Word != want || got.Secret != (want != "") {
			t.Errorf("ClassifyName(%q) = %+v, want %q", name, got, want)
		}
	}
}

func TestPasswordAndMACNames(t *testing.T) {
	for name, want := range map[string]bool{
		"password": true, "userPassword": true, "passwd": true, "pw": true, "newPassphrase": true,
		"hashedPassword": true, "passwordHash": true, "passwordDigest": true, "pwHashed": true,
		"pass": false, "passwordPolicy": false, "passwordMinLen": false, "passwordURL": false, "passwordResetToken": false,
	} {
		if got := IsPasswordName(name); got != want {
			t.Errorf("IsPasswordName(%q) = %v, want %v", name, got, want)
		}
	}
	for name, want := range map[string]bool{
		"mac": true, "expectedMAC": true, "sigHex": true, "signature": true,
		"signatureBytes": true, "macB64": true, "expectedSig": true, "sigs": true,
		"sigAlg": false, "signatureScheme": false, "macLen": false, "tag": false,
		// A digest named after the signature or MAC is the hash that is
		// signed or MACed, not the MAC.
		"sigHash": false, "wantSigHash": false, "signatureDigest": false, "macHash": false,
		"sigHashHex": false, "hmacHashed": false,
		"signers": false, "signer": false,
	} {
		if got := IsMACName(name); got != want {
			t.Errorf("IsMACName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestSpelledOut(t *testing.T) {
	for _, c := range []struct {
		name   string
		nearer []string
		want   bool
	}{
		{"sigs", []string{"signers"}, true},
		{"sig", []string{"signer"}, true},
		{"sigs", []string{"list", "activeSigners"}, true},
		{"sig", []string{"signals"}, true},
		{"sigs", nil, false},
		{"sigs", []string{"got"}, false},
		{"sigs", []string{"signatures"}, false},
		{"sig", []string{"signed"}, false},
		{"signature", []string{"signer"}, false}, // not an abbreviation
		{"apiKey", []string{"signers"}, false},
	} {
		if got := SpelledOut(c.name, c.nearer); got != c.want {
			t.Errorf("SpelledOut(%q, %q) = %v, want %v", c.name, c.nearer, got, c.want)
		}
	}
}
