package app

import (
	"fmt"
	"time"

	"partnercoach/internal/textsafe"
	"partnercoach/script"
	"partnercoach/session"
)

// This file holds how a session is seen from outside its window: the
// terminal's title ("Newcomer 11:40"), the progress of its tab or taskbar
// (normal, warning, overtime), and the line of 'partnercoach status' for
// a status bar. The title and the progress name the turn by its role
// alone, as a notification does; the status line names people only when
// asked. Each says only what changes at most once a second, so that a
// front end that writes them when they change writes nothing while idle.

// BeaconState is what a session is doing, as seen from outside.
type BeaconState int

// The states of a session seen from outside.
const (
	// BeaconNone: no session is open.
	BeaconNone BeaconState = iota
	// BeaconUnfinished: a session is saved, but no partnercoach has it
	// open.
	BeaconUnfinished
	// BeaconStep: a step whose time is not a turn's.
	BeaconStep
	// BeaconTurn: a step with a turn, or a turn that runs.
	BeaconTurn
	// BeaconEnded: the session has ended; its coach log is open.
	BeaconEnded
)

// Beacon is how a session stands at an instant, seen from outside its
// window.
type Beacon struct {
	State BeaconState
	// Step is the current step's place, from 1, of Steps; Title is its
	// title, made safe to print.
	Step, Steps int
	Title       string
	// Waiting reports whether the session's clock waits for the call.
	Waiting bool
	// Turn is the turn shown, in BeaconTurn: a turn that runs, wherever
	// it is, or else the current step's. Role is its focuser's role
	// ("Newcomer"), and Person their name where one was given (the
	// newcomer's, a partner's), made safe to print, or "".
	Turn   TurnReading
	Role   string
	Person string
	// Rehearsal reports a rehearsal, on its own fast clock; Ended, in
	// BeaconUnfinished, a session that had ended, whose coach log waits.
	Rehearsal, Ended bool
}

// BeaconOf reads a session at now. A session that has ended is
// BeaconEnded; see Core.Beacon for a run's.
func BeaconOf(s *session.Session, now time.Time) Beacon {
	b := Beacon{State: BeaconStep, Step: s.Pos() + 1, Steps: s.Len(), Title: textsafe.Line(s.Current().Title)}
	_, how := s.CallStarted()
	b.Waiting = how == session.CallWaiting
	b.Rehearsal = s.Options().Rehearsal.On()
	if s.IsEnded() {
		b.State = BeaconEnded
		return b
	}
	if st, ok := shownTurn(s); ok {
		b.State, b.Turn, b.Role = BeaconTurn, ReadTurnOf(s, st, now), st.Turn.Focuser.Label()
		b.Person = textsafe.Line(personOf(s.Options(), st.Turn.Focuser))
	}
	return b
}

// SavedBeacon reads a session from its autosave at now, on its own clock:
// as BeaconOf when a partnercoach has it open, else BeaconUnfinished,
// which says whether it had ended and whether it is a rehearsal.
func SavedBeacon(s *session.Session, now time.Time, open bool) Beacon {
	b := BeaconOf(s, s.Options().Rehearsal.Scaled(now))
	if !open {
		b.Ended, b.State = b.State == BeaconEnded, BeaconUnfinished
	}
	return b
}

// shownTurn returns the step whose turn is seen from outside: one whose
// turn runs, wherever it is, else the current step if it has a turn.
func shownTurn(s *session.Session) (script.Step, bool) {
	for p := range s.Len() {
		if st := s.Step(p); st.Turn != nil && s.Turn(st.ID) != nil && s.Turn(st.ID).Running() {
			return st, true
		}
	}
	st := s.Current()
	return st, st.Turn != nil && s.Turn(st.ID) != nil
}

// personOf returns the name given for a role: the newcomer's or a
// client's, or a partner's; "" for the coach and a role not named.
func personOf(o session.Options, r script.Role) string {
	if r.Coached() {
		return o.Newcomer
	}
	return PartnerName(o, r)
}

// Beacon reads the session on show at now: BeaconNone on the start
// screen, BeaconEnded once its coach log is open.
func (c *Core) Beacon(now time.Time) Beacon {
	if c.ses == nil || c.stage == Choosing {
		return Beacon{}
	}
	b := BeaconOf(c.ses, now)
	if c.stage != Running {
		b.State = BeaconEnded
	}
	return b
}

// WindowTitle is the terminal's title: the turn's role and its time
// ("Newcomer 11:40", "Newcomer +0:35 over", "Coach 10:00 paused"), the
// step on a step with no turn, or the program's name. It names no one.
func (b Beacon) WindowTitle() string {
	switch b.State {
	case BeaconStep:
		return fmt.Sprintf("partnercoach · step %d/%d", b.Step, b.Steps)
	case BeaconTurn:
		return b.Role + " " + b.timeWords(b.Turn.Phase)
	}
	return "partnercoach"
}

// timeWords says a turn's time and, unless it runs within its length,
// its phase: "11:40", "+0:35 over", "11:40 paused", "10:00 check-in",
// "15:00 not started".
func (b Beacon) timeWords(p TurnPhase) string {
	left := Countdown(b.Turn.Left)
	switch p {
	case TurnWaiting:
		return left + " not started"
	case TurnPaused:
		return left + " paused"
	case TurnCheckIn:
		return left + " check-in"
	case TurnOver:
		return left + " over"
	}
	return left
}

// Meter is the state of the progress a terminal shows in its tab or
// taskbar (the OSC 9;4 sequence's states).
type Meter int

// The states of the progress shown.
const (
	// MeterOff shows none: no turn runs.
	MeterOff Meter = iota
	// MeterNormal is a turn running within its time.
	MeterNormal
	// MeterWarning is a turn running in its warning.
	MeterWarning
	// MeterOver is a turn running in overtime.
	MeterOver
)

// Meter returns the progress to show: its state and the part of the turn
// gone, in whole percent (100 in overtime). Only a turn that runs shows
// one; a turn paused or waiting, and no turn, show none.
func (b Beacon) Meter() (Meter, int) {
	r := b.Turn
	switch {
	case b.State != BeaconTurn || !r.Running:
		return MeterOff, 0
	case r.Phase == TurnOver:
		return MeterOver, 100
	}
	if r.Warning {
		return MeterWarning, partGone(r)
	}
	return MeterNormal, partGone(r)
}

// partGone is the part of a turn gone, in whole percent from 0 to 100.
func partGone(r TurnReading) int {
	if r.Length <= 0 {
		return 0
	}
	return min(max(int((r.Length-r.Left)*100/r.Length), 0), 100)
}
