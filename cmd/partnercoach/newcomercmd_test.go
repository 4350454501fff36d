package main

import (
	"strings"
	"testing"
)

// mustRun runs the binary in env and fails the test unless it succeeds.
func mustRun(t *testing.T, env []string, args ...string) string {
	t.Helper()
	out, stderr, code := runBinaryEnv(t, env, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
	}
	return out
}

// row returns the fields of the line of a table that starts with name.
func row(t *testing.T, table, name string) string {
	t.Helper()
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, name+" ") {
			return strings.Join(strings.Fields(line), " ")
		}
	}
	t.Fatalf("no line for %s in:\n%s", name, table)
	return ""
}
