//go:build linux

package e2e_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// invoiceLineOf returns the line 'partnercoach invoice' lists for the one
// session on record, read in the month of its record's id (which starts
// with its day), so that the test holds on any day.
func invoiceLineOf(t *testing.T, env []string) string {
	t.Helper()
	out, _, _ := runBinaryEnv(t, env, "log")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("log lists %d lines, want a heading and one session:\n%s", len(lines), out)
	}
	id := strings.Fields(lines[1])[0]
	out, stderr, code := runBinaryEnv(t, env, "invoice", "--month", id[:7])
	if code != 0 {
		t.Fatalf("invoice: exit %d, %s", code, stderr)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, " AB ") {
			return strings.TrimRight(l, " ")
		}
	}
	t.Fatalf("the invoice lists no line of AB:\n%s", out)
	return ""
}

// firstSessionOfAB puts AB on the newcomer list of a home of the test's
// own and opens their first session in a 100×30 terminal. It returns the
// terminal, the environment of the program in it, and that of a one-shot
// command in the same home.
func firstSessionOfAB(t *testing.T) (term *e2e.Term, env, cliEnv []string) {
	t.Helper()
	e2e.Require(t, "tmux")
	home := t.TempDir()
	env = []string{"HOME=" + home}
	cliEnv = []string{"HOME=" + home, "PATH=" + os.Getenv("PATH")}
	if _, stderr, code := runBinaryEnv(t, cliEnv, "newcomer", "add", "AB"); code != 0 {
		t.Fatalf("newcomer add: %s", stderr)
	}
	term = e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t), "run", "--newcomer", "AB", "--no-notify")
	term.WaitForText(5*time.Second, "Welcome and introductions")
	return term, env, cliEnv
}

// TestAfterTheSessionInTmux runs the end of a newcomer's first session in
// a real terminal, at a person's pace: the coach log is written, the
// screen shows the session's invoice line (the line 'partnercoach
// invoice' then lists) ready to submit and asks whether the coach is
// available again; n keeps not now, which 'available', 'newcomer list'
// and the next start screen say.
func TestAfterTheSessionInTmux(t *testing.T) {
	t.Parallel()
	term, env, cliEnv := firstSessionOfAB(t)
	term.Send("x", "E")
	term.WaitForText(formWait, "End the session now and write the coach log?")
	term.Choose(1)
	term.WaitForText(formWait, "How did the session go?")
	term.Send("Enter")
	term.WaitForText(formWait, "Screening for the partnership pool")
	term.Send("Enter")
	term.WaitForText(formWait, "How many further sessions do you recommend?")
	term.Send("Enter", "Enter", "Enter", "Enter")
	screen := term.WaitForText(formWait, "Are you available to coach another newcomer? y = available, n = not now")
	for _, want := range []string{"The coach log is saved as", "Ready to submit with the invoice of", "$25.00", "Time by step, planned → taken"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("the screen lacks %q:\n%s", want, screen)
		}
	}
	term.Send("n")
	term.WaitForText(formWait, "Kept: you are not available to coach for now")
	if line := invoiceLineOf(t, cliEnv); !strings.Contains(screen, line) {
		t.Errorf("the screen does not show the invoice's line %q:\n%s", line, screen)
	}
	term.Send("q")
	term.WantExit(0)

	for _, args := range [][]string{{"available"}, {"newcomer", "list"}} {
		out, _, code := runBinaryEnv(t, cliEnv, args...)
		if code != 0 || !strings.Contains(out, "you are not available to coach for now.") {
			t.Errorf("%s: exit %d, output:\n%s", strings.Join(args, " "), code, out)
		}
	}
	term = e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t))
	term.WaitForText(5*time.Second, "who is the session with?")
	term.WaitForText(2*time.Second, "you are not available to coach for now.")
	term.Send("q")
	if code := term.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("the start screen's exit status %d", code)
	}
}

// TestAfterTheSessionAccessible ends a first session in the accessible
// mode, its output on a pipe: after the coach log's questions it says the
// invoice line and asks whether the coach is available again; y keeps yes.
func TestAfterTheSessionAccessible(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	env := xdgEnv(dir)
	p := startPiped(t, env, "run", "first", "--no-notify", "--newcomer", "AB")
	p.expect(5*time.Second, "Step 1 of 11")
	p.send("x 1")
	p.send("E")
	p.expect(2*time.Second, "End the session now and write the coach log?")
	p.send("end")
	p.expect(2*time.Second, "How did the session go?")
	for range 6 { // held, not screened, no further sessions, nothing to learn, not ready, no note
		p.send("")
	}
	p.expect(5*time.Second, "Ready to submit with the invoice of")
	line := p.expect(time.Second, " AB ")
	if !strings.Contains(line, "$25.00") {
		t.Errorf("the invoice line: %q", line)
	}
	p.expect(time.Second, "Are you available to coach another newcomer? y or yes = available, n or no = not now")
	p.send("y")
	p.expect(5*time.Second, "Kept: you are available to coach another newcomer")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d; output:\n%s", code, p.output())
	}
	if want := invoiceLineOf(t, env); strings.TrimRight(line, " ") != want {
		t.Errorf("said %q, the invoice lists %q", line, want)
	}
}
