//go:build linux

package e2e_test

import (
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestCardsDuringATurnInTmux opens the reference cards during a running
// turn at 60 times speed, with a real notification server: the countdown
// above them keeps moving, a card opens, and the end-of-segment alert and
// the warning still arrive, over the cards and on the desktop.
func TestCardsDuringATurnInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux", "Xvfb", "dbus-daemon", "dbus-monitor", "dunst")
	ns := e2e.StartNotifyServer(t)
	term := startSession(t, append(ns.Env(), "XDG_RUNTIME_DIR="+t.TempDir()),
		"run", "first", "--speed", "60", "--warn", "7m")
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
	term.Send("Escape") // one esc, from an open card, back to the session
	if s := term.WaitForText(3*time.Second, "Segment 1 of 3 of the coach's turn is done"); strings.Contains(s, "For this step") {
		t.Fatalf("esc in a card did not go back to the session:\n%s", s)
	}
	term.Send("Space")
	term.Send("c")
	term.WaitForText(3*time.Second, "For this step")
	term.Send("Space") // in the cards, space pauses the turn, as on the session screen
	term.WaitForText(3*time.Second, "left · paused")
	term.Send("Space") // and starts it again
	term.WaitForText(3*time.Second, "left · running")
	term.WaitForText(20*time.Second, "⚠ Coach's turn: 7 minutes left")
	if _, err := ns.WaitNotification(5*time.Second, func(n e2e.Notification) bool {
		return n.Summary == "Coach's turn: 7 minutes left"
	}); err != nil {
		t.Fatalf("the warning did not reach the notification server while the cards were open: %v", err)
	}
	term.Send("C-c")
	term.WantExit(0)
}
