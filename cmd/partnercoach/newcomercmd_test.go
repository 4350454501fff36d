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

func TestNewcomerListShowsNextSessionAndContactBy(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	if out := mustRun(t, env, "newcomer", "add", "AB", "--assigned", "2025-03-01"); out != "Added AB, assigned 2025-03-01: contact them by 2025-03-04.\n" {
		t.Errorf("add said %q", out)
	}
	mustRun(t, env, "newcomer", "add", "CD", "--assigned", "2025-03-20")
	mustRun(t, env, "newcomer", "paid", "ab", "--date", "2025-03-18")
	list := mustRun(t, env, "newcomer", "list")
	if !strings.HasPrefix(list, "NAME ") {
		t.Errorf("no heading:\n%s", list)
	}
	// AB's sessions met the assignment's deadline; the payment notice's,
	// 72 hours from the start of its day, is long past. CD was never
	// contacted.
	if got := row(t, list, "AB"); got != "AB 2025-03-01 2 0 3 · followup · $50.00 2025-03-21 00:00 (72 h from the start of the notice's day) OVERDUE" {
		t.Errorf("AB: %q", got)
	}
	if got := row(t, list, "CD"); got != "CD 2025-03-20 0 0 1 · first · $25.00 2025-03-23 (assignment) OVERDUE" {
		t.Errorf("CD: %q", got)
	}
	if out := mustRun(t, env, "newcomer", "contacted", "AB", "--date", "2025-03-19"); out != "Recorded a contact with AB on 2025-03-19.\n" {
		t.Errorf("contacted said %q", out)
	}
	if got := row(t, mustRun(t, env, "newcomer", "list"), "AB"); got != "AB 2025-03-01 2 0 3 · followup · $50.00 -" {
		t.Errorf("AB after contact: %q", got)
	}
}

func TestNewcomerForget(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	mustRun(t, env, "newcomer", "add", "AB", "--assigned", "2025-03-01")
	mustRun(t, env, "newcomer", "add", "CD", "--assigned", "2025-03-02")
	_, stderr, code := runBinaryEnv(t, env, "newcomer", "forget", "AB")
	if code != 1 || !strings.Contains(stderr, "add --yes") {
		t.Fatalf("without --yes and a terminal: exit %d, stderr %q", code, stderr)
	}
	out := mustRun(t, env, "newcomer", "forget", "ab", "--yes")
	want := "Deleted 2 records of ab: " + firstID + ", " + secondID + ".\nDeleted ab from the newcomer list, with their appointments.\n" +
		"No file in partnercoach's folders names ab any more.\n"
	if out != want {
		t.Fatalf("forget said:\n%s\nwant:\n%s", out, want)
	}
	if out := mustRun(t, env, "log"); out != "No sessions recorded yet.\n" {
		t.Errorf("log after forget:\n%s", out)
	}
	list := mustRun(t, env, "newcomer", "list")
	if strings.Contains(list, "AB") || !strings.Contains(list, "CD") {
		t.Errorf("list after forget:\n%s", list)
	}
	_, stderr, code = runBinaryEnv(t, env, "newcomer", "forget", "AB", "--yes")
	if code != 1 || !strings.Contains(stderr, `nothing is recorded about "AB"`) {
		t.Errorf("forgetting again: exit %d, stderr %q", code, stderr)
	}
}

func TestNewcomerErrors(t *testing.T) {
	t.Parallel()
	env := homeEnv(t.TempDir())
	mustRun(t, env, "newcomer", "add", "AB", "--assigned", "2025-03-01")
	mustRun(t, env, "newcomer", "add", "Bob Tester", "--assigned", "2025-03-01")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"newcomer", "add", "ab"}, `partnercoach: "ab" is already a newcomer (as "AB", assigned 2025-03-01)`},
		{[]string{"newcomer", "add", "EF", "--assigned", "1/3/2025"}, `partnercoach: --assigned: expected a date such as 2026-11-22, got "1/3/2025"`},
		{[]string{"newcomer", "add", "EF", "--assigned", "2999-01-01"}, "partnercoach: --assigned: 2999-01-01 is still to come"},
		{[]string{"newcomer", "paid", "AB", "--date", "yesterday"}, `partnercoach: --date: expected a date such as 2026-11-22, got "yesterday"`},
		{[]string{"newcomer", "contacted", "GH"}, `partnercoach: no newcomer is called "GH"; add them first with: partnercoach newcomer add GH`},
		{[]string{"newcomer", "contacted", "bob testr"}, `partnercoach: no newcomer is called "bob testr"; did you mean "Bob Tester"? For someone new, add them first with: partnercoach newcomer add 'bob testr'`},
		{[]string{"newcomer", "no-show", "Bob Testr"}, `partnercoach: no newcomer is called "Bob Testr"; did you mean "Bob Tester"?`},
		{[]string{"newcomer", "add", "A", "B"}, "partnercoach: expected one newcomer name (quote a name with spaces), got 2 arguments"},
	}
	for _, tc := range tests {
		_, stderr, code := runBinaryEnv(t, env, tc.args...)
		if code != 1 || !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, code, stderr, tc.want)
		}
	}
}
