//go:build linux

package e2e_test

import (
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// newcomersEnv is a fresh home with two newcomers on the list, Bob Tester
// with his first session booked, and Alice.
func newcomersEnv(t *testing.T) []string {
	t.Helper()
	// The day is fixed for the newcomer book (the live session keeps the
	// real clock): the booking below is always ahead of it.
	env := append(e2e.HomeEnv(t.TempDir()), nowVariable+"=2030-01-01T09:00:00Z")
	mustRun(t, env, "newcomer", "add", "Alice")
	mustRun(t, env, "newcomer", "add", "Bob Tester")
	mustRun(t, env, "newcomer", "schedule", "Bob Tester", "2030-01-02 10:00")
	return env
}

// TestStartScreenListsNewcomersInTmux: the start screen lists the
// newcomers with their next session, the one booked first, at 80×24 with
// the confidentiality line on screen; choosing Bob proposes his first
// session, which starts with his name.
func TestStartScreenListsNewcomersInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	env := newcomersEnv(t)
	term := e2e.StartTerm(t, 80, 24, env, e2e.BuildBinary(t), "--no-notify")
	s := term.WaitForText(5*time.Second, "who is the session with?")
	for _, want := range []string{
		"› Bob Tester  session 1 · first · $25.00 · Wed 2 Jan 10:00",
		"  Alice       session 1 · first · $25.00",
		"Someone new…", "No newcomer", "Session content is confidential",
	} {
		if !strings.Contains(s, want) {
			t.Fatalf("the start screen lacks %q:\n%s", want, s)
		}
	}
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Bob Tester, session 1 · choose the script")
	term.WaitForText(time.Second, "› first")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Welcome and introductions") // the script's title gives way to the waiting hint at 80 columns
	term.Send("x", "q")
	term.WaitForText(2*time.Second, "Quit? The session is saved")
	term.Choose(1)
	term.WantExit(0)
	if out := mustRun(t, env, "resume", "--discard"); !strings.Contains(out, "first with Bob Tester") {
		t.Fatalf("the session was not with Bob Tester: %s", out)
	}
}

// TestStartScreenSomeoneNewInTmux: a name typed for someone new that is
// close to one on record asks "did you mean"; n keeps it as someone new,
// who is put on the newcomer list as the session starts.
func TestStartScreenSomeoneNewInTmux(t *testing.T) {
	t.Parallel()
	term, env := atSomeoneNewsName(t)
	term.SendLiteral("Bob Testr")
	term.Send("Enter")
	term.WaitForText(2*time.Second, "Did you mean Bob Tester?")
	term.WaitForText(time.Second, "y = Bob Tester, n = Bob Testr is someone new")
	term.Send("n")
	startListed(t, term, env, "Bob Testr")
}

// startListed starts the first session proposed to someone new, name,
// quits it at once, and checks that they are on the newcomer list.
func startListed(t *testing.T, term *e2e.Term, env []string, name string) {
	t.Helper()
	term.WaitForText(2*time.Second, name+", session 1 · choose the script")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "step 1 of 11")
	term.Send("q")
	term.WaitForText(2*time.Second, "Nothing was done in the session")
	term.Choose(1)
	term.WantExit(0)
	if out := mustRun(t, env, "newcomer", "list"); !strings.Contains(out, name) {
		t.Fatalf("someone new, %s, is not on the newcomer list:\n%s", name, out)
	}
}

// TestRunDidYouMeanInTmux: run --newcomer with a name close to one on
// record asks before the program starts; y takes the name on record.
func TestRunDidYouMeanInTmux(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	env := newcomersEnv(t)
	term := e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t), "run", "--newcomer", "Bob Testr", "--no-notify")
	term.WaitForText(5*time.Second, `No newcomer on record is called "Bob Testr". Did you mean Bob Tester? (y = Bob Tester`)
	term.SendLiteral("y")
	term.Send("Enter")
	term.WaitForText(5*time.Second, "Welcome and introductions")
	term.Send("x", "q")
	term.WaitForText(2*time.Second, "Quit? The session is saved")
	term.Choose(1)
	term.WantExit(0)
	if out := mustRun(t, env, "resume", "--discard"); !strings.Contains(out, "first with Bob Tester") {
		t.Fatalf("the session was not with Bob Tester: %s", out)
	}
}

// TestAccessibleStartAndCards: the accessible mode on pipes asks whom the
// session is with, listing the newcomers on record, and says the
// reference cards during the session.
func TestAccessibleStartAndCards(t *testing.T) {
	t.Parallel()
	env := newcomersEnv(t)
	p := startPiped(t, env, "--accessible", "--no-notify")
	p.expect(5*time.Second, "Who is the session with? Newcomers on record:")
	p.expect(time.Second, "1. Bob Tester: session 1, first, $25.00, next appointment Wed 2 Jan 10:00.")
	p.expect(time.Second, "2. Alice: session 1, first, $25.00.")
	p.send("2")
	p.expect(2*time.Second, "Session with Alice, session 1.")
	p.expect(time.Second, "(Enter alone: first).")
	p.send("")
	p.expect(2*time.Second, "Step 1 of 11: Welcome and introductions.")
	p.send("cards")
	p.expect(2*time.Second, "Reference cards, ")
	p.send("card listening")
	p.expect(2*time.Second, "Card: ")
	p.expect(time.Second, "End of the card.")
	p.send("q") // nothing done in the session: it quits with no question
	p.expect(2*time.Second, "Nothing was done in the session, so nothing of it is kept.")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}

// TestStartScreenTakesAPastedNameInTmux pastes a newcomer's name into the
// field for someone new, as a coach pasting from an email does (a
// bracketed paste), holding a colour's escape sequence and a line break:
// the field shows the name cleaned, and the session starts with it. A
// 300-character paste is cut at the field's 200 with a word beside it.
// On the code before, a paste inserted nothing.
func TestStartScreenTakesAPastedNameInTmux(t *testing.T) {
	t.Parallel()
	term, env := atSomeoneNewsName(t)
	term.Paste(strings.Repeat("abcdefghij", 30))
	term.WaitForText(2*time.Second, "the name is full: 200 characters is the most it holds")
	term.Send("C-u")
	term.Paste("Dora \x1b[31mMaar\x1b[0m\n")
	s := term.WaitForText(2*time.Second, "Name: Dora Maar")
	if strings.Contains(s, "[31m") || strings.Contains(s, "is full") {
		t.Fatalf("the paste was not cleaned, or the field still says it is full:\n%s", s)
	}
	term.Send("Enter")
	startListed(t, term, env, "Dora Maar")
}

// atSomeoneNewsName starts partnercoach in tmux over a newcomer list and
// opens the field for someone new's name; it returns the terminal and its
// environment.
func atSomeoneNewsName(t *testing.T) (*e2e.Term, []string) {
	t.Helper()
	e2e.Require(t, "tmux")
	env := newcomersEnv(t)
	term := e2e.StartTerm(t, 80, 24, env, e2e.BuildBinary(t), "--no-notify")
	term.WaitForText(5*time.Second, "who is the session with?")
	term.Send("Down", "Down", "Enter")
	term.WaitForText(2*time.Second, "Name: ")
	return term, env
}
