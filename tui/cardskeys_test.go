package tui

import (
	"strings"
	"testing"
)

// TestHelpKeyOnTheCards: ? on the reference cards shows the help, as it
// does everywhere else, and is not taken as typing: the cards stay open
// and nothing goes into the note.
func TestHelpKeyOnTheCards(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.toStep("My turn")
	h.keys("space", "c", "?")
	s := h.m.screen.(*sessionModel)
	if s.cards == nil || !h.m.showHelp || s.note.on || h.session().NoteDraft() != "" {
		t.Fatalf("? on the cards should show the help over them (cards open %v, help %v, note %v %q):\n%s",
			s.cards != nil, h.m.showHelp, s.note.on, h.session().NoteDraft(), h.screen())
	}
	if s := h.screen(); !strings.Contains(s, "close cards") || !strings.Contains(s, "?   help") {
		t.Fatalf("the help should be the cards' full help:\n%s", s)
	}
	h.keys("?")
	if s.cards == nil || h.m.showHelp {
		t.Fatal("? again closes the help and leaves the cards open")
	}
	h.keys("/", "?")
	if s.cards == nil || h.m.showHelp || !strings.Contains(h.screen(), "/ ?") {
		t.Fatalf("? typed in the cards' search is text, not the help:\n%s", h.screen())
	}
}
