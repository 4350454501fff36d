package main

import (
	"strings"
	"testing"
)

func TestLogShowEndsWithTheReviewPicture(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	out := mustRun(t, env, "log", "show", secondID)
	want := "\nTime by step, planned → taken\n" +
		"Each cell is 15 seconds: █ within the plan  ░ planned, unused  ▓ over the plan\n" +
		"  1.  Welcome               5:00 →  6:00  ████████████████████▓▓▓▓       +1:00\n"
	if !strings.HasSuffix(out, want) {
		t.Errorf("log show ends:\n%s\nwant:\n%s", out[max(0, len(out)-len(want)-40):], want)
	}
}
