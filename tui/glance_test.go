package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestViewGlanceFollowsTheTurn: with the options on, the view's title and
// progress follow the coach's turn: nothing of a turn before it starts,
// its progress while it runs, the warning's state in its warning, the
// error state in overtime, none while it is paused.
func TestViewGlanceFollowsTheTurn(t *testing.T) {
	h := newHarnessDrawn(t, "first", 80, 24, nil, Options{WindowTitle: true, Progress: true})
	h.toStep("My turn")
	look := func(label, title string, state tea.ProgressBarState, value int) {
		t.Helper()
		v := h.m.View()
		got, gotValue := tea.ProgressBarNone, 0
		if v.ProgressBar != nil {
			got, gotValue = v.ProgressBar.State, v.ProgressBar.Value
		}
		if v.WindowTitle != title || got != state || gotValue != value {
			t.Errorf("%s: title %q, progress %v %d; want %q, %v %d", label, v.WindowTitle, got, gotValue, title, state, value)
		}
	}
	look("before", "Coach 15:00 not started", tea.ProgressBarNone, 0)
	h.keys("space")
	h.tick(3 * time.Minute)
	look("running", "Coach 12:00", tea.ProgressBarDefault, 20)
	h.tick(2 * time.Minute) // the first segment's check-in
	look("check-in", "Coach 10:00 check-in", tea.ProgressBarNone, 0)
	h.keys("space")
	h.tick(5 * time.Minute)
	h.keys("space")
	h.tick(4 * time.Minute)
	look("warning", "Coach 1:00", tea.ProgressBarWarning, 93)
	h.tick(90 * time.Second)
	look("over", "Coach +0:30 over", tea.ProgressBarError, 100)
	h.keys("n")
	look("the next step", "partnercoach · step 8/11", tea.ProgressBarNone, 0)
}

// TestViewGlanceOff: with the options off (the default), the program
// leaves the terminal's title and progress alone.
func TestViewGlanceOff(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("My turn")
	h.keys("space")
	h.tick(time.Minute)
	if v := h.m.View(); v.WindowTitle != "" || v.ProgressBar != nil {
		t.Fatalf("title %q, progress %+v", v.WindowTitle, v.ProgressBar)
	}
}
