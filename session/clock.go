package session

import "time"

// Elapsed returns the time since the call started, or zero while the
// session's clock waits for it.
func (s *Session) Elapsed(now time.Time) time.Duration {
	if s.call == CallWaiting {
		return 0
	}
	return now.Sub(s.started)
}

// Real returns the wall-clock instant of an instant of the session's
// clock, for every time shown to the coach as a time of day: in a
// rehearsal the session's clock runs fast, but the coach's day does not.
// Outside a rehearsal it returns t.
func (s *Session) Real(t time.Time) time.Time { return s.opts.Rehearsal.Real(t) }

// Planned returns the planned length of the session: the script's, with
// its turns at the lengths the options chosen so far give them.
func (s *Session) Planned() time.Duration {
	if s.script.Length > 0 {
		return s.script.Length.D() + s.planShift()
	}
	return s.script.Planned() + s.planShift()
}

// Spent returns how long the coach has spent on a step so far, counting
// the time on the current step up to now. Time before the call started
// does not count.
func (s *Session) Spent(stepID string, now time.Time) time.Duration {
	d := s.spent[stepID]
	if s.Current().ID == stepID && s.call != CallWaiting {
		if !s.ended.IsZero() && s.ended.Before(now) {
			now = s.ended
		}
		d += now.Sub(s.entered)
	}
	return d
}

// Projected returns when the session will end if the current step takes
// the rest of its plan (or its turn the rest of its time) and the steps
// after it take theirs, their turns at their current lengths. While the
// coach looks back during a turn (LiveTurn), the session goes on from that
// turn: its time left and the steps after it, as on the turn's own step,
// so that looking back does not move the projected end.
func (s *Session) Projected(now time.Time) time.Time {
	from := s.pos
	if p, ok := s.LiveTurn(); ok && p > s.pos {
		from = p
	}
	cur := s.Step(from)
	var rest time.Duration
	if t := s.turns[cur.ID]; t != nil && t.Started() {
		rest = max(t.Left(now), 0)
	} else {
		rest = max(s.PlannedNow(cur.ID)-s.Spent(cur.ID, now), 0)
	}
	for p := from + 1; p < len(s.order); p++ {
		rest += s.PlannedNow(s.Step(p).ID)
	}
	return now.Add(rest)
}

// Over returns how far past the planned end the session is projected to
// run, or zero; zero while the session's clock waits for the call.
func (s *Session) Over(now time.Time) time.Duration {
	if s.call == CallWaiting {
		return 0
	}
	end := s.started.Add(s.Planned())
	return max(s.Projected(now).Sub(end), 0)
}
