//go:build linux

package e2e_test

import (
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// formWait bounds each wait for the coach log form to move on. It is
// generous because a loaded machine (a run of every package's tests on two
// cores) has kept the form from answering a key within 3 s; a key that is
// never taken still fails the test.
const formWait = 10 * time.Second

// finishSession ends the session on screen with E and answers the coach
// log form: held, the screening when asked, no further sessions, and a
// closing note.
func finishSession(t *testing.T, term *e2e.Term, screening bool) {
	t.Helper()
	term.Send("E")
	term.WaitForText(formWait, "End the session now and write the coach log?")
	term.Choose(1)
	term.WaitForText(formWait, "How did the session go?")
	term.Send("Enter")
	if screening {
		term.WaitForText(formWait, "Screening for the partnership pool")
		term.Send("Up", "Up", "Up", "Enter")
	}
	term.WaitForText(formWait, "How many further sessions do you recommend?")
	term.Send("Enter", "Enter", "Enter")
	term.WaitForText(formWait, "Closing note for the coach log")
	term.SendLiteral("went well")
	term.Send("Enter")
	term.WaitForText(formWait, "The coach log is saved as")
	term.Send("q")
	term.WantExit(0)
}

// TestTwoSessionsLogAndInvoiceInTmux holds a newcomer's first and second
// sessions in a real terminal, each proposed from the records, and checks
// the coach log and the month's invoice: $25 + $50.
func TestTwoSessionsLogAndInvoiceInTmux(t *testing.T) {
	t.Parallel()
	term, env, cliEnv := firstSessionOfAB(t)
	term.Send("x")
	finishSession(t, term, true)

	term = e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t), "run", "--newcomer", "AB", "--no-notify")
	term.WaitForText(5*time.Second, "Questions since last time")
	term.Send("S") // the call starts: the session is held
	finishSession(t, term, false)

	out, stderr, code := runBinaryEnv(t, cliEnv, "invoice")
	if code != 0 {
		t.Fatalf("invoice: exit %d, %s", code, stderr)
	}
	for _, want := range []string{"AB", "$25.00", "$50.00", "$75.00"} {
		if !strings.Contains(out, want) {
			t.Fatalf("the invoice lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runBinaryEnv(t, cliEnv, "log")
	if strings.Count(out, "AB") != 2 || !strings.Contains(out, "first") || !strings.Contains(out, "followup") {
		t.Fatalf("the log does not list both sessions:\n%s", out)
	}
	id := strings.Fields(strings.Split(strings.TrimSpace(out), "\n")[1])[0]
	out, _, _ = runBinaryEnv(t, cliEnv, "log", "show", id)
	for _, want := range []string{"went well", "Said I'm a partnership coach"} {
		if !strings.Contains(out, want) {
			t.Fatalf("log show %s lacks %q:\n%s", id, want, out)
		}
	}
	out, _, _ = runBinaryEnv(t, cliEnv, "newcomer", "list")
	if !strings.Contains(out, "AB") || !strings.Contains(out, "2") {
		t.Fatalf("newcomer list:\n%s", out)
	}
}
