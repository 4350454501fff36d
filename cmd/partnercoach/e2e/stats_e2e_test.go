//go:build linux

package e2e_test

import (
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestStatsTakesTheTerminalsWidth runs stats in a real terminal of 120
// columns, with no COLUMNS: the pictures are drawn for 120 columns, as
// they are for 80 on a pipe (TestStatsThroughTheBinary).
func TestStatsTakesTheTerminalsWidth(t *testing.T) {
	e2e.Require(t, "tmux")
	dir := t.TempDir()
	env := twoSessions(t, dir)
	term := e2e.StartTerm(t, 120, 60, env, e2e.BuildBinary(t), "stats")
	if code := term.WaitExit(10 * time.Second); code != 0 {
		t.Fatalf("exit status %d:\n%s", code, term.ScreenAfterExit())
	}
	screen := term.ScreenAfterExit()
	want := "  1.  Welcome  5:00 →  6:00  ████████████████████▓▓▓▓                                                            +1:00"
	if !strings.Contains(screen, want) {
		t.Errorf("stats in a terminal of 120 columns lacks\n%s\n%s", want, screen)
	}
}
