package app

import (
	"time"

	"partnercoach/session"
)

// callGrace is how long past the end of its plan a call may still have
// gone on while partnercoach was closed: a session seldom runs a quarter
// of an hour over.
const callGrace = 15 * time.Minute

// ClosedPastItsCall reports whether a session last saved at saved was
// closed, by now, for longer than its call can have gone on: longer than
// the session had left to run by its plan when it was saved, and
// callGrace more. Resumed, it would count all that time in its length; so
// the unfinished session's coach log, with the session ended when it was
// last saved, is what both front ends offer first. A rehearsal runs on a
// clock of its own and is never past its call.
func ClosedPastItsCall(s *session.Session, saved, now time.Time) bool {
	if s == nil || s.IsEnded() || s.Options().Rehearsal.On() {
		return false
	}
	left := max(s.Planned()-s.Elapsed(saved), 0)
	return now.Sub(saved) > left+callGrace
}

// FinishFirst reports whether the unfinished session on offer is offered
// to be finished first rather than resumed (see ClosedPastItsCall).
func (c *Core) FinishFirst() bool {
	return ClosedPastItsCall(c.offer, c.cfg.Saved, c.clock.Now())
}

// FinishLabel is the offer to finish the unfinished session, saying,
// once it was closed past its call, that it is taken to have ended when
// it was last saved (the offer's line above says when that was). It fits
// the narrowest window, 50 columns, with its mark.
func (c *Core) FinishLabel() string {
	if c.FinishFirst() {
		return "Finish it: its coach log (ended when last saved)"
	}
	return "Finish it: write its coach log"
}
