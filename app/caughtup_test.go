package app

import (
	"testing"
	"time"

	"partnercoach/app/apptest"
	"partnercoach/session"
)

// TestResumedLateAlertsOnScreenOnly: a session saved three minutes before
// its coach's turn ends and resumed three days later has passed both the
// warning and the end. The coach who resumed is at the screen: it shows
// the end alone, with no desktop notification and no bell, even in a run
// that asked for sound.
func TestResumedLateAlertsOnScreenOnly(t *testing.T) {
	saved := t0.Add(-72 * time.Hour)
	start := saved.Add(-14 * time.Minute) // the last segment runs from start+12 to start+17
	s := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, start.Add(-20*time.Minute))
	for range 6 {
		s.Apply(session.Next{}, start.Add(-time.Minute))
	}
	s.Apply(session.StartPause{}, start)
	s.Advance(start.Add(5 * time.Minute))
	s.Apply(session.StartPause{}, start.Add(6*time.Minute))
	s.Advance(start.Add(11 * time.Minute))
	s.Apply(session.StartPause{}, start.Add(12*time.Minute))
	if evs := s.Advance(saved); len(evs) != 0 {
		t.Fatalf("events before the save: %+v", evs)
	}
	notifier := &apptest.Notifier{}
	c := New(Config{Resume: s, Saved: saved, Sound: true, Clock: &apptest.Clock{T: t0},
		Keeper: &apptest.Keeper{}, Notifier: notifier})
	e := c.Begin()
	if len(e.Alerts) != 1 || e.Alerts[0].Kind != AlertTimeUp {
		t.Fatalf("alerts %+v, want the turn's end alone", e.Alerts)
	}
	if e.Bell {
		t.Error("the bell rang for an end three days old")
	}
	for _, job := range e.Jobs {
		c.Report(job())
	}
	if len(notifier.Notes) != 0 {
		t.Errorf("notifications sent: %+v", notifier.Notes)
	}
}
