//go:build linux

package e2e_test

import (
	"os"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestNewSessionAfterDiscardingTheOfferIsSaved: the coach discards the
// unfinished session the start screen offers and starts a new one, which
// is autosaved as any other. Before, discarding barred every later save
// of the run, each reported as done: the new session was never on disk,
// and quitting said "The session is saved".
func TestNewSessionAfterDiscardingTheOfferIsSaved(t *testing.T) {
	e2e.Require(t, "tmux")
	dir := t.TempDir()
	saved := leaveUnfinishedThenParallel(t, dir, time.Now().Add(-72*time.Hour)) // offered, not resumed at once
	term := e2e.StartTerm(t, 80, 24, e2e.HomeEnv(dir), e2e.BuildBinary(t), "--no-notify")
	term.WaitForText(5*time.Second, "Unfinished session with AB")
	term.WaitForText(2*time.Second, "› Finish it") // closed three days: finishing is offered first
	term.Send("Down", "Enter")
	term.Choose(1)
	term.WaitForText(2*time.Second, "Discarded the unfinished session.")
	if _, err := os.Stat(saved); err == nil {
		t.Fatal("the autosave is still there after discarding")
	}
	term.Send("Down", "Enter") // no newcomer
	term.WaitForText(2*time.Second, "no newcomer · choose the script")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Welcome and introductions")
	term.Send("x")
	deadline := time.Now().Add(3 * time.Second)
	for {
		if _, err := os.Stat(saved); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new session was not saved within 3 s of a change:\n%s", term.Screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
	term.Send("C-c")
	term.WantExit(0)
}
