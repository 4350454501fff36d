package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/records"
	"partnercoach/script"
	"partnercoach/session"
)

// The ids of the records twoSessions writes.
const (
	firstID  = "2025-03-10-1200"
	secondID = "2025-03-17-1200"
)

// twoSessions writes, from the test process, the records of a newcomer's
// first two sessions (held, $25 then $50) into the data folder of
// homeEnv(dir), and returns that environment. The sessions are at noon
// UTC, so that their days are the same in any time zone the binary runs
// in, and in the past, whatever the date.
func twoSessions(t *testing.T, dir string) []string {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	for i, id := range []string{firstID, secondID} {
		start := time.Date(2025, 3, 10+7*i, 12, 0, 0, 0, time.UTC)
		rec := session.Record{
			ID: id, Newcomer: "AB", Number: i + 1, Script: []string{"first", "followup"}[i],
			Started: start, Ended: start.Add(50 * time.Minute), Outcome: session.Held,
			FeeCents: []int{2500, 5000}[i],
			Steps: []session.StepRecord{{
				ID: "welcome", Title: "Welcome", Planned: script.Duration(5 * time.Minute),
				Actual: script.Duration(6 * time.Minute), Covered: []string{"Said content is confidential"},
			}},
			Screening: session.Suitable,
		}
		if _, err := records.Save(rec); err != nil {
			t.Fatal(err)
		}
	}
	return homeEnv(dir)
}

func TestLogListsTheSessions(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	out, stderr, code := runBinaryEnv(t, env, "log")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || stderr != "" || len(lines) != 3 {
		t.Fatalf("exit %d, stderr %q, output:\n%s", code, stderr, out)
	}
	for i, want := range [][]string{
		{"ID", "DATE", "NEWCOMER", "SESSION", "SCRIPT", "OUTCOME", "LENGTH"},
		{firstID, "2025-03-10", "AB", "1", "first", "held", "50", "min"},
		{secondID, "2025-03-17", "AB", "2", "followup", "held", "50", "min"},
	} {
		fields := strings.Fields(lines[i])
		if i > 0 {
			fields = append(fields[:2], fields[3:]...) // drop the time of day
		}
		if strings.Join(fields, " ") != strings.Join(want, " ") {
			t.Errorf("line %d: %q, want %q", i, lines[i], want)
		}
	}
}

func TestLogWithNoSessions(t *testing.T) {
	t.Parallel()
	out, _, code := runBinary(t, "log")
	if code != 0 || out != "No sessions recorded yet.\n" {
		t.Fatalf("exit %d, output %q", code, out)
	}
}

func TestLogShowPrintsTheCoachLog(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	out, _, code := runBinaryEnv(t, env, "log", "show", secondID)
	if code != 0 || !strings.HasPrefix(out, "Confidential: what was said in a session stays between coach and newcomer; keep this log private.\n\nCoach log "+secondID+"\n") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
	for _, want := range []string{"Newcomer: AB\n", "Session:  2\n", "Fee:      $50.00\n",
		"1. Welcome  5 min / 6 min\n", "(50 min)\n", "covered: Said content is confidential\n", "Screening: Suitable for the partnership pool\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	_, stderr, code := runBinaryEnv(t, env, "log", "show", "2025-01-01-0900")
	if code != 1 || !strings.Contains(stderr, "partnercoach: no record 2025-01-01-0900 in ") {
		t.Fatalf("missing record: exit %d, stderr %q", code, stderr)
	}
}

func TestDamagedRecordIsReportedAndTheRestListed(t *testing.T) {
	dir := t.TempDir()
	env := twoSessions(t, dir)
	records := filepath.Join(dir, "data", "partnercoach", "records")
	bad := filepath.Join(records, "bad.json")
	if err := os.WriteFile(bad, []byte("{\n  \"format\": 2\n}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runBinaryEnv(t, env, "log")
	want := "partnercoach: " + bad + ":2:3: format is 2; this partnercoach reads records of format 1; moved aside to " +
		filepath.Join(records, "damaged", "bad.")
	if code != 0 || !strings.HasPrefix(stderr, want) || !strings.Contains(out, firstID) || !strings.Contains(out, secondID) {
		t.Fatalf("exit %d, stderr %q, output:\n%s", code, stderr, out)
	}
	if _, stderr, _ := runBinaryEnv(t, env, "log"); stderr != "" {
		t.Errorf("reported again after it was moved aside: %q", stderr)
	}
}

func TestLogExport(t *testing.T) {
	dir := t.TempDir()
	env := twoSessions(t, dir)
	out, _, code := runBinaryEnv(t, env, "log", "export", "--format", "csv", "--since", "2025-03-11")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 2 || rows[1][0] != secondID || rows[1][6] != "50.00" {
		t.Fatalf("exit %d, %v, rows %q", code, err, rows)
	}
	file := filepath.Join(dir, "log.md")
	out, _, code = runBinaryEnv(t, env, "log", "export", "--output", file)
	if code != 0 || out != "Wrote 2 sessions to "+file+".\n" {
		t.Fatalf("exit %d, output %q", code, out)
	}
	info, err := os.Stat(file)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("exported file: %v, %v", info, err)
	}
	md, _ := os.ReadFile(file)
	if !strings.Contains(string(md), "## "+firstID+" · AB · session 1") {
		t.Errorf("exported Markdown:\n%s", md)
	}
}

func TestLogErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"log", "export", "--format", "pdf"}, `partnercoach: --format: expected md, json or csv, got "pdf"`},
		{[]string{"log", "export", "--since", "March"}, `partnercoach: --since: expected a date such as 2026-11-22, got "March"`},
		{[]string{"log", "show"}, "partnercoach: expected one record id (partnercoach log lists them), got 0 arguments"},
		{[]string{"log", "show", "../secret"}, `partnercoach: "../secret" is not a record id`},
	}
	for _, tc := range tests {
		_, stderr, code := runBinary(t, tc.args...)
		if code != 1 || !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, code, stderr, tc.want)
		}
	}
}

// TestLogShowOfAbsurdLengthsSaysSoAndDraws reads a hand-edited record whose
// steps hold the largest length a duration can: "log show" says where, reads
// them as a day, and draws its picture. On the code before, it panicked
// ("strings: negative Repeat count") with exit status 2.
func TestLogShowOfAbsurdLengthsSaysSoAndDraws(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	records := filepath.Join(dir, "data", "partnercoach", "records")
	os.MkdirAll(records, 0o700)
	path := filepath.Join(records, "2025-01-01-1200.json")
	os.WriteFile(path, []byte(`{"format": 1, "id": "2025-01-01-1200", "script": "first",
"started": "2025-01-01T12:00:00Z", "ended": "2025-01-01T12:50:00Z", "outcome": "held",
"steps": [{"id": "w", "title": "Welcome", "planned": "5m", "actual": "2562047h"},
          {"id": "x", "title": "Next", "planned": "2562047h", "actual": "1m"}]}
`), 0o600)
	out, stderr, code := runBinaryEnv(t, homeEnv(dir), "log", "show", "2025-01-01-1200")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{
		path + ":3:60: steps[0].actual is 2562047h: a step or a turn lasts at most 24h; it is read as 24h\n",
		path + ":4:40: steps[1].planned is 2562047h: a step or a turn lasts at most 24h; it is read as 24h\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(out, "1. Welcome") || !strings.Contains(out, "24:00:00") {
		t.Errorf("log show drew no picture:\n%s", out)
	}
}
