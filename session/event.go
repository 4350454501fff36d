package session

import (
	"time"

	"partnercoach/timer"
)

// EventKind says what happened in a session.
type EventKind int

// The kinds of event a session reports.
const (
	StepEntered EventKind = iota + 1
	ItemToggled
	AnswerSet
	OptionChosen
	TurnStarted
	TurnPaused
	TurnResumed
	TurnChanged // minutes added or removed
	TurnRestarted
	SegmentDone
	WarningDue
	TurnEnded
	NoteAdded
	MomentMarked
	SessionEnded
	CallStarted // the session's clock started with the call
	Undone      // the last change was undone; Undid says which
	// TurnClosed: a started turn ended as the coach moved on past its
	// step; Left is its time left (its length less what it ran).
	TurnClosed
	// StillPaused: a turn paused with time left has waited on the coach
	// for timer.PauseRemind; Segment is the segments done.
	StillPaused
)

// Event is something that happened in a session, at the instant it
// happened (for a timer event, the instant it was due).
type Event struct {
	Kind EventKind
	At   time.Time
	// Step is the id of the step it happened in.
	Step string
	// Turn is the name of the step's turn, such as "Coach's turn", for the
	// turn events. It names a role, never a person.
	Turn string
	// Segment and Segments number the segment that ended, for SegmentDone.
	Segment, Segments int
	// Left is the time left in the turn.
	Left time.Duration
	// Waited is how long a pause had waited on the coach, for StillPaused
	// (timer.Event.Waited).
	Waited time.Duration
	// Ends is the wall-clock instant at which a running turn ends, for
	// the warning: real even in a rehearsal, whose clock runs fast.
	Ends time.Time
	// Undid says what an Undo undid, for Undone, such as "ticked
	// 'Self-guided out loud'".
	Undid string
}

// Alert reports whether the event is one the coach must be told of when
// not looking: a segment's end, the warning, the end of a turn, or a
// pause that waits on the coach.
func (e Event) Alert() bool {
	return e.Kind == SegmentDone || e.Kind == WarningDue || e.Kind == TurnEnded || e.Kind == StillPaused
}

// fromTimer turns a timer event of a step's turn into a session event;
// real gives the wall-clock instant of an instant of the session's clock.
func fromTimer(stepID, turn string, ev timer.Event, real func(time.Time) time.Time) Event {
	kinds := map[timer.EventKind]EventKind{
		timer.SegmentDone: SegmentDone,
		timer.Warning:     WarningDue,
		timer.Ended:       TurnEnded,
		timer.StillPaused: StillPaused,
	}
	return Event{
		Kind: kinds[ev.Kind], At: ev.At, Step: stepID, Turn: turn,
		Segment: ev.Segment, Segments: ev.Segments, Left: ev.Left, Waited: ev.Waited,
		Ends: real(ev.At.Add(ev.Left)),
	}
}
