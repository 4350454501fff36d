package tui

import (
	"strings"
	"testing"
	"time"
)

// TestStartScreenBackKeepsTheChoice: esc on the scripts goes back to whom
// the session is with with that choice still selected, so that enter
// takes it again and never a newcomer the coach did not choose.
func TestStartScreenBackKeepsTheChoice(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("down", "down", "down", "enter") // Someone new…
	h.typeAt("Dora", 100*time.Millisecond)
	h.keys("enter")
	if s := h.screen(); !strings.Contains(s, "Dora, session 1 · choose the script") {
		t.Fatalf("the name typed did not lead to the scripts:\n%s", s)
	}
	h.keys("esc")
	if s := h.screen(); !strings.Contains(s, "› Someone new…") {
		t.Fatalf("back from the scripts, Someone new… is not selected:\n%s", s)
	}
	h.keys("up", "enter") // Carol
	h.keys("esc")
	if s := h.screen(); !strings.Contains(s, "› Carol") {
		t.Fatalf("back from the scripts, Carol is not selected:\n%s", s)
	}
}
