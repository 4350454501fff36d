package session

import (
	"testing"
	"time"
)

// TestPlannedNowFollowsTheTurn: minutes taken off a turn, started or not,
// shorten what the step is planned at now and the projected end; the
// plan the record keeps is the script's.
func TestPlannedNowFollowsTheTurn(t *testing.T) {
	s := start(t, "first")
	s.Apply(StartCall{}, base)
	goTo(t, s, "coach-turn", base)
	before := s.Projected(base)
	for range 6 {
		s.Apply(Extend{By: -time.Minute}, base)
	}
	if got := s.PlannedNow("coach-turn"); got != 9*time.Minute {
		t.Fatalf("PlannedNow = %v, want 9m", got)
	}
	if got := s.PlannedFor("coach-turn"); got != 15*time.Minute {
		t.Fatalf("PlannedFor = %v, want the plan, 15m", got)
	}
	if got := before.Sub(s.Projected(base)); got != 6*time.Minute {
		t.Fatalf("the projected end moved by %v, want 6m", got)
	}
	s.Apply(Next{}, base)
	s.Apply(Next{}, base)
	s.Apply(Extend{By: 2 * time.Minute}, base) // the newcomer's turn, not started
	if got := s.PlannedNow("newcomer-turn"); got != 14*time.Minute {
		t.Fatalf("PlannedNow of a turn not started = %v, want 14m", got)
	}
	rec := s.Record("x", Closing{Outcome: Held}, at(time.Minute))
	for _, st := range rec.Steps {
		if st.ID == "coach-turn" && st.Planned.D() != 15*time.Minute {
			t.Fatalf("the record's plan: %v", st.Planned.D())
		}
	}
}
