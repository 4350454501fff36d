//go:build linux

package e2e_test

import (
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// kindsSpeed runs the coaching session's 18 minutes of exploring in under
// two seconds, and a partner's turn of 20 minutes in two, in the
// accessible mode, which says each alert once in a line of its own.
const kindsSpeed = "600"

// kindsScreenSpeed is the speed of the same turns on the full screen,
// where a test reads the warning while it lasts: its two minutes take
// a second at 120×, a fifth of a second at 600×.
const kindsScreenSpeed = "120"

// coachingWords are what the end of a coaching session with a client
// must not ask: a newcomer's partnership coaching questions.
var coachingWords = []string{"Coach log", "Newcomer did not come", "Transferred", "Ready for a partnership", "Screening"}

// peerWords are what the end of a peer exchange must not ask.
var peerWords = []string{"Coach log", "coach log", "billable", "Transferred", "Ready for a partnership", "Screening"}

// TestCoachingInTmux runs the coaching script's exploring in a real
// terminal: the client's timed part warns and ends, with the client named
// by role in the title, and the session log asks what fits a coaching
// session.
func TestCoachingInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	term := e2e.StartTerm(t, 80, 24, xdgEnv(t.TempDir()), e2e.BuildBinary(t),
		"run", "coaching", "--speed", kindsScreenSpeed, "--no-notify", "--newcomer", "Ann Lee", "--new-newcomer")
	term.WaitForText(5*time.Second, "step 1 of 7")
	term.Send("n", "n", "n")
	s := term.WaitForText(5*time.Second, "Speaking: Client (Ann Lee, session 1)")
	if !strings.Contains(s, "Exploring") || !strings.Contains(s, "18:00 left") {
		t.Fatalf("the exploring has no timed part:\n%s", s)
	}
	turnToOvertime(t, term, "the client's turn", "Client", "Ann")
	s = writeCoachLog(t, term, "Nothing was saved", coachingWords...)
	if !strings.Contains(s, "Session log · Coaching session") {
		t.Errorf("the end is not the session log:\n%s", s)
	}
	quit(t, term)
}

// TestPartnershipNamesInTmux runs a partnership with named partners in a
// real terminal: the turn says who focuses by name and which partner you
// are, the warning names the partner, the title names only the role, and
// the screen after it is the exchange's.
func TestPartnershipNamesInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	term := e2e.StartTerm(t, 80, 30, xdgEnv(t.TempDir()), e2e.BuildBinary(t),
		"run", "partnership", "--speed", kindsScreenSpeed, "--no-notify", "--me", "Sam", "--partner", "Alex")
	term.WaitForText(5*time.Second, "You are Partner A here; your partner is Partner B.")
	term.Send("n", "n", "n", "n", "n", "n", "n") // Partner A first, as written; on to Partner B's turn
	s := term.WaitForText(5*time.Second, "Partner B's turn: ")
	if !strings.Contains(s, "Focusing: Partner B (Alex)   Listening: Partner A (you, Sam)") {
		t.Errorf("the roles do not name the partners:\n%s", s)
	}
	turnToOvertime(t, term, "Alex's turn", "Partner B", "Alex")
	s = writeCoachLog(t, term, "Nothing was saved", peerWords...)
	if !strings.Contains(s, "After the exchange") {
		t.Errorf("the end is not the exchange's:\n%s", s)
	}
	quit(t, term)
}

// turnToOvertime starts the turn on screen, which calls it turn, and
// waits for its warning, two minutes before its end, and its end; then
// it checks that the title names the focuser's role in overtime, and not
// the person.
func turnToOvertime(t *testing.T, term *e2e.Term, turn, role, person string) {
	t.Helper()
	term.Send("Space")
	waitWarning(t, term, turn, 2)
	term.WaitForText(10*time.Second, "Time is up: "+turn+" is over.")
	if title := term.Title(); !strings.HasPrefix(title, role+" +") || strings.Contains(title, person) {
		t.Errorf("the title in overtime is %q", title)
	}
}

// TestOtherKindsAccessible runs the coaching script and a partnership
// with named partners in the accessible mode, on pipes: the same words as
// the full screen, the turns named as there, and each end asking its own
// questions.
func TestOtherKindsAccessible(t *testing.T) {
	t.Parallel()
	p := startPiped(t, xdgEnv(t.TempDir()), "run", "coaching", "--speed", kindsSpeed, "--no-notify")
	p.expect(5*time.Second, "Step 1 of 7: Arriving and how we work today.")
	for range 3 {
		p.send("n")
	}
	p.expect(2*time.Second, "Speaking: the client. Listening: you, the coach.")
	p.send("s")
	p.expect(10*time.Second, "Warning: 2 minutes left in the client's turn.")
	p.expect(10*time.Second, "Time is up: the client's turn is over.")
	p.send("E")
	p.expect(2*time.Second, "End the session now and write the session log?")
	p.send("end")
	p.expect(2*time.Second, "How did the session go? 1. Held, 2. Rescheduled, 3. The client did not come. Type the number")
	p.send("")
	p.expect(2*time.Second, "How many further sessions did you agree with the client?")
	finishPiped(t, p, coachingWords)

	p = startPiped(t, xdgEnv(t.TempDir()), "run", "partnership", "--speed", kindsSpeed, "--no-notify", "--me", "Sam", "--partner", "Alex")
	p.expect(5*time.Second, "You are Partner A here; your partner is Partner B.")
	for range 4 {
		p.send("n")
	}
	p.expect(2*time.Second, "Focusing: Partner A (you, Sam). Listening: Partner B (Alex).")
	p.send("s")
	p.expect(10*time.Second, "Warning: 2 minutes left in Sam's turn.")
	p.expect(10*time.Second, "Time is up: Sam's turn is over.")
	p.send("E")
	p.expect(2*time.Second, "End the exchange now?")
	p.send("end")
	p.expect(2*time.Second, "The questions after the exchange follow.")
	p.expect(2*time.Second, "How did the exchange go? 1. We had the exchange, 2. We moved it to another time, 3. My partner did not come.")
	finishPiped(t, p, peerWords)
}

// finishPiped takes the two answers left as they stand, until the
// rehearsal says nothing was saved, ends the input, and checks that the
// program ends well and that nothing said was one of never. Nothing more
// is typed: after a rehearsal's log the accessible mode has nothing left
// to ask and ends, and a line typed then would meet a closed pipe.
func finishPiped(t *testing.T, p *piped, never []string) {
	t.Helper()
	for range 2 {
		p.send("")
	}
	p.expect(5*time.Second, "Nothing was saved")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Errorf("exit status %d", code)
	}
	refuseWords(t, []string{p.output()}, never)
}
