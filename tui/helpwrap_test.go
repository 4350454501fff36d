package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestTheFullHelpFitsANarrowWindow opens the help (?) during a turn in
// the smallest window allowed and in a middling one: every key of the
// session's help must be on screen, not cut off by an ellipsis after its
// first columns (at 50×16 they ended with "+ 1 min more …": undo, end,
// note, cards and quit were not shown).
func TestTheFullHelpFitsANarrowWindow(t *testing.T) {
	for _, size := range [][2]int{{50, 16}, {64, 20}, {100, 30}} {
		h := newHarness(t, "first", size[0], size[1])
		h.toStep("My turn")
		h.keys("space", "?")
		s := h.screen()
		for _, want := range []string{"u undo", "E end, log", "N note", "c cards", "q quit", "ctrl+c quit now", "+ 1 min more", "R restart"} {
			if !strings.Contains(squeeze(s), want) {
				t.Errorf("%dx%d: the help lacks %q:\n%s", size[0], size[1], want, s)
			}
		}
		for i, line := range strings.Split(s, "\n") {
			if w := ansi.StringWidth(line); w > size[0] {
				t.Errorf("%dx%d: line %d is %d wide", size[0], size[1], i, w)
			}
		}
	}
}

// squeeze puts single spaces for runs of spaces, so that a key and its
// help read the same in columns and in a line.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestTheCoachLogFooterFitsANarrowWindow: the coach log's form has room
// below it, and its footer in a 50-column window must name every key that
// works, not end in an ellipsis before the way back to the session (at
// 50×16 it read "enter next • ↑ up • ↓ down …").
func TestTheCoachLogFooterFitsANarrowWindow(t *testing.T) {
	h := toLog(t, 50, 16)
	h.keys("enter")
	s := squeeze(h.screen())
	for _, want := range []string{"enter next", "ctrl+b back to the session", "esc previous question"} {
		if !strings.Contains(s, want) {
			t.Errorf("the coach log's footer lacks %q:\n%s", want, h.screen())
		}
	}
}
