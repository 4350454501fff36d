package tui

import (
	"strings"
	"testing"
	"time"
)

// TestOneEscapeFromAnywhere: whatever is open over the session (the
// help, the agenda, the preview, the cards, a question), the turn's time
// left stays on screen at 80×24 and 50×16, and one esc returns to the
// session.
func TestOneEscapeFromAnywhere(t *testing.T) {
	opens := [][]string{{"?"}, {"a"}, {"v"}, {"c"}, {"a", "v", "?"}, {"?", "c"}, {"E"}, {"q"}, {"/"}}
	for _, size := range [][2]int{{80, 24}, {50, 16}} {
		for _, keys := range opens {
			h := newHarness(t, "first", size[0], size[1])
			h.toStep("My turn")
			h.keys("space")
			h.tick(3*time.Minute + 30*time.Second)
			h.keys(keys...)
			if s := h.screen(); !strings.Contains(s, "11:30 left · running") {
				t.Fatalf("%dx%d, %v open: the time left is not on screen:\n%s", size[0], size[1], keys, s)
			}
			h.keys("esc")
			s := h.m.screen.(*sessionModel)
			if h.m.showHelp || s.showAgenda || s.preview || s.cards != nil || s.confirm != nil || h.m.quit != nil {
				t.Fatalf("%dx%d, %v open: one esc leaves something open:\n%s", size[0], size[1], keys, h.screen())
			}
			if !h.session().Turn("coach-turn").Running() {
				t.Fatalf("%v: the turn stopped", keys)
			}
		}
	}
}
