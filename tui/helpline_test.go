package tui

import (
	"strings"
	"testing"
)

// TestTheAgendaSaysTheWayBack: the agenda (a) and the preview (v) take
// the step's place in a narrow window; the help line must say how to get
// back (esc), first, so that it shows however narrow the window.
func TestTheAgendaSaysTheWayBack(t *testing.T) {
	for _, k := range []string{"a", "v"} {
		h := newHarness(t, "first", 50, 16)
		h.toStep("My turn")
		h.keys("space", k)
		lines := strings.Split(h.screen(), "\n")
		if last := lines[len(lines)-1]; !strings.HasPrefix(last, "esc back out") {
			t.Errorf("after %s the help line reads %q, want it to start with esc back out", k, last)
		}
	}
}

// TestTheCoachLogNamesTheNewcomerInANarrowWindow: in a 50-column window
// the coach log's title is cut, and the script's title gives way so that
// the newcomer's name, whose log it is, stays. On the code before, the
// name went first ("Coach log · First partnership …").
func TestTheCoachLogNamesTheNewcomerInANarrowWindow(t *testing.T) {
	for _, w := range []int{50, 64, 80} {
		h := toLog(t, w, 16)
		if top := strings.Split(h.screen(), "\n")[0]; !strings.Contains(top, "Alice Example") {
			t.Errorf("at %d columns the coach log's title lacks the newcomer: %q", w, top)
		}
	}
}
