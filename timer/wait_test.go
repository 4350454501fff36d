package timer

import (
	"testing"
	"time"
)

// TestTurnWaitsOnTheCoach: a turn paused with time left waits on the
// coach, by how long since it paused, and is reminded of once, after
// PauseRemind; closing it (the coach moved on past it) ends the waiting
// and the reminder, and starting it again opens it.
func TestTurnWaitsOnTheCoach(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
	if _, ok := tr.Waiting(base); ok {
		t.Fatal("a turn not started waits on nobody")
	}
	tr.Toggle(base)
	if _, ok := tr.Waiting(at(minute)); ok {
		t.Fatal("a running turn waits on nobody")
	}
	tr.Toggle(at(3 * minute))
	if w, ok := tr.Waiting(at(5 * minute)); !ok || w != 2*minute {
		t.Fatalf("paused 2 minutes: waited %v, %v", w, ok)
	}
	wantNextDue(t, tr, at(3*minute).Add(PauseRemind))

	back, err := RestoreTurn([]time.Duration{10 * minute}, tr.Saved())
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := back.Waiting(at(5 * minute)); !ok || w != 2*minute {
		t.Fatalf("a saved pause keeps its instant: waited %v, %v", w, ok)
	}
	wantEvents(t, "the reminder", tr.Advance(at(30*minute)), []Event{
		{Kind: StillPaused, At: at(3 * minute).Add(PauseRemind), Segments: 1, Left: 7 * minute},
	})

	tr.Toggle(at(31 * minute))
	if !tr.Close(at(32*minute)) || !tr.Closed() || tr.Running() {
		t.Fatal("closing a running turn stops it and says it ran")
	}
	if _, ok := tr.Waiting(at(40 * minute)); ok {
		t.Fatal("a closed turn waits on nobody")
	}
	wantNextDue(t, tr, time.Time{})
	if got := tr.Left(at(40 * minute)); got != 6*minute {
		t.Fatalf("a closed turn keeps the time it ran: %v left", got)
	}
	back, _ = RestoreTurn([]time.Duration{10 * minute}, tr.Saved())
	if !back.Closed() {
		t.Fatal("a saved closed turn stays closed")
	}
	tr.Toggle(at(41 * minute))
	if tr.Closed() || !tr.Running() {
		t.Fatal("starting a closed turn opens it")
	}
	if NewTurn([]time.Duration{minute}, 0).Close(base) {
		t.Fatal("closing a turn not started: it did not run")
	}
}
