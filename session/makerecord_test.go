package session

import (
	"slices"
	"testing"
	"time"

	"partnercoach/script"
)

func TestRecordOfASession(t *testing.T) {
	s := New(load(t, "followup"), Options{Newcomer: "AB", Number: 2}, base)
	for _, ta := range followupRun {
		s.Apply(ta.a, at(ta.at))
	}
	end := at(50 * time.Minute)
	rec := s.Record("2026-11-22-1000", Closing{
		Outcome: Held, FeeCents: 5000, Summary: "good session",
		Recommendation: Recommendation{FurtherSessions: 1, Learn: "listening", Ready: false},
	}, end)
	if rec.ID != "2026-11-22-1000" || rec.Newcomer != "AB" || rec.Number != 2 ||
		rec.Script != "followup" || rec.FeeCents != 5000 || !rec.Ended.Equal(end) {
		t.Fatalf("record header %+v", rec)
	}
	if len(rec.Steps) != 10 || rec.Steps[2].ID != "who-first" || rec.Steps[2].Chosen == "" {
		t.Fatalf("steps %+v", rec.Steps)
	}
	// The call started at the first tick, 10 seconds in: the first step's
	// time counts from there.
	if !rec.Started.Equal(at(10*time.Second)) || rec.CallStart != "first-action" {
		t.Fatalf("record started %v (%q), want base+10s (first-action)", rec.Started, rec.CallStart)
	}
	first := rec.Steps[0]
	if first.Actual != script.Duration(50*time.Second) || len(first.Covered) != 1 {
		t.Fatalf("first step %+v", first)
	}
	// Coach first (option 1) puts the three questions sixth; the second
	// was answered with 3 minutes.
	q := rec.Steps[5]
	if q.ID != "three-questions" || !slices.Contains(mapValues(q.Answers), "3 minutes") {
		t.Fatalf("sixth step %+v", q)
	}
	var turn *TurnRecord
	for _, st := range rec.Steps {
		if st.ID == "coach-turn" {
			turn = st.Turn
		}
	}
	// The coach's turn came first, started at 3:10, was extended by a
	// minute, and paused when the coach moved on at 7:00: it ran 3:50,
	// not until the end of the session.
	if turn == nil || turn.Length != script.Duration(16*time.Minute) ||
		turn.Used != script.Duration(3*time.Minute+50*time.Second) {
		t.Fatalf("coach turn %+v", turn)
	}
	if len(rec.Notes) != 2 || len(rec.Marks) != 1 {
		t.Fatalf("notes %v marks %v", rec.Notes, rec.Marks)
	}
}

func TestRecordKeepsNoFeeUnlessBillable(t *testing.T) {
	s := start(t, "first")
	for _, o := range Outcomes {
		rec := s.Record("x", Closing{Outcome: o, FeeCents: 2500}, at(time.Minute))
		if want := map[bool]int{true: 2500, false: 0}[o.Billable()]; rec.FeeCents != want {
			t.Errorf("%s: fee %d, want %d", o, rec.FeeCents, want)
		}
	}
}

// mapValues returns a map's values.
func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
