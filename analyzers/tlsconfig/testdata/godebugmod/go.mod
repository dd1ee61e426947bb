module example.com/godebugmod

go 1.25

godebug (
	tlsrsakex=1
	http2client=0
	default=go1.22
)
