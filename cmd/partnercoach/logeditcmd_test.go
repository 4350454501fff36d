package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/records"
	"partnercoach/session"
)

// unnamedID is the record, with no newcomer, that withUnnamed writes.
const unnamedID = "2025-03-24-1200"

// withUnnamed writes AB's two sessions and a third session held with no
// name, as the start screen wrote it, into dir; it returns the
// environment. The settings make a later session $60.
func withUnnamed(t *testing.T, dir string) []string {
	t.Helper()
	env := twoSessions(t, dir)
	start := time.Date(2025, 3, 24, 12, 0, 0, 0, time.UTC)
	rec := session.Record{ID: unnamedID, Script: "followup", Started: start, Ended: start.Add(50 * time.Minute), Outcome: session.Held}
	if _, err := records.Save(rec); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config", "partnercoach")
	if err := os.MkdirAll(cfg, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cfg, "settings.yaml"), []byte("fees:\n  first: 30\n  later: 60\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, env, "newcomer", "add", "Bob Tester", "--assigned", "2025-03-01")
	return env
}

func TestLogEditAttachesANewcomerAndCorrectsTheOutcome(t *testing.T) {
	env := withUnnamed(t, t.TempDir())
	out := mustRun(t, env, "log", "edit", unnamedID, "--newcomer", "ab")
	want := "Changed record " + unnamedID + ":\n  newcomer: none → AB\n  session number: none → 3\n  fee: $0.00 → $60.00\n"
	if out != want {
		t.Fatalf("log edit --newcomer printed:\n%s\nwant:\n%s", out, want)
	}
	inv := mustRun(t, env, "invoice", "--month", "2025-03")
	if !strings.Contains(inv, "$135.00") || strings.Contains(inv, "(no name)") {
		t.Errorf("the invoice after the edit:\n%s", inv)
	}
	out = mustRun(t, env, "log", "edit", unnamedID, "--outcome", "no-show")
	if out != "Changed record "+unnamedID+":\n  outcome: held → no-show\n" {
		t.Errorf("log edit --outcome no-show printed:\n%s", out)
	}
	out = mustRun(t, env, "log", "edit", unnamedID, "--outcome", "Rescheduled")
	if !strings.Contains(out, "outcome: no-show → rescheduled\n  fee: $60.00 → $0.00\n") || !strings.Contains(out, "no longer billable") {
		t.Errorf("log edit --outcome rescheduled printed:\n%s", out)
	}
	out = mustRun(t, env, "log", "edit", unnamedID, "--outcome", "rescheduled")
	if out != "Record "+unnamedID+" is already so: nothing changed.\n" {
		t.Errorf("an edit that changes nothing printed:\n%s", out)
	}
	if list := mustRun(t, env, "newcomer", "list"); !strings.Contains(row(t, list, "AB"), "3 · followup · $60.00") {
		t.Errorf("AB's next session after the edits:\n%s", list)
	}
}

func TestLogEditNumberClash(t *testing.T) {
	env := withUnnamed(t, t.TempDir())
	out := mustRun(t, env, "log", "edit", unnamedID, "--newcomer", "AB", "--number", "2")
	if !strings.Contains(out, "AB's record "+secondID+" is also numbered session 2") {
		t.Errorf("a clash of numbers is not told:\n%s", out)
	}
}

func TestLogEditRefuses(t *testing.T) {
	env := withUnnamed(t, t.TempDir())
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a typo of a known name", []string{unnamedID, "--newcomer", "Bob Testr"},
			`no newcomer is called "Bob Testr"; did you mean "Bob Tester"? For someone new, add them first with: partnercoach newcomer add 'Bob Testr'`},
		{"an id that is no record", []string{"2025-03-24-1220", "--outcome", "held"},
			`no record has the id "2025-03-24-1220"; close ones: ` + unnamedID},
		{"an unknown outcome", []string{unnamedID, "--outcome", "cancelled"}, "--outcome: expected one of held, no-show, rescheduled, transferred"},
		{"no change asked", []string{unnamedID}, "nothing to change: give --newcomer, --outcome or --number"},
		{"number zero", []string{unnamedID, "--number", "0"}, `--number: expected a session number, a whole number such as 3 (1 or more), got "0"`},
		// Past the 64-bit limit: what is expected, not Go's strconv error.
		{"number too large", []string{unnamedID, "--number", "99999999999999999999"},
			`--number: expected a session number, a whole number such as 3 (1 or more), got "99999999999999999999"`},
		{"number not whole", []string{unnamedID, "--number", "2.5"}, `--number: expected a session number, a whole number such as 3 (1 or more), got "2.5"`},
		{"a name with an escape", []string{unnamedID, "--newcomer", "B\x1b]0;x\x07"}, "--newcomer: a newcomer's name may not hold"},
		{"no id", nil, "expected one record id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runBinaryEnv(t, env, append([]string{"log", "edit"}, tt.args...)...)
			if code == 0 || !strings.Contains(stderr, tt.want) || out != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want a failure saying %q", code, out, stderr, tt.want)
			}
		})
	}
	if rec, _, err := records.Load(unnamedID); err != nil || rec.Newcomer != "" || rec.Outcome != session.Held {
		t.Errorf("a refused edit changed the record: %+v, %v", rec, err)
	}
}

func TestLogEditNewNameIsTakenWithAWord(t *testing.T) {
	env := withUnnamed(t, t.TempDir())
	out, stderr, code := runBinaryEnv(t, env, "log", "edit", unnamedID, "--newcomer", "Carol Sample")
	if code != 0 || !strings.Contains(out, "newcomer: none → Carol Sample\n  session number: none → 1\n  fee: $0.00 → $30.00") {
		t.Fatalf("exit %d, output:\n%s%s", code, out, stderr)
	}
	if !strings.Contains(stderr, "Carol Sample is not in the newcomer list; to add them: partnercoach newcomer add 'Carol Sample'\n") {
		t.Errorf("stderr %q", stderr)
	}
}
