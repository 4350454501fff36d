//go:build linux

package e2e_test

import (
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// bellRun runs a first session at 120 times speed in tmux with no
// notification server (the pane's environment has no D-Bus address), the
// bells counted by tmux itself: both turns run, with the check-ins, the
// warnings and the ends. until returns true when the run has seen enough.
func bellRun(t *testing.T, args []string, until func(*e2e.Term, *e2e.Bells) bool) (*e2e.Term, *e2e.Bells) {
	t.Helper()
	e2e.Require(t, "tmux")
	argv := append([]string{e2e.BuildBinary(t), "run", "first", "--speed", "120", "--newcomer", "Alice"}, args...)
	term, bells := e2e.StartTermCountingBells(t, 100, 30, e2e.HomeEnv(t.TempDir()), argv...)
	term.WaitForText(5*time.Second, "step 1 of 11")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(10*time.Second, "Segment 1 of 3 of the coach's turn is done")
	term.Send("Space")
	term.WaitForText(10*time.Second, "Segment 2 of 3 of the coach's turn is done")
	term.Send("Space")
	waitWarning(t, term, "the coach's turn", 2)
	if until(term, bells) {
		return term, bells
	}
	term.WaitForText(10*time.Second, "Time is up: the coach's turn is over")
	term.Send("n", "n")
	term.WaitForText(5*time.Second, "Their turn: newcomer focuses")
	term.Send("Space")
	term.WaitForText(10*time.Second, "Time is up: the newcomer's turn is over")
	term.Send("n", "n")
	term.WaitForText(5*time.Second, "step 11 of 11")
	until(term, bells)
	return term, bells
}

// quitRun quits a rehearsal and waits for the program to exit.
func quitRun(t *testing.T, term *e2e.Term) {
	t.Helper()
	term.Send("q")
	term.WaitForText(2*time.Second, "Nothing is saved in this run")
	term.Choose(1)
	term.WantExit(0)
}

// TestWholeSessionRingsNoBell: with the default settings and no
// notification server, a whole session (two turns, their check-ins,
// warnings and ends) rings no bell, as tmux counts them.
func TestWholeSessionRingsNoBell(t *testing.T) {
	t.Parallel()
	term, bells := bellRun(t, nil, func(*e2e.Term, *e2e.Bells) bool { return false })
	quitRun(t, term)
	// The hook runs a shell per bell: give a late one time to be counted.
	deadline := time.Now().Add(500 * time.Millisecond)
	for time.Now().Before(deadline) {
		if n := bells.Count(t); n != 0 {
			t.Fatalf("tmux counted %d bells in a session with the default settings", n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestSoundRingsTheBell: the same run with --sound rings the bell by the
// first warning, which proves the counter counts.
func TestSoundRingsTheBell(t *testing.T) {
	t.Parallel()
	term, _ := bellRun(t, []string{"--sound"}, func(term *e2e.Term, bells *e2e.Bells) bool {
		deadline := time.Now().Add(3 * time.Second)
		for bells.Count(t) == 0 {
			if time.Now().After(deadline) {
				t.Fatal("tmux counted no bell by the first warning with --sound")
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Logf("tmux counted %d bells by the first warning with --sound", bells.Count(t))
		return true
	})
	quitRun(t, term)
}
