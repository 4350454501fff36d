package app

import (
	"strings"
	"testing"
	"time"

	"partnercoach/notify"
	"partnercoach/session"
	"partnercoach/timer"
)

// TestCheckInLeftWaitingReminds: a check-in left paused says how long it
// has waited and, after timer.PauseRemind, brings one quiet notification
// that names no one, with no bell even when the run asked for sound.
func TestCheckInLeftWaitingReminds(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first"), Sound: true, Session: session.Options{Newcomer: "Alex Sample"}}, nil)
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(5 * time.Minute)
	r.run(r.c.Advance()) // segment 1 of 3 ends: the check-in
	before := len(r.notifier.Notes)
	r.clock.Add(2 * time.Minute)
	st := r.c.Session().Current()
	if rd := ReadTurn(st.Turn, r.c.Session().Turn(st.ID), r.clock.Now()); rd.Phase != TurnCheckIn || rd.Waited != 2*time.Minute {
		t.Fatalf("the check-in: phase %v, waited %v", rd.Phase, rd.Waited)
	}
	at, ok := r.c.NextWake()
	if !ok || !at.Equal(r.clock.Now().Add(timer.PauseRemind-2*time.Minute)) {
		t.Fatalf("the next wake is %v, %v: want the reminder", at, ok)
	}
	bells := r.bells
	r.clock.Add(10 * time.Minute)
	e := r.run(r.c.Advance())
	if len(e.Alerts) != 1 || e.Alerts[0].Kind != AlertStillPaused || e.Bell || r.bells != bells {
		t.Fatalf("the reminder: alerts %+v, bell %v", e.Alerts, e.Bell)
	}
	// Noticed 12 minutes into the pause (as after a stop, or a resume),
	// the reminder says so; on the code before, it said 3 minutes.
	if want := "The check-in of the coach's turn has waited 12 minutes: s starts segment 2."; e.Alerts[0].Line != want {
		t.Fatalf("line %q, want %q", e.Alerts[0].Line, want)
	}
	notes := r.notifier.Notes[before:]
	if len(notes) != 1 || notes[0].Sound || notes[0].Urgent || strings.Contains(notes[0].Title+notes[0].Body, "Alex") ||
		notes[0].Title != "Coach's turn: paused 12 minutes" {
		t.Fatalf("the reminder's notification: %+v", notes)
	}
	r.clock.Add(time.Hour)
	if e := r.run(r.c.Advance()); len(e.Alerts) != 0 {
		t.Fatal("a pause is reminded of once")
	}
}

// TestFailedReminderRingsNoBell: with sound asked for, an alert whose
// notification fails rings the bell in its place; a reminder of a pause
// does not, as it never rings (on the code before, its failure rang).
func TestFailedReminderRingsNoBell(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first"), Sound: true}, nil)
	r.notifier.Err = notify.ErrNoBus
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(5 * time.Minute)
	r.run(r.c.Advance()) // the check-in, whose failed notification rings
	bells := r.bells
	if bells != 1 {
		t.Fatalf("%d bells at a check-in whose notification failed, want 1", bells)
	}
	r.clock.Add(timer.PauseRemind)
	e := r.run(r.c.Advance())
	if len(e.Alerts) != 1 || e.Alerts[0].Kind != AlertStillPaused || len(r.notifier.Notes) != 2 {
		t.Fatalf("the reminder: alerts %+v, notes %d", e.Alerts, len(r.notifier.Notes))
	}
	if r.bells != bells {
		t.Fatalf("the reminder's failed notification rang the bell (%d bells, want %d)", r.bells, bells)
	}
}

// TestLookingBackAndMovingOn: a turn runs on while the coach looks back
// (Live says where and how), no other turn starts meanwhile, and moving
// on past it ends it: its reading says so, with the time it ran.
func TestLookingBackAndMovingOn(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.to("newcomer-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(20 * time.Second)
	r.run(r.c.Apply(session.Prev{}))
	r.run(r.c.Apply(session.Prev{}))
	rd, pos, ok := r.c.Live(r.clock.Now())
	if !ok || pos != 8 || rd.Phase != TurnRunning {
		t.Fatalf("live %v at %d, phase %v", ok, pos, rd.Phase)
	}
	if got, want := LiveLine(rd, pos), "Newcomer's turn on step 9: 11:40 left, running; n goes back to it."; got != want {
		t.Fatalf("LiveLine %q, want %q", got, want)
	}
	if err := r.c.Refusal(session.StartPause{}); err != ErrTurnElsewhere {
		t.Fatalf("starting the coach's turn meanwhile: %v", err)
	}
	r.run(r.c.Apply(session.Next{}))
	r.run(r.c.Apply(session.Next{}))
	r.clock.Add(time.Minute)
	e := r.run(r.c.Apply(session.Next{}))
	var closed session.Event
	for _, ev := range e.Events {
		if ev.Kind == session.TurnClosed {
			closed = ev
		}
	}
	st := r.c.Session().Step(8)
	rd = ReadTurn(st.Turn, r.c.Session().Turn(st.ID), r.clock.Now())
	if closed.Step != st.ID || rd.Phase != TurnClosed || rd.Warning {
		t.Fatalf("moving on: %+v, phase %v", e.Events, rd.Phase)
	}
	if got, want := ClosedLine(rd), "The newcomer's turn ended as you moved on: it ran 1:20 of 12:00."; got != want {
		t.Fatalf("ClosedLine %q, want %q", got, want)
	}
	if _, _, ok := r.c.Live(r.clock.Now()); ok {
		t.Fatal("an ended turn is not live")
	}
}

// TestLiveLineOvertime: a turn in overtime, looked back from, says by how
// much it is over (the code before said "over by 0:00" however long).
func TestLiveLineOvertime(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.to("newcomer-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(12*time.Minute + 95*time.Second + 400*time.Millisecond)
	r.run(r.c.Advance())
	r.run(r.c.Apply(session.Prev{}))
	rd, pos, ok := r.c.Live(r.clock.Now())
	if !ok || rd.Phase != TurnOver {
		t.Fatalf("live %v, phase %v", ok, rd.Phase)
	}
	if got, want := LiveLine(rd, pos), "Newcomer's turn on step 9: over by 1:35; n goes back to it."; got != want {
		t.Fatalf("LiveLine %q, want %q", got, want)
	}
}
