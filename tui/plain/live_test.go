package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/notify"
)

// TestLookingBackIsAPeek: the newcomer's turn runs on while the coach
// looks back, said with the step and on t; no other turn starts
// meanwhile; moving on past it ends it, and says how long it ran.
func TestLookingBackIsAPeek(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.to("newcomer-turn")
	h.send("s")
	h.clock.Add(20 * time.Second)
	mustContain(t, h.send("p"), "Step 8 of 11", "Newcomer's turn on step 9: 11 minutes 40 seconds left, running; n goes back to it.")
	h.send("p")
	mustContain(t, h.send("t"), "Newcomer's turn on step 9: 11 minutes 40 seconds left, running; n goes back to it.")
	mustContain(t, h.send("s"), "One turn runs at a time. Newcomer's turn on step 9")
	h.sendAll("n", "n")
	h.clock.Add(time.Minute)
	mustContain(t, h.send("n"), "The newcomer's turn ended as you moved on: it ran 1 minute 20 seconds of 12 minutes. (undo takes it back)")
}

// TestCheckInLeftWaiting: a check-in left paused is reminded of after a
// few minutes, in the same words as the notification's, and t says how
// long it has waited.
func TestCheckInLeftWaiting(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.toCoachTurn()
	h.send("s")
	out, _ := h.advance(9 * time.Minute)
	mustContain(t, out, "Segment 1 of 3 of the coach's turn is done.",
		"The check-in of the coach's turn has waited 3 minutes: s starts segment 2.")
	mustContain(t, h.send("t"), "paused for the check-in (waiting 4 minutes): s starts segment 2.")
}

// TestNoServerSaidAtTheStart: without a notification server, the
// accessible mode says so as the session opens, before any alert, once.
func TestNoServerSaidAtTheStart(t *testing.T) {
	h := newHarnessEdit(t, app.Config{Start: builtin(t, "first")}, Options{}, func(c *app.Config) {
		c.Notifier.(*apptest.Notifier).ProbeErr = notify.ErrNoServer
	})
	out := h.news()
	mustContain(t, out, "No desktop alerts (no notification server): the alerts show here only; the session goes on.")
	if strings.Count(out+h.send("n"), "No desktop alerts") != 1 {
		t.Fatal("said more than once")
	}
}
