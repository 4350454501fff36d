// Package recordtest makes the session records that the tests of the
// packages around the call read and write.
package recordtest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/jsonfile"

	"partnercoach/script"
	"partnercoach/session"
)

// At is a time on 22 November 2026 in local time.
func At(hour, min, sec int) time.Time {
	return time.Date(2026, time.November, 22, hour, min, sec, 0, time.Local)
}

// Full is a record with every field set, for round trips.
func Full(id string) session.Record {
	start := At(15, 3, 0).UTC()
	return session.Record{
		Format: session.RecordFormat, ID: id, Newcomer: "Alice Example", Number: 1,
		Script: "first", ScriptTitle: "First partnership coaching session",
		Started: start, Ended: start.Add(52*time.Minute + 7*time.Second),
		Outcome: session.Held, FeeCents: 2500,
		Steps: []session.StepRecord{
			{
				ID: "welcome", Title: "Welcome", Planned: script.Duration(5 * time.Minute),
				Actual:  script.Duration(6*time.Minute + 12*time.Second + 300*time.Millisecond),
				Covered: []string{"Introduced myself as a partnership coach"},
				Missed:  []string{"Said content is confidential"},
				Answers: map[string]string{"How many minutes signal would you like?": "3", "Can you hear me OK?": "yes"},
			},
			{
				ID: "order", Title: "Who goes first", Planned: script.Duration(2 * time.Minute),
				Actual: script.Duration(time.Minute), Chosen: "Newcomer focuses first",
			},
			{
				ID: "coach-turn", Title: "My turn", Planned: script.Duration(15 * time.Minute),
				Actual: script.Duration(16*time.Minute + 30*time.Second),
				Turn:   &session.TurnRecord{Name: "Coach's turn", Length: script.Duration(15 * time.Minute), Used: script.Duration(16*time.Minute + 30*time.Second)},
			},
		},
		Screening: session.Suitable,
		Recommendation: session.Recommendation{
			FurtherSessions: 2, Learn: "to guide themselves & ask for listening", Ready: true,
		},
		Notes: []session.Note{
			{At: start.Add(7 * time.Minute), Step: "welcome", Text: "Hears well <on a headset>"},
			{At: start.Add(20 * time.Minute), Step: "coach-turn", Text: "Said back exactly\nwithout prompting"},
		},
		Marks:   []session.Mark{{At: start.Add(9 * time.Minute), Step: "coach-turn"}, {At: start.Add(17 * time.Minute), Step: "coach-turn"}},
		Summary: "A good first session.",
	}
}

// Simple is the record of a newcomer's session of the followup script,
// held for 50 minutes from started, with the outcome and fee given.
func Simple(id, newcomer string, number int, started time.Time, outcome session.Outcome, fee int) session.Record {
	return session.Record{
		Format: session.RecordFormat, ID: id, Newcomer: newcomer, Number: number, Script: "followup",
		Started: started, Ended: started.Add(50 * time.Minute), Outcome: outcome, FeeCents: fee,
	}
}

// Noon is noon on the given day of November 2026, in local time.
func Noon(d int) time.Time {
	return time.Date(2026, time.November, d, 0, 0, 0, 0, time.Local).Add(12 * time.Hour)
}

// SaveAll saves records with save or fails the test.
func SaveAll(t testing.TB, save func(session.Record) (string, error), recs ...session.Record) {
	t.Helper()
	for _, r := range recs {
		if _, err := save(r); err != nil {
			t.Fatal(err)
		}
	}
}

// AssertMovedAside checks a problem's file is gone from its place and
// kept, unchanged, in the damaged folder under the name reported.
func AssertMovedAside(t *testing.T, p jsonfile.Problem, content, damagedDir string) {
	t.Helper()
	if _, err := os.Stat(p.Path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s is still there (%v)", p.Path, err)
	}
	if filepath.Dir(p.MovedTo) != damagedDir {
		t.Fatalf("moved to %q, not into %s", p.MovedTo, damagedDir)
	}
	got, err := os.ReadFile(p.MovedTo)
	if err != nil || string(got) != content {
		t.Errorf("moved-aside copy %q, %v; want the original content", got, err)
	}
	if info, err := os.Stat(damagedDir); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("damaged folder: %v, %v", info, err)
	}
	if !strings.HasSuffix(p.Error(), "; moved aside to "+p.MovedTo) {
		t.Errorf("Error() = %q", p.Error())
	}
}

// WriteIn writes a file into the folder dir, making it if need be, as a
// coach might by hand, and returns its path.
func WriteIn(t *testing.T, dir, name, content string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
