package app

import (
	"time"

	"partnercoach/script"
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

// FinishLabel is the offer to finish the unfinished session, in the
// words of what its end asks (EndFormOf): a coach log, a client session's
// log, or the questions after a peer exchange. Once the session was closed
// past its call it says that it is taken to have ended when it was last
// saved (the offer's line above says when that was). It fits the
// narrowest window, 50 columns, with its mark.
func (c *Core) FinishLabel() string {
	var s *script.Script
	if c.offer != nil {
		s = c.offer.Script()
	}
	w := finishWords(s)
	if c.FinishFirst() {
		return "Finish it: " + w.closed
	}
	return "Finish it: " + w.open
}

// finishWordsOf are the words of the offer to finish a session: open,
// while its call may still be going on, and closed, once it is taken to
// have ended when last saved.
type finishWordsOf struct{ open, closed string }

// finishWords returns the words of the offer to finish a session of the
// script, by its kind; a coaching session's when there is no script.
func finishWords(s *script.Script) finishWordsOf {
	kind := script.Coaching
	if s != nil {
		kind = KindOf(s)
	}
	switch kind {
	case script.Peer:
		return finishWordsOf{"say how the exchange went", "how it went (ended when last saved)"}
	case script.Client:
		return finishWordsOf{"write its session log", "session log (ended when last saved)"}
	}
	return finishWordsOf{"write its coach log", "its coach log (ended when last saved)"}
}
