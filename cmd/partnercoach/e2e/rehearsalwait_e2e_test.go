//go:build linux

package e2e_test

import (
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestRehearsalNeverBlocksARealSession: a rehearsal kept with --save and
// left unfinished is set aside when a real session starts, which says so;
// a rehearsal run does not take over a real session left waiting.
func TestRehearsalNeverBlocksARealSession(t *testing.T) {
	t.Parallel()
	e2e.Require(t, "tmux")
	env := e2e.HomeEnv(t.TempDir())
	bin := e2e.BuildBinary(t)
	rehearsal := e2e.StartTerm(t, 100, 30, env, bin, "run", "first", "--speed", "60", "--save", "--newcomer", "AB", "--new-newcomer", "--no-notify")
	rehearsal.WaitForText(5*time.Second, "step 1 of 11")
	rehearsal.Send("x", "q")
	rehearsal.WaitForText(2*time.Second, "Quit? The session is saved")
	rehearsal.Choose(1)
	if code := rehearsal.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("the rehearsal's exit status %d", code)
	}

	real := e2e.StartTerm(t, 100, 30, env, bin, "run", "first", "--newcomer", "AB", "--new-newcomer", "--no-notify")
	real.WaitForText(5*time.Second, "A rehearsal left unfinished was set aside;")
	real.WaitForText(time.Second, "step 1 of 11")
	real.Send("x", "q")
	real.WaitForText(2*time.Second, "Quit? The session is saved")
	real.Choose(1)
	if code := real.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("the real session's exit status %d", code)
	}

	_, stderr, code := runBinaryEnv(t, env, "--speed", "60", "--save", "--no-notify")
	if code == 0 || !strings.Contains(stderr, "an unfinished session is waiting (first with AB, at step 1 of 11, saved ") {
		t.Fatalf("a rehearsal run over a real session waiting: exit %d, stderr %q", code, stderr)
	}
}
