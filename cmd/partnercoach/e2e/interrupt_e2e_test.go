//go:build linux

package e2e_test

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestSIGINTSaysTheSessionIsSaved: a SIGINT delivered as a signal (not
// ctrl+c typed, which is a key) stops the program with a word on what
// became of the session, not "cannot run in this terminal".
func TestSIGINTSaysTheSessionIsSaved(t *testing.T) {
	t.Parallel()
	term, env := checkedFirstItem(t)
	if err := syscall.Kill(term.PID(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if code := term.WaitExit(e2e.ExitWait); code == 0 {
		t.Fatal("exit status 0 after a SIGINT")
	}
	s := term.ScreenAfterExit()
	if strings.Contains(s, "cannot run in this terminal") ||
		!strings.Contains(s, "partnercoach: interrupted (SIGINT). The session is saved: 'partnercoach resume' brings it back.") {
		t.Fatalf("after a SIGINT the terminal shows:\n%s", s)
	}
	wantResumable(t, env)
}

// TestCtrlCSaysTheSessionIsSaved: ctrl+c typed quits at once, and the
// terminal then says that the session is kept and how it comes back, with
// the change made just before it.
func TestCtrlCSaysTheSessionIsSaved(t *testing.T) {
	t.Parallel()
	term, env := checkedFirstItem(t)
	term.Send("C-c")
	if code := term.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("exit status %d after ctrl+c", code)
	}
	if s := term.ScreenAfterExit(); !strings.Contains(s, "The session is saved: 'partnercoach resume' brings it back.") {
		t.Fatalf("after ctrl+c the terminal shows:\n%s", s)
	}
	wantResumable(t, env)
}

// checkedFirstItem starts a first session with Alice in tmux and checks
// its first item off, a change for the autosave to keep; it returns the
// terminal and the session's environment.
func checkedFirstItem(t *testing.T) (*e2e.Term, []string) {
	t.Helper()
	e2e.Require(t, "tmux")
	env := e2e.HomeEnv(t.TempDir())
	term := e2e.StartTerm(t, 100, 30, env, e2e.BuildBinary(t), "run", "first", "--newcomer", "Alice", "--no-notify")
	term.WaitForText(5*time.Second, "step 1 of 11")
	term.Send("x")
	term.WaitForText(2*time.Second, "[x]")
	return term, env
}

// wantResumable fails the test unless the session with Alice waits to be
// resumed; it discards it.
func wantResumable(t *testing.T, env []string) {
	t.Helper()
	out := mustRun(t, env, "resume", "--discard")
	if !strings.Contains(out, "Discarded the unfinished session (first with Alice") {
		t.Fatalf("the session was not saved for resume: %s", out)
	}
}
