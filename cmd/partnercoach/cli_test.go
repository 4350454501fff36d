package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

func TestCLIErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown script", []string{"run", "third"}, `partnercoach: no built-in script is called "third" (the built-in scripts are: first, followup, coaching, partnership)`},
		{"bad flag", []string{"run", "first", "--bogus"}, "partnercoach: unknown flag: --bogus"},
		{"bad warn", []string{"run", "first", "--warn", "soon"}, `partnercoach: --warn: expected a duration such as 15m or 90s, got "soon"`},
		{"bad speed", []string{"run", "first", "--speed", "0.5"}, "partnercoach: --speed: expected a number from 1 (real time) to 3600 (an hour a second), such as 60, got 0.5"},
		{"no name", []string{"run"}, "partnercoach: expected a script name (first, followup, coaching, partnership), or --newcomer NAME to run their next session"},
		{"two names", []string{"run", "first", "followup"}, "partnercoach: expected one script name (first, followup, coaching, partnership), got 2 arguments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runBinary(t, tc.args...)
			if code != 1 || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, stderr %q; want exit 1 and %q", code, stderr, tc.want)
			}
		})
	}
}

func TestScriptShowPrintsTheFile(t *testing.T) {
	t.Parallel()
	out, _, code := runBinary(t, "script", "show", "followup")
	if code != 0 || !strings.Contains(out, "name: followup") ||
		!strings.Contains(out, "How many minutes signal would you like before the end?") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
}
