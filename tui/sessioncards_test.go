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
	if strings.Contains(h.screen(), "For this step") || !strings.Contains(h.screen(), "Segment 1 of 3 done") {
		t.Fatalf("esc did not close the cards:\n%s", h.screen())
	}
}

func TestSearchingCardsTakesLetters(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("x", "/", "q", "u", "i", "t")
	if h.quitting() || (h.m.quit != nil) {
		t.Fatal("q typed into the card search acted as a key")
	}
	h.keys("esc", "esc")
	if h.m.screen.(*sessionModel).cards != nil {
		t.Fatal("esc did not close the search")
	}
	h.keys("/")
	h.keys("s", "a", "f", "e", "t", "y", "enter")
	if !strings.Contains(h.screen(), "Safety") {
		t.Fatalf("searching for safety did not open its card:\n%s", h.screen())
	}
}
