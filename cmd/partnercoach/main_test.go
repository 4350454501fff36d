package main

import (
	"os"
	"testing"

	"partnercoach/internal/e2e"
)

// TestMain removes the binary the end-to-end tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	e2e.RemoveBinary()
	os.Exit(code)
}
