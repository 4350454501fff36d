package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

func TestTurnLine(t *testing.T) {
	seg := []time.Duration{5 * time.Minute, 5 * time.Minute, 5 * time.Minute}
	coach := &script.Turn{Focuser: script.Coach, Listener: script.Newcomer}
	tr := timer.NewTurn(seg, 2*time.Minute)
	check := func(now time.Time, want string) {
		t.Helper()
		if got := turnLine(app.ReadTurn(coach, tr, now)); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	}
	check(t0, "Coach's turn, 15 minutes, not started: s starts it.")
	tr.Toggle(t0)
	check(t0.Add(90*time.Second), "Coach's turn, segment 1 of 3, 13 minutes 30 seconds left, running; this segment ends in 3 minutes 30 seconds.")
	tr.Advance(t0.Add(6 * time.Minute))
	check(t0.Add(6*time.Minute), "Coach's turn, segment 1 of 3 done, 10 minutes left, paused for the check-in (waiting 1 minute): s starts segment 2.")
	tr.Toggle(t0.Add(6 * time.Minute))
	check(t0.Add(11*time.Minute), "Coach's turn, segment 2 of 3, 5 minutes left, running; this segment ends in 0 seconds.")
	tr.Toggle(t0.Add(8 * time.Minute))
	check(t0.Add(8*time.Minute+30*time.Second), "Coach's turn, segment 2 of 3, 8 minutes left, paused: s goes on.")
	check(t0.Add(20*time.Minute), "Coach's turn, segment 2 of 3, 8 minutes left, paused (waiting 12 minutes): s goes on.")

	newcomer := &script.Turn{Focuser: script.Newcomer, Listener: script.Coach}
	one := timer.NewTurn([]time.Duration{time.Minute}, 30*time.Second)
	one.Toggle(t0)
	if got := turnLine(app.ReadTurn(newcomer, one, t0.Add(80*time.Second))); got != "Newcomer's turn is over: 20 seconds of overtime, running." {
		t.Errorf("overtime: %q", got)
	}
	if got := turnLine(app.ReadTurn(newcomer, one, t0.Add(20*time.Second))); got != "Newcomer's turn, 40 seconds left, running." {
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

func TestCleanDropsControlCharacters(t *testing.T) {
	if got := clean("a\x1b[31mred\x1b[0m\tb\a\u009b"); got != "a[31mred[0m b" {
		t.Errorf("clean: %q", got)
	}
	if got := clean("\u2066AB\u2069 \u202eCD \u200bE\ufeff"); got != "AB CD E" {
		t.Errorf("clean of hidden characters: %q", got)
	}
}

// TestAlertLineIsTheCores: the line said for a segment's end is
// app.AlertLine's, as the full screen's banner is (see its
// TestScreenSaysTheAlertLine).
func TestAlertLineIsTheCores(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.toCoachTurn()
	h.send("s")
	out, _ := h.advance(5 * time.Minute)
	st := h.fe.core.Session().Current()
	ev := session.Event{Kind: session.SegmentDone, Step: st.ID, Turn: st.Turn.Name(), Segment: 1, Segments: 3}
	mustContain(t, out, app.AlertLine(h.fe.core.Session(), ev)+"\n")
}

// TestNoteIsKeptWithinTheCoresLimit: a note typed longer than the core's
// limit is kept at app.MaxNote characters, as the full screen's field
// stops there.
func TestNoteIsKeptWithinTheCoresLimit(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "first")}, Options{})
	h.send("note " + strings.Repeat("a", app.MaxNote+10))
	if n := h.fe.core.Session().Notes(); len(n) != 1 || len(n[0].Text) != app.MaxNote {
		t.Fatalf("notes %d, the first %d characters long; want 1 of %d", len(n), len(n[0].Text), app.MaxNote)
	}
}

// TestSessionClockSaysAProjectionIsOne: with the plan not yet used up, a
// session set to run over is "on course to" run over, not "running over",
// which a listener takes as already past its end; once the plan is used
// up, it is running over.
func TestSessionClockSaysAProjectionIsOne(t *testing.T) {
	s := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, t0)
	s.Apply(session.StartCall{}, t0)
	early := sessionClock(s, t0.Add(10*time.Minute)) // step 1 of a 4-minute plan, 6 minutes over it
	if !strings.Contains(early, " On course to run over by 6 minutes: it ends about ") {
		t.Errorf("10 minutes in: %q", early)
	}
	late := sessionClock(s, t0.Add(55*time.Minute))
	if !strings.Contains(late, " Running over by 51 minutes: it ends about ") {
		t.Errorf("55 minutes in: %q", late)
	}
}
