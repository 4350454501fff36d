package app

import (
	"testing"
	"time"

	"partnercoach/app/apptest"
	"partnercoach/session"
)

// TestProgressOfSteps: the agenda tells a step done from one passed by
// and a turn that ran from one that never started.
func TestProgressOfSteps(t *testing.T) {
	start := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	s := session.New(apptest.Builtin(t, "first"), session.Options{}, start)
	at := func(d time.Duration) time.Time { return start.Add(d) }
	s.Apply(session.Toggle{Item: 0}, at(time.Minute)) // step 1: an item checked
	s.Apply(session.Next{}, at(2*time.Minute))
	s.Apply(session.Next{}, at(2*time.Minute+3*time.Second)) // step 2: passed by
	s.Apply(session.Next{}, at(5*time.Minute))               // step 3: three minutes in it
	for s.Current().Turn == nil {
		s.Apply(session.Next{}, at(5*time.Minute+time.Second))
	}
	turnPos := s.Pos()
	s.Apply(session.Next{}, at(6*time.Minute)) // the coach's turn: never started
	s.Apply(session.Prev{}, at(6*time.Minute+time.Second))
	s.Apply(session.StartPause{}, at(7*time.Minute))
	now := at(8 * time.Minute)

	tests := []struct {
		pos  int
		want Progress
	}{
		{0, Done}, {1, Skipped}, {2, Done}, {turnPos, Current}, {turnPos + 1, Skipped}, {turnPos + 2, Ahead},
	}
	for _, tt := range tests {
		if got := ProgressOf(s, tt.pos, now); got != tt.want {
			t.Errorf("step %d (%s): %v, want %v", tt.pos+1, s.Step(tt.pos).Title, got, tt.want)
		}
	}
	s.Apply(session.Next{}, at(9*time.Minute))
	if got := ProgressOf(s, turnPos, at(9*time.Minute)); got != Ran {
		t.Errorf("the turn that ran and was left: %v, want Ran", got)
	}
}

// TestAChoiceMadeIsDone: a choice made at "Who focuses first?" shows as
// done in the agenda, however quickly the coach moved on, not as passed
// by.
func TestAChoiceMadeIsDone(t *testing.T) {
	start := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	s := session.New(apptest.Builtin(t, "first"), session.Options{}, start)
	for s.Current().Choice == nil {
		s.Apply(session.Next{}, start)
	}
	choice := s.Pos()
	s.Apply(session.Choose{Option: 1}, start.Add(time.Second))
	s.Apply(session.Next{}, start.Add(2*time.Second))
	if got := ProgressOf(s, choice, start.Add(time.Minute)); got != Done {
		t.Fatalf("a choice made: %v, want Done", got)
	}
}
