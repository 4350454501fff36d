package e2e_test

import (
	"path/filepath"
	"testing"
	"time"

	"partnercoach/around/records"
	"partnercoach/internal/e2e"
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
// e2e.HomeEnv(dir), and returns that environment. The sessions are at noon
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
	return e2e.HomeEnv(dir)
}
