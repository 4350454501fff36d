package tui

import (
	"strings"
	"testing"
)

// TestAWideWindowShowsTheAgendaWhole: in a window wider than the step
// needs, the agenda column grows so that the steps' titles are read
// whole, not cut to a few words as in a 100-column window; up to 120
// columns it keeps its width.
func TestAWideWindowShowsTheAgendaWhole(t *testing.T) {
	const title = "Their turn: newcomer focuses, coach listens"
	h := newHarness(t, "first", 200, 60)
	if s := h.screen(); !strings.Contains(s, title+" ") {
		t.Fatalf("at 200 columns the agenda cuts %q:\n%s", title, s)
	}
	for _, w := range []int{100, 120} {
		if got := agendaCols(w); got != agendaWidth {
			t.Errorf("at %d columns the agenda is %d wide, want %d", w, got, agendaWidth)
		}
	}
	for w := 40; w <= 300; w++ {
		if a, s := agendaCols(w), stepColumn(w); s < 1 || a > 0 && a+2+s != w || a == 0 && s != w {
			t.Errorf("at %d columns: agenda %d, step column %d", w, a, s)
		}
	}
}
