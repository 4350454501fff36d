package timer

import "time"

// pending is an event that has not yet fallen due, with its instant.
type pending struct {
	kind EventKind
	at   time.Time
}

// next returns the earliest event still to come in a running turn.
func (t *Turn) next() (pending, bool) {
	deadline, running := t.cd.Deadline()
	if !running {
		return pending{}, false
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

// NextDue returns the instant of the next event of a running turn, so the
// caller can wake exactly then, and false when nothing is to come.
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
		deadline, _ := t.cd.Deadline()
		ev := Event{Kind: p.kind, At: p.at, Segments: t.Segments(), Left: deadline.Sub(p.at)}
		switch p.kind {
		case SegmentDone:
			t.segDone++
			ev.Segment = t.segDone
			t.cd.PauseAt(ev.Left)
		case Warning:
			t.warned = true
			t.warnedAt = t.cd.Length() - ev.Left
		case Ended:
			t.ended = true
		}
		evs = append(evs, ev)
	}
}
