package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestTooSmallTakesNoKeys: in a window below the minimum, where the screen
// shows only how to make it larger, keys choose nothing unseen: enter on
// the start screen starts no session, and q asks no question that cannot
// be seen. Back at a size that shows the screen, keys work again.
func TestTooSmallTakesNoKeys(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	h.keys("down", "enter", "enter", "q")
	s := h.screen()
	if h.m.core.Session() != nil || h.m.quit != nil {
		t.Fatalf("keys acted in a window too small: session %v, question %v", h.m.core.Session() != nil, h.m.quit != nil)
	}
	if !strings.Contains(s, "Keys do nothing until then") {
		t.Fatalf("the small window does not say keys wait:\n%s", s)
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.keys("enter")
	if s := h.screen(); !strings.Contains(s, "choose the script") {
		t.Fatalf("enter at full size did not choose:\n%s", s)
	}
}
