package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/session"
	"partnercoach/timer"
)

func TestSpoken(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0 seconds"},
		{time.Millisecond, "1 second"},
		{time.Second, "1 second"},
		{45 * time.Second, "45 seconds"},
		{time.Minute, "1 minute"},
		{5 * time.Minute, "5 minutes"},
		{4*time.Minute + 30*time.Second, "4 minutes 30 seconds"},
		{4*time.Minute + 29*time.Second + time.Millisecond, "4 minutes 30 seconds"},
		{time.Hour + 5*time.Minute, "1 hour 5 minutes"},
		{2*time.Hour + time.Second, "2 hours 1 second"},
		{-90 * time.Second, "1 minute 30 seconds"},
	}
	for _, tc := range tests {
		if got := spoken(tc.d); got != tc.want {
			t.Errorf("spoken(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if got := spokenElapsed(59*time.Second + 900*time.Millisecond); got != "59 seconds" {
		t.Errorf("spokenElapsed rounds up: %q", got)
	}
}

func TestTurnLine(t *testing.T) {
	seg := []time.Duration{5 * time.Minute, 5 * time.Minute, 5 * time.Minute}
	name := "Coach's turn"
	tr := timer.NewTurn(seg, 2*time.Minute)
	check := func(now time.Time, want string) {
		t.Helper()
		if got := turnLine(name, tr, now); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	}
	check(t0, "Coach's turn, 15 minutes, not started: s starts it.")
	tr.Toggle(t0)
	check(t0.Add(90*time.Second), "Coach's turn, segment 1 of 3, 13 minutes 30 seconds left, running; this segment ends in 3 minutes 30 seconds.")
	tr.Advance(t0.Add(6 * time.Minute))
	check(t0.Add(6*time.Minute), "Coach's turn, segment 1 of 3 done, 10 minutes left, paused for the check-in: s starts segment 2.")
	tr.Toggle(t0.Add(6 * time.Minute))
	check(t0.Add(11*time.Minute), "Coach's turn, segment 2 of 3, 5 minutes left, running; this segment ends in 0 seconds.")
	tr.Toggle(t0.Add(8 * time.Minute))
	check(t0.Add(9*time.Minute), "Coach's turn, segment 2 of 3, 8 minutes left, paused: s goes on.")

	one := timer.NewTurn([]time.Duration{time.Minute}, 30*time.Second)
	one.Toggle(t0)
	if got := turnLine("Newcomer's turn", one, t0.Add(80*time.Second)); got != "Newcomer's turn is over: 20 seconds of overtime, running." {
		t.Errorf("overtime: %q", got)
	}
	if got := turnLine("Newcomer's turn", one, t0.Add(20*time.Second)); got != "Newcomer's turn, 40 seconds left, running." {
		t.Errorf("undivided: %q", got)
	}
}

func TestStepWording(t *testing.T) {
	s := session.New(builtin(t, "first"), session.Options{Newcomer: "Alice Example"}, t0)
	if got, want := stepHead(s), "Step 1 of 11: Welcome and introductions. Planned 4 minutes. Next: Confidentiality and what to share."; got != want {
		t.Errorf("head:\n got %q\nwant %q", got, want)
	}
	for range 6 {
		s.Apply(session.Next{}, t0)
	}
	lines := strings.Join(stepLines(s, t0), "\n")
	mustContain(t, lines,
		"Step 7 of 11: My turn: coach focuses, newcomer listens. Next: Feedback on my turn.\n",
		"Focusing: you, the coach. Listening: the newcomer, Alice Example.\n",
		"Coach's turn: 15 minutes in 3 segments of 5 minutes, with a pause to check in after each, and a warning 2 minutes before the end.\n",
		"Coach's turn, 15 minutes, not started: s starts it.\n",
		"- Share process, not content.\n",
		"1. Self-guided out loud, not done\n",
		"5. Got my 2-minute time warning, not done")
	for range 4 {
		s.Apply(session.Next{}, t0)
	}
	mustContain(t, stepHead(s), "Step 11 of 11: ", "This is the last step: E ends the session")
}

func TestAlertWording(t *testing.T) {
	warn := session.Event{Kind: session.WarningDue, At: t0, Turn: "Newcomer's turn", Left: 2 * time.Minute}
	if got, want := alertLine(warn, ""), "Warning: 2 minutes left in the newcomer's turn."; got != want {
		t.Errorf("warning: %q, want %q", got, want)
	}
	seg := session.Event{Kind: session.SegmentDone, Turn: "Coach's turn", Segment: 2, Segments: 3, Left: 5 * time.Minute}
	if got, want := alertLine(seg, "Any questions?"),
		"Segment 2 of 3 of the coach's turn is done, 5 minutes left. Any questions? The timer is paused: s starts segment 3."; got != want {
		t.Errorf("segment: %q, want %q", got, want)
	}
	end := session.Event{Kind: session.TurnEnded, Turn: "Coach's turn"}
	if got := alertLine(end, ""); !strings.HasPrefix(got, "Time is up: the coach's turn is over.") {
		t.Errorf("end: %q", got)
	}
}

func TestCleanDropsControlCharacters(t *testing.T) {
	if got := clean("a\x1b[31mred\x1b[0m\tb\a\u009b"); got != "a[31mred[0m b" {
		t.Errorf("clean: %q", got)
	}
	if got := clean("\u2066AB\u2069 \u202eCD \u200bE\ufeff"); got != "AB CD E" {
		t.Errorf("clean of hidden characters: %q", got)
	}
}
