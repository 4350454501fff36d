package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestLogShowEndsWithTheReviewPicture(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	out := mustRun(t, env, "log", "show", secondID)
	want := "\nTime by step, planned → taken\n" +
		"Each cell is 15 seconds: █ within the plan  ░ planned, unused  ▓ over the plan\n" +
		"  1.  Welcome  5:00 →  6:00  ████████████████████▓▓▓▓                    +1:00\n"
	if !strings.HasSuffix(out, want) {
		t.Errorf("log show ends:\n%s\nwant:\n%s", out[max(0, len(out)-len(want)-40):], want)
	}
}

func TestStatsThroughTheBinary(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	out := mustRun(t, env, "stats", "--since", "2025-03-01")
	for _, want := range []string{
		"Trends of sessions since 2025-03-01\n  2 held, 0 the newcomer did not come to (billable), fees $75.00\n",
		"  first     Welcome  1 of 1   1:00\n",
		"  followup  Welcome  1 of 1   1:00\n",
		"  2025-03     2             0      $75.00\n",
		"  in follow-up sessions               1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lack %q:\n%s", want, out)
		}
	}
	// Piped, the trends are laid out for 80 columns; COLUMNS says another
	// width. Either way the lines fit.
	for _, width := range []int{80, 120} {
		env := env
		if width != 80 {
			env = append(env, fmt.Sprintf("COLUMNS=%d", width))
		}
		out := mustRun(t, env, "stats")
		legend := "Each cell is 15 seconds: █ within the plan  ░ planned, unused  ▓ over the plan\n"
		bar := map[int]string{80: "  1.  Welcome  5:00 →  6:00  ████████████████████▓▓▓▓                    +1:00\n",
			120: "  1.  Welcome  5:00 →  6:00  ████████████████████▓▓▓▓                                                            +1:00\n"}[width]
		if !strings.Contains(out, legend+bar) {
			t.Errorf("at %d columns the steps of the first session are not drawn so:\n%s", width, out)
		}
		for i, line := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(line); w > width {
				t.Errorf("at %d columns line %d is %d cells wide: %q", width, i+1, w, line)
			}
		}
	}
	_, stderr, code := runBinaryEnv(t, env, "stats", "--since", "March")
	if code != 1 || !strings.Contains(stderr, "--since: expected a date such as 2026-11-22") {
		t.Errorf("bad --since: exit %d, %q", code, stderr)
	}
}
