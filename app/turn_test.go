package app

import (
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// TestReadTurn is the one precedence of a turn's phase, and the alert
// each phase calls for, worded as its alert event is.
func TestReadTurn(t *testing.T) {
	turn := &script.Turn{Focuser: script.Coach, Listener: script.Newcomer, CheckIn: "How was that?"}
	seg := []time.Duration{5 * time.Minute, 5 * time.Minute, 5 * time.Minute}
	tr := timer.NewTurn(seg, 2*time.Minute)
	read := func(at time.Duration) TurnReading { return ReadTurn(turn, tr, t0.Add(at)) }
	check := func(r TurnReading, phase TurnPhase, warning bool, alert string) {
		t.Helper()
		line, _, ok := r.Alert()
		if r.Phase != phase || r.Warning != warning || line != alert || ok != (alert != "") {
			t.Errorf("phase %d warning %v alert %q, want phase %d warning %v alert %q", r.Phase, r.Warning, line, phase, warning, alert)
		}
	}
	check(read(0), TurnWaiting, false, "")
	tr.Toggle(t0)
	check(read(time.Minute), TurnRunning, false, "")
	if !read(time.Minute).Calm() {
		t.Error("a running turn with 14 minutes left is not calm")
	}
	tr.Advance(t0.Add(5 * time.Minute))
	r := read(5 * time.Minute)
	check(r, TurnCheckIn, false,
		"Segment 1 of 3 of the coach's turn is done. How was that? The timer is paused: s starts segment 2.")
	if r.Segment != 2 || r.Segments != 3 || r.Left != 10*time.Minute {
		t.Errorf("at the check-in: segment %d of %d, %v left", r.Segment, r.Segments, r.Left)
	}
	tr.Toggle(t0.Add(5 * time.Minute))
	tr.Advance(t0.Add(10 * time.Minute))
	tr.Toggle(t0.Add(10 * time.Minute))
	check(read(13*time.Minute+30*time.Second), TurnRunning, true, "Warning: 2 minutes left in the coach's turn.")
	tr.Toggle(t0.Add(14 * time.Minute)) // paused in the warning: the time left as it is now
	check(read(14*time.Minute), TurnPaused, true, "Warning: 1 minute left in the coach's turn.")
	tr.Toggle(t0.Add(14 * time.Minute))
	check(read(14*time.Minute+2*time.Second), TurnRunning, true, "Warning: 58 seconds left in the coach's turn.")
	if r := read(14 * time.Minute); r.WarnAhead() {
		t.Error("a warning that has come is not ahead")
	}
	check(read(16*time.Minute), TurnOver, false, "Time is up: the coach's turn is over.")
	if r := read(16 * time.Minute); !r.Running || r.Left != -time.Minute || r.Calm() {
		t.Errorf("in overtime: running %v, left %v, calm %v", r.Running, r.Left, r.Calm())
	}
}

// TestAlertLinesMatchTheStandingAlert: the line of an alert event is the
// line the turn's phase shows while it lasts, so that the two front ends
// and the two moments say one thing.
func TestAlertLinesMatchTheStandingAlert(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.to("coach-turn")
	alerts := 0
	step := func(a session.Action, d time.Duration) {
		if a != nil {
			r.run(r.c.Apply(a))
		}
		r.clock.T = r.clock.T.Add(d)
		for _, al := range r.run(r.c.Advance()).Alerts {
			alerts++
			s, st := r.c.Session(), r.c.Session().Current()
			line, _, _ := ReadTurnOf(s, st, r.clock.Now()).Alert()
			if al.Line != line || al.Line != AlertLine(s, al.Event) {
				t.Errorf("the event says %q, the turn shows %q", al.Line, line)
			}
		}
	}
	step(session.StartPause{}, 5*time.Minute) // segment 1 of 3 ends
	step(session.StartPause{}, 5*time.Minute) // segment 2 ends
	step(session.StartPause{}, 3*time.Minute) // the warning
	step(nil, 2*time.Minute)                  // the end
	if alerts != 4 {
		t.Fatalf("%d alerts, want 4", alerts)
	}
	if got := AlertLine(r.c.Session(), session.Event{Kind: session.SegmentDone, Turn: "Newcomer's turn", Segment: 1, Segments: 2}); got !=
		"Segment 1 of 2 of the newcomer's turn is done. Check in before going on. The timer is paused: s starts segment 2." {
		t.Errorf("the default check-in: %q", got)
	}
	if AlertLine(r.c.Session(), session.Event{Kind: session.StepEntered}) != "" {
		t.Error("a step entered has an alert line")
	}
}
