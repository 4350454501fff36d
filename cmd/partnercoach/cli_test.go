package main

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"partnercoach/internal/e2e"
)

// runBinary runs the built binary with no terminal and returns its
// output and exit status.
func runBinary(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(e2e.BuildBinary(t), args...)
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
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown script", []string{"run", "third"}, `partnercoach: no built-in script is called "third" (the built-in scripts are: first, followup)`},
		{"bad flag", []string{"run", "first", "--bogus"}, "partnercoach: unknown flag: --bogus"},
		{"bad warn", []string{"run", "first", "--warn", "soon"}, `partnercoach: --warn: expected a duration such as 15m or 90s, got "soon"`},
		{"bad speed", []string{"run", "first", "--speed", "0.5"}, "partnercoach: --speed: expected a number of at least 1, got 0.5"},
		{"no name", []string{"run"}, "partnercoach: expected one script name (first, followup), got 0 arguments"},
		{"no terminal", []string{"run", "first"}, "partnercoach: partnercoach needs a terminal"},
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
	out, _, code := runBinary(t, "script", "show", "followup")
	if code != 0 || !strings.Contains(out, "name: followup") ||
		!strings.Contains(out, "How many minutes signal would you like before the end?") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
}

func TestVersion(t *testing.T) {
	out, _, code := runBinary(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "partnercoach ") {
		t.Fatalf("exit %d, output %q", code, out)
	}
}
