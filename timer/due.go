package timer

import "time"

// pending is an event that has not yet fallen due, with its instant.
type pending struct {
	kind EventKind
	at   time.Time
}

// next returns the earliest event still to come in a running turn, or
// the reminder of a pause that waits on the coach.
func (t *Turn) next() (pending, bool) {
	deadline, running := t.cd.Deadline()
	if !running {
		return t.reminder()
	}
	length := t.cd.Length()
	var best pending
	found := false
	consider := func(k EventKind, at time.Time) {
		if !found || at.Before(best.at) {
			best, found = pending{k, at}, true
		}
	}
	if b, ok := t.nextBound(); ok {
		consider(SegmentDone, deadline.Add(b-length))
	}
	if !t.warned && t.warn > 0 && t.warn < length {
		at := deadline.Add(-t.warn)
		if at.Before(t.changed) {
			at = t.changed
		}
		consider(Warning, at)
	}
	if !t.ended {
		consider(Ended, deadline)
	}
	return best, found
}

// reminder returns the StillPaused event to come of a turn paused with
// time left, waiting on the coach, and false for none.
func (t *Turn) reminder() (pending, bool) {
	if t.reminded || t.pausedAt.IsZero() || t.closed || !t.cd.Started() || t.cd.Left(t.pausedAt) <= 0 {
		return pending{}, false
	}
	return pending{StillPaused, t.pausedAt.Add(PauseRemind)}, true
}

// NextDue returns the instant of the next event of a turn, so the caller
// can wake exactly then, and false when nothing is to come.
func (t *Turn) NextDue() (time.Time, bool) {
	p, ok := t.next()
	return p.at, ok
}

// Advance brings the turn up to now and returns the events that fell due,
// in order, each stamped with its due instant. At a segment boundary the
// turn pauses exactly at the boundary, however late Advance is called. A
// wall clock that stepped back since the last call costs the turn no time
// (see Countdown); one that stepped forward counts as time gone by, as a
// suspend does, and brings in the first segment end it passed, no more.
func (t *Turn) Advance(now time.Time) []Event {
	t.cd.settle(now)
	if t.changed.After(now) {
		t.changed = now
	}
	var evs []Event
	for {
		p, ok := t.next()
		if !ok || p.at.After(now) {
			return evs
		}
		ev := Event{Kind: p.kind, At: p.at, Segments: t.Segments(), Left: t.leftAt(p.at)}
		switch p.kind {
		case SegmentDone:
			t.segDone++
			ev.Segment = t.segDone
			t.cd.PauseAt(ev.Left)
			t.paused(p.at)
		case StillPaused:
			t.reminded = true
			ev.Segment = t.segDone
			ev.Waited = max(now.Sub(t.pausedAt), PauseRemind)
		case Warning:
			t.warned = true
			t.warnedAt = t.cd.Length() - ev.Left
		case Ended:
			t.ended = true
		}
		evs = append(evs, ev)
	}
}

// leftAt returns the time left at an instant an event fell due: from the
// deadline while the turn runs, else what the pause kept.
func (t *Turn) leftAt(at time.Time) time.Duration {
	if deadline, running := t.cd.Deadline(); running {
		return deadline.Sub(at)
	}
	return t.cd.Left(at)
}
