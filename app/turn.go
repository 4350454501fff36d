package app

import (
	"fmt"
	"time"

	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// TurnPhase is where a turn stands at an instant. It is decided here
// once, with one precedence, for both front ends: a turn not started is
// waiting, whatever its length; one whose time is up is over, running or
// not; one paused at a segment's end waits for the check-in; else it
// runs or is paused.
type TurnPhase int

// The phases of a turn.
const (
	// TurnWaiting is a turn not started yet.
	TurnWaiting TurnPhase = iota
	// TurnRunning is a turn whose time runs.
	TurnRunning
	// TurnPaused is a turn the coach paused.
	TurnPaused
	// TurnCheckIn is a turn paused at the end of a segment, waiting for
	// the coach to check in and start the next.
	TurnCheckIn
	// TurnOver is a turn whose time is up: its overtime counts while it
	// runs.
	TurnOver
	// TurnClosed is a turn the coach moved on past, which ended it: it is
	// stopped, its time what it ran, and waits on nobody.
	TurnClosed
)

// TurnReading is how a turn stands at an instant, as both front ends show
// it: its phase and times, all read at the same now.
type TurnReading struct {
	// Name names the turn by its role: "Coach's turn". Phrase names it
	// inside a sentence: by its role ("the coach's turn") as ReadTurn
	// reads it, as TurnPhrase does ("Alex's turn") as ReadTurnOf does.
	Name, Phrase string
	Phase        TurnPhase
	// Running reports whether its time runs: in TurnRunning, and in
	// TurnOver while the overtime counts.
	Running bool
	// Left is the time left, negative in overtime.
	Left time.Duration
	// Warning reports whether a started turn is within its warning lead,
	// before its end: the time shown in the warning's colour.
	Warning bool
	// Warn is the warning's lead; Length the turn's length with the
	// minutes added or taken off.
	Warn, Length time.Duration
	// Segment is the segment in progress, or at a check-in the one to
	// come, from 1; Segments how many there are now. SegmentLeft is the
	// time left in the segment in progress.
	Segment, Segments int
	SegmentLeft       time.Duration
	// CheckIn is the prompt of the turn's check-ins, or "".
	CheckIn string
	// Waited is how long a turn paused with time left (TurnPaused,
	// TurnCheckIn) has waited on the coach; zero otherwise.
	Waited time.Duration
}

// ReadTurnOf reads the turn of a step of a session at now, naming it as
// the screen of whoever runs the session does (TurnPhrase).
func ReadTurnOf(s *session.Session, st script.Step, now time.Time) TurnReading {
	r := ReadTurn(st.Turn, s.Turn(st.ID), now)
	r.Phrase = TurnPhrase(s.Options(), st.Turn)
	return r
}

// ReadTurn reads a step's turn at now, naming it by its role alone.
func ReadTurn(turn *script.Turn, t *timer.Turn, now time.Time) TurnReading {
	r := TurnReading{
		Name: turn.Name(), Phrase: turn.Phrase(), Running: t.Running(), Left: t.Left(now), Warn: t.Warn(), Length: t.Length(),
		Segment: t.Segment(), Segments: t.Segments(), SegmentLeft: max(t.SegmentLeft(now), 0), CheckIn: turn.CheckIn,
	}
	r.Waited, _ = t.Waiting(now)
	switch {
	case !t.Started():
		r.Phase = TurnWaiting
	case t.Closed():
		r.Phase = TurnClosed
	case r.Left <= 0:
		r.Phase = TurnOver
	case t.AtCheckIn(now):
		r.Phase = TurnCheckIn
	case r.Running:
		r.Phase = TurnRunning
	default:
		r.Phase = TurnPaused
	}
	r.Warning = r.Phase != TurnWaiting && r.Phase != TurnClosed && r.Left > 0 && r.Left <= r.Warn
	return r
}

// Ran is how much of the turn has run: its length less its time left.
func (r TurnReading) Ran() time.Duration { return r.Length - r.Left }

// ClosedLine says that moving on ended a turn, and how long it ran:
// "The coach's turn ended as you moved on: it ran 3:20 of 15:00."
func ClosedLine(r TurnReading) string { return closedLine(r, MinSec) }

// ClosedSpoken is ClosedLine in words, for the accessible mode: "it ran
// 3 minutes 20 seconds of 15 minutes."
func ClosedSpoken(r TurnReading) string { return closedLine(r, Spoken) }

// closedLine words ClosedLine with the given read-out of a time.
func closedLine(r TurnReading, say func(time.Duration) string) string {
	return fmt.Sprintf("%s ended as you moved on: it ran %s of %s.", Capital(r.Phrase), say(r.Ran()), say(r.Length))
}

// LiveLine says where a live turn is while the coach looks at another
// step, and how it stands: "Coach's turn on step 7: 11:40 left, running;
// n goes back to it." pos is its step's position, from 0.
func LiveLine(r TurnReading, pos int) string { return liveLine(r, pos, MinSec) }

// LiveSpoken is LiveLine in words, for the accessible mode: "Coach's turn
// on step 7: 11 minutes 40 seconds left, running; n goes back to it."
func LiveSpoken(r TurnReading, pos int) string { return liveLine(r, pos, Spoken) }

// liveLine words LiveLine with the given read-out of a time; a time over
// is read by its size.
func liveLine(r TurnReading, pos int, say func(time.Duration) string) string {
	var state string
	switch r.Phase {
	case TurnOver:
		state = "over by " + say(min(r.Left, 0))
	case TurnCheckIn:
		state = say(r.Left) + " left, at its check-in"
	case TurnPaused:
		state = say(r.Left) + " left, paused"
	default:
		state = say(r.Left) + " left, running"
	}
	return fmt.Sprintf("%s on step %d: %s; %s goes back to it.", r.Name, pos+1, state, LetterOf(OnSession, CmdNext))
}

// Calm reports whether the turn is in its quiet stretch: running, with
// more than the warning's lead and more than a minute left. There a
// read-out may show whole minutes and leave the seconds to one plain
// line; in the warning, in overtime or in a pause the seconds count.
func (r TurnReading) Calm() bool {
	return r.Phase == TurnRunning && !r.Warning && r.Left > time.Minute
}

// Alert is the alert the turn's phase calls for while it lasts, worded as
// the alert event that began it (see AlertLine), but with the time left
// as it is now (AboutLeft): its time up, its warning, or its check-in;
// false for none. Kind is the event's.
func (r TurnReading) Alert() (line string, kind AlertKind, ok bool) {
	switch {
	case r.Phase == TurnOver:
		kind = AlertTimeUp
	case r.Warning:
		return fmt.Sprintf("Warning: %s left in %s.", AboutLeft(r.Left), r.Phrase), AlertWarning, true
	case r.Phase == TurnCheckIn:
		kind = AlertCheckIn
	default:
		return "", 0, false
	}
	return alertLine(kind, r.Phrase, r.Segment-1, r.Segments, r.Warn, r.CheckIn), kind, true
}

// NoWarning says that a turn's warning cannot come, as its lead is as
// long as the turn or longer (a long warning in the settings, or a turn
// shortened below it), so that the coach does not wait for one; it is ""
// and false when the warning can come, or none is set.
func NoWarning(warn, length time.Duration) (string, bool) {
	if warn <= 0 || warn < length {
		return "", false
	}
	return fmt.Sprintf("no warning: its lead, %s, is not shorter than the turn", Spoken(warn)), true
}

// WarnAhead reports whether the turn's warning is still to come: it has
// one (shorter than the turn), more time than its lead is left, and the
// turn is neither over nor ended by moving on.
func (r TurnReading) WarnAhead() bool {
	return r.Warn > 0 && r.Warn < r.Length && r.Left > r.Warn && r.Phase != TurnOver && r.Phase != TurnClosed
}
