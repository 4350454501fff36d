package tui

import (
	"strings"
	"testing"
	"time"
)

func TestCardsOverARunningTurn(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.toStep("My turn")
	h.keys("space")
	h.keys("c")
	s := h.screen()
	if !strings.Contains(s, "For this step") || !strings.Contains(s, "Coach's turn: 15:00 left") {
		t.Fatalf("cards over the turn:\n%s", s)
	}
	h.tick(5*time.Minute + time.Second) // the first segment ends under the cards
	s = h.screen()
	if !strings.Contains(s, "⚠ Coach's turn: segment 1 of 3 done") || !strings.Contains(s, "10:00 left · paused") {
		t.Fatalf("the alert or the time is not shown over the cards:\n%s", s)
	}
	if len(h.notes.Notes) != 1 {
		t.Fatalf("%d notifications under the cards, want 1", len(h.notes.Notes))
	}
	h.keys("esc")
	if strings.Contains(h.screen(), "For this step") || !strings.Contains(h.screen(), "Segment 1 of 3 of the coach's turn is done") {
		t.Fatalf("esc did not close the cards:\n%s", h.screen())
	}
}

func TestSearchingCardsTakesLetters(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("x", "/", "q", "u", "i", "t")
	if h.quitting() || (h.m.quit != nil) {
		t.Fatal("q typed into the card search acted as a key")
	}
	h.keys("esc")
	if h.m.screen.(*sessionModel).cards != nil {
		t.Fatal("one esc did not close the search")
	}
	h.keys("/")
	h.keys("s", "a", "f", "e", "t", "y", "enter")
	if !strings.Contains(h.screen(), "Safety") {
		t.Fatalf("searching for safety did not open its card:\n%s", h.screen())
	}
}

// TestSpaceInTheCardsPausesTheTurn checks that space starts and pauses the
// turn with the cards open, as on the session screen, and pages nothing;
// typed into a search it is a space.
func TestSpaceInTheCardsPausesTheTurn(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.toStep("My turn")
	h.keys("c", "enter", "space")
	turn := h.m.core.Session().Turn(h.m.core.Session().Current().ID)
	if !turn.Running() {
		t.Fatalf("space in an open card did not start the turn:\n%s", h.screen())
	}
	h.tick(time.Minute)
	h.keys("space")
	if turn.Running() || !strings.Contains(h.screen(), "14:00 left · paused") {
		t.Fatalf("space in the cards did not pause the turn:\n%s", h.screen())
	}
	h.keys("/", "s", "a", "y", "space", "b")
	if turn.Running() || h.m.screen.(*sessionModel).cards.input.Value() != "say b" {
		t.Fatal("space typed into a search acted on the turn")
	}
}
