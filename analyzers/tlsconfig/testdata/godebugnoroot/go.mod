module example.com/godebugnoroot

go 1.26

godebug tls3des=1
