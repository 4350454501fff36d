package app

import (
	"errors"
	"time"

	"partnercoach/session"
)

// Why an action would do nothing where the session is, for the front end
// to word with its own keys.
var (
	// ErrNoTimer: a turn action on a step that has no turn.
	ErrNoTimer = errors.New("this step has no timer")
	// ErrNotStarted: restarting a turn that has not started.
	ErrNotStarted = errors.New("the turn has not started yet")
	// ErrLastStep: moving on from the last step (ending the session is E).
	ErrLastStep = errors.New("this is the last step")
	// ErrFirstStep: moving back from the first step.
	ErrFirstStep = errors.New("this is the first step")
	// ErrNothingToUndo: undoing with no change of this run left to undo.
	ErrNothingToUndo = errors.New("nothing is left to undo")
	// ErrCallStarted: starting the session clock once it runs.
	ErrCallStarted = errors.New("the session clock runs already")
	// ErrTurnElsewhere: starting a turn while another runs on a step
	// ahead, left running as the coach looked back (see LiveLine).
	ErrTurnElsewhere = errors.New("another turn runs")
	// ErrTooLittleLeft: taking time off a turn that has no more than that
	// left: a turn is never cut to nothing nor into its overtime (moving
	// on ends it).
	ErrTooLittleLeft = errors.New("the turn has no more than that left")
)

// Live reads the live turn on a step other than the current one at now
// (see session.Session.LiveTurn), with its step's position, and reports
// false when there is none.
func (c *Core) Live(now time.Time) (TurnReading, int, bool) {
	if c.ses == nil {
		return TurnReading{}, 0, false
	}
	p, ok := c.ses.LiveTurn()
	if !ok {
		return TurnReading{}, 0, false
	}
	st := c.ses.Step(p)
	return ReadTurn(st.Turn, c.ses.Turn(st.ID), now), p, true
}

// Refusal says why an action would do nothing on the session's current
// step, or nil when it would act.
func (c *Core) Refusal(a session.Action) error {
	s := c.ses
	if s == nil {
		return nil
	}
	st := s.Current()
	switch a.(type) {
	case session.Undo:
		if _, ok := s.CanUndo(); !ok {
			return ErrNothingToUndo
		}
	case session.StartCall:
		if _, how := s.CallStarted(); how != session.CallWaiting {
			return ErrCallStarted
		}
	case session.Next:
		if s.Pos() == s.Len()-1 {
			return ErrLastStep
		}
	case session.Prev:
		if s.Pos() == 0 {
			return ErrFirstStep
		}
	case session.StartPause, session.Extend:
		if st.Turn == nil {
			return ErrNoTimer
		}
		if _, ok := a.(session.StartPause); ok && !s.Turn(st.ID).Running() && s.RunsElsewhere() {
			return ErrTurnElsewhere
		}
		if e, ok := a.(session.Extend); ok && e.By < 0 && s.Turn(st.ID).Left(c.clock.Now()) <= -e.By {
			return ErrTooLittleLeft
		}
	case session.Restart:
		switch {
		case st.Turn == nil:
			return ErrNoTimer
		case !s.Turn(st.ID).Started():
			return ErrNotStarted
		}
	}
	return nil
}
