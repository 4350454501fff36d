//go:build linux

package main

import (
	"testing"
	"time"
)

// TestCardsDuringATurnInTmux opens the reference cards during a running
// turn at 60 times speed: the countdown above them keeps moving, a card
// opens, and the end-of-segment alert still arrives over the cards.
func TestCardsDuringATurnInTmux(t *testing.T) {
	term := startSession(t, nil, "run", "first", "--speed", "60", "--no-notify", "--warn", "7m")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(3*time.Second, "running · segment 1 of 3")
	term.Send("c")
	s := term.WaitForText(3*time.Second, "For this step")
	first := secondsLeft(s)
	if _, err := term.WaitFor(5*time.Second, func(s string) bool {
		n := secondsLeft(s)
		return n >= 0 && n < first-20
	}); err != nil {
		t.Fatalf("the countdown over the cards did not move from %d s: %v", first, err)
	}
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Listening in the partnership model")
	term.WaitForText(10*time.Second, "⚠ Coach's turn: segment 1 of 3 done")
	term.Send("Escape") // back to the list
	term.WaitForText(3*time.Second, "For this step")
	term.Send("Escape") // and out of the cards
	term.WaitForText(3*time.Second, "Segment 1 of 3 done")
	term.Send("Space")
	term.Send("c")
	term.WaitForText(3*time.Second, "For this step")
	term.Send("Space") // in the list, space moves a page; the timer stays running
	term.WaitForText(20*time.Second, "⚠ Coach's turn: 7 minutes left")
	term.Send("C-c")
	if code := term.WaitExit(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}
