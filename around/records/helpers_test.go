package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// useTempData points the XDG data directory at a fresh temporary folder.
func useTempData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	return dir
}

// at is a time on 22 November 2026 in local time.
func at(hour, min, sec int) time.Time {
	return time.Date(2026, time.November, 22, hour, min, sec, 0, time.Local)
}

// fullRecord is a record with every field set, for round trips.
func fullRecord(id string) session.Record {
	start := at(15, 3, 0).UTC()
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

// simpleRecord is a held record of a newcomer's session.
func simpleRecord(id, newcomer string, number int, started time.Time, outcome session.Outcome, fee int) session.Record {
	return session.Record{
		Format: session.RecordFormat, ID: id, Newcomer: newcomer, Number: number, Script: "followup",
		Started: started, Ended: started.Add(50 * time.Minute), Outcome: outcome, FeeCents: fee,
	}
}

// writeRaw writes a file into the records folder as a coach might by hand.
func writeRaw(t *testing.T, name, content string) string {
	t.Helper()
	if err := os.MkdirAll(RecordsDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(RecordsDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// mustSave saves records or fails the test.
func mustSave(t *testing.T, recs ...session.Record) {
	t.Helper()
	for _, r := range recs {
		if err := Save(r); err != nil {
			t.Fatal(err)
		}
	}
}
