//go:build linux

package main

import "partnercoach/internal/e2e"

// homeEnv is the fresh home of a program the benchmarks of measure_test.go
// start (e2e.HomeEnv).
func homeEnv(dir string) []string { return e2e.HomeEnv(dir) }
