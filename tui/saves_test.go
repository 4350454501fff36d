package tui

import (
	"testing"
	"time"
)

// TestSavesInAFullSession runs a whole first session through the screen,
// a tick every second for 50 minutes, ticking every item and running every
// turn, and counts the autosaves: one per change, none for a quiet tick.
func TestSavesInAFullSession(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.run(h.m.Init())
	changes := 1 // the save at the start
	s := h.m.screen.(*sessionModel)
	for step := 0; step < s.ses.Len(); step++ {
		st := s.ses.Current()
		for range st.Checklist {
			h.keys("x", "down")
			changes++
		}
		if st.Choice != nil {
			h.keys("enter")
			changes++
		}
		if st.Turn != nil {
			h.keys("space")
			changes++
			turn := s.ses.Turn(st.ID)
			for range int(st.Turn.Length.D()/time.Second) + 60 {
				h.tick(time.Second)
				if turn.AtCheckIn(h.clock.Now()) {
					h.keys("space") // on after the check-in
					changes++
				}
			}
		}
		for range 60 {
			h.tick(time.Second)
		}
		h.keys("n")
		changes++
	}
	saves := len(h.keeper.Saves)
	t.Logf("a full first session made %d autosaves (%d key changes, the rest timer events)", saves, changes)
	if saves < changes || saves > changes+40 {
		t.Fatalf("%d autosaves for %d changes: want one per change plus the timer events", saves, changes)
	}
}
