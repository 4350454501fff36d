package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"partnercoach/internal/e2e"
)

// runBinary runs the built binary with no terminal, in a fresh home of its
// own, and returns its output and exit status.
func runBinary(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runBinaryEnv(t, homeEnv(t.TempDir()), args...)
}

// homeEnv returns an environment whose home and XDG directories all lie
// under dir, so that a test never reads or writes the real ones, and whose
// clock keeps UTC, so that no answer depends on the machine's zone.
func homeEnv(dir string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"TZ=UTC",
		"HOME=" + dir,
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"),
	}
}

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
