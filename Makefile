# The two commands of the README. Both work on a fresh machine with Go
# installed: modules come from the Go module proxy.

.PHONY: demo test bin/cryptovet

# Build cryptovet and run it on the bundled example module.
demo: bin/cryptovet
	cd testdata/example && ../../bin/cryptovet ./... ; test $$? -le 1

# Run every test (the golangci-lint plugin build is skipped with SHORT=1).
test:
	go test $(if $(SHORT),-short) ./...

bin/cryptovet:
	go build -o bin/cryptovet ./cmd/cryptovet
