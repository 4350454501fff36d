package e2e_test

import (
	"bytes"
	"errors"
	"os/exec"
	"testing"

	"partnercoach/internal/e2e"
)

// runBinaryEnv runs the built binary with no terminal and only the given
// environment, and returns its output and exit status.
func runBinaryEnv(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(e2e.BuildBinary(t), args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// mustRun runs the binary in env and fails the test unless it succeeds.
func mustRun(t *testing.T, env []string, args ...string) string {
	t.Helper()
	out, stderr, code := runBinaryEnv(t, env, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
	}
	return out
}
