package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// executeArgs runs the command line with args in process, as main does,
// and returns what it printed on standard output and standard error.
func executeArgs(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := newRootCmd()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err = execute(root)
	return out.String(), errOut.String(), err
}

func TestVersionFlags(t *testing.T) {
	want := "partnercoach " + versionString() + "\n"
	for _, flag := range []string{"--version", "-v"} {
		out, errOut, err := executeArgs(t, flag)
		if err != nil || out != want || errOut != "" {
			t.Errorf("%s: %v, printed %q and %q on standard error, want %q", flag, err, out, errOut, want)
		}
	}
}

func TestErrorsPrintedOnce(t *testing.T) {
	t.Setenv("PARTNERCOACH_NOW", "")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--bogus"}, "partnercoach: unknown flag: --bogus\nTry 'partnercoach --help' for usage.\n"},
		// On the code before, "Try 'partnercoach --help'", whose help has
		// no --number: the help to read is the command's own.
		{[]string{"log", "edit", "2026-11-22-1503", "--number", "0"}, "partnercoach: --number: expected a session number, a whole number such as 3 (1 or more), got \"0\"\nTry 'partnercoach log edit --help' for usage.\n"},
		{[]string{"newcomer", "fr\x1b[2Job"}, `partnercoach: unknown command "fr\x1b[2Job" for "partnercoach newcomer"`},
		{[]string{"run", "a", "b"}, "partnercoach: expected one script name"},
		// On the code before, cobra's "accepts 2 arg(s), received 1".
		{[]string{"newcomer", "schedule", "AB 2027-03-28 09:00"}, "partnercoach: expected the newcomer's name and when (NAME WHEN; quote a name or a time with spaces), got 1 argument\nTry 'partnercoach newcomer schedule --help' for usage.\n"},
		{[]string{"newcomer", "draft", "AB"}, "partnercoach: expected the newcomer's name and the message (NAME contact|booked|confirm|reschedule|cancel|transfer), got 1 argument\n"},
		// On the code before, cobra's own words: "if any flags in the
		// group [sound silent] are set none of the others can be; ...".
		{[]string{"run", "first", "--sound", "--silent"}, "partnercoach: --sound and --silent cannot be given together: expected one of them\n"},
	} {
		out, errOut, err := executeArgs(t, tt.args...)
		if err == nil {
			t.Errorf("%q: no error", tt.args)
		}
		if out != "" {
			t.Errorf("%q: printed on standard output: %q", tt.args, out)
		}
		if !strings.HasPrefix(errOut, tt.want) || strings.Count(errOut, "partnercoach: ") != 1 || strings.Contains(errOut, "\x1b") {
			t.Errorf("%q: standard error %q, want it to start with %q, once and without escapes", tt.args, errOut, tt.want)
		}
	}
}

// TestOnlyUsageErrorsPointToTheUsage prints errors of a wrong command
// line and others: only the first get "Try 'partnercoach --help'". On the
// code before, a file "larger" than allowed and a session to "charge" for
// got it too, as they hold "arg".
func TestOnlyUsageErrorsPointToTheUsage(t *testing.T) {
	for msg, want := range map[string]bool{
		"unknown flag: --bogus":                    true,
		"flag needs an argument: --tz":             true,
		"accepts 1 arg(s), received 0":             true,
		`unknown command "x" for "partnercoach"`:   true,
		`--format: expected text or json, got "x"`: true,
		"session.json is larger than 4 MB":         false,
		"Nora has no missed session to charge for": false,
	} {
		var b strings.Builder
		printError(&b, errors.New(msg), "partnercoach")
		if got := strings.Contains(b.String(), "Try 'partnercoach --help' for usage."); got != want {
			t.Errorf("%q: pointer to the usage %v, want %v", msg, got, want)
		}
	}
}

func TestHelpGoesToStandardOutput(t *testing.T) {
	t.Setenv("COLUMNS", "")
	out, errOut, err := executeArgs(t, "newcomer", "schedule", "--help")
	if err != nil || errOut != "" {
		t.Fatalf("%v, standard error %q", err, errOut)
	}
	if !strings.HasPrefix(out, "Book a newcomer's next session.") || !strings.Contains(out, "\nUsage:\n  partnercoach newcomer schedule NAME WHEN [flags]\n") ||
		!strings.Contains(out, "\n  -h, --help ") || strings.Contains(out, "\x1b") {
		t.Errorf("the help, printed into a buffer:\n%s", out)
	}
	help, _, _ := executeArgs(t, "help", "newcomer", "schedule")
	if help != out {
		t.Errorf("'help newcomer schedule' printed another help:\n%s", help)
	}
}
