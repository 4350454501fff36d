package timer

import "time"

// EventKind is what happened in a turn.
type EventKind int

// The events of a turn, in the order they usually come.
const (
	// SegmentDone: a segment ended; the turn paused for a check-in.
	SegmentDone EventKind = iota + 1
	// Warning: the warning lead time before the end was reached.
	Warning
	// Ended: the turn reached zero and now counts overtime.
	Ended
	// StillPaused: the turn has been paused for PauseRemind, with time
	// left, waiting on the coach (at a segment's check-in, or paused by
	// hand); once a pause.
	StillPaused
)

// PauseRemind is how long a turn paused with time left waits on the coach
// before a StillPaused event reminds of it.
const PauseRemind = 3 * time.Minute

// String names the event kind.
func (k EventKind) String() string {
	switch k {
	case SegmentDone:
		return "segment done"
	case Warning:
		return "warning"
	case Ended:
		return "ended"
	case StillPaused:
		return "still paused"
	}
	return "unknown"
}

// Event is something that fell due in a turn.
type Event struct {
	Kind EventKind
	// At is the instant the event was due, not when it was noticed.
	At time.Time
	// Segment is the number (from 1) of the segment that just ended, for
	// SegmentDone; Segments is how many segments the turn has.
	Segment, Segments int
	// Left is the time left in the turn when the event was due.
	Left time.Duration
	// Waited is how long the pause had lasted when a StillPaused event
	// was noticed: PauseRemind when on time, more when the process was
	// stopped or the session resumed long after.
	Waited time.Duration
}

// Turn is a countdown split into segments, with a warning before its end.
// At each segment boundary it pauses, so that the time taken by a check-in
// does not come out of the turn.
type Turn struct {
	cd      Countdown
	bounds  []time.Duration // elapsed time at which each segment but the last ends
	warn    time.Duration
	segDone int // segment boundaries passed
	warned  bool
	// warnedAt is how much of the turn had gone when its warning last
	// fell due; zero until one has.
	warnedAt time.Duration
	ended    bool
	// changed is when the length or the warning last changed. A warning
	// whose instant a change moved into the past falls due then, not at
	// an instant before the change.
	changed time.Time
	// pausedAt is when the turn last paused, by hand or at a segment's
	// end; zero while it runs and before it starts. reminded is whether
	// that pause has been reminded of.
	pausedAt time.Time
	reminded bool
	// closed is whether the coach moved on past the turn, which ended it:
	// it waits on nobody. Starting it again opens it.
	closed bool
}

// NewTurn returns a turn made of the given segments (one segment for an
// undivided turn) with a warning lead time; a warning of zero is none.
func NewTurn(segments []time.Duration, warn time.Duration) *Turn {
	var total time.Duration
	var bounds []time.Duration
	for i, s := range segments {
		total += s
		if i < len(segments)-1 {
			bounds = append(bounds, total)
		}
	}
	return &Turn{cd: NewCountdown(total), bounds: bounds, warn: warn}
}

// Countdown returns a copy of the turn's countdown.
func (t *Turn) Countdown() Countdown { return t.cd }

// Left returns the time left in the turn at now; negative in overtime. It
// is never more than the turn's length, and while a segment's end is due
// but not yet brought in by Advance, never less than the time left at that
// end, where the turn pauses: a clock stepped forward past it shows the
// pause to come, not an overtime that will not be.
func (t *Turn) Left(now time.Time) time.Duration {
	left := t.cd.Left(now)
	if b, ok := t.nextBound(); ok && t.cd.Running() {
		left = max(left, t.cd.Length()-b)
	}
	return left
}

// nextBound returns the elapsed time at which the segment in progress
// ends, and false in the last segment.
func (t *Turn) nextBound() (time.Duration, bool) {
	if i := t.segDone; i < len(t.bounds) && t.bounds[i] < t.cd.Length() {
		return t.bounds[i], true
	}
	return 0, false
}

// Length returns the turn's length, including minutes added.
func (t *Turn) Length() time.Duration { return t.cd.Length() }

// Running reports whether the turn's countdown is running.
func (t *Turn) Running() bool { return t.cd.Running() }

// Started reports whether the turn has been started.
func (t *Turn) Started() bool { return t.cd.Started() }

// Warn returns the warning lead time.
func (t *Turn) Warn() time.Duration { return t.warn }

// WarnedAt returns how much of the turn had gone when its warning last
// fell due, and false when no warning has. A warning armed again by a
// change and not yet due again leaves the last one standing: it did come.
func (t *Turn) WarnedAt() (time.Duration, bool) { return t.warnedAt, t.warnedAt > 0 }

// Segments returns how many segments the turn has now. Segments that the
// turn was shortened past no longer count.
func (t *Turn) Segments() int {
	n := 1
	for _, b := range t.bounds {
		if b < t.cd.Length() {
			n++
		}
	}
	return n
}

// SegmentLengths returns the lengths of the turn's segments now: a segment
// the turn was shortened past is gone, and time added or taken is in the
// last one.
func (t *Turn) SegmentLengths() []time.Duration {
	var out []time.Duration
	from := time.Duration(0)
	for _, b := range t.bounds {
		if b < t.cd.Length() {
			out = append(out, b-from)
			from = b
		}
	}
	return append(out, t.cd.Length()-from)
}

// Segment returns the number, from 1, of the segment in progress.
func (t *Turn) Segment() int {
	return min(t.segDone+1, t.Segments())
}

// SegmentLeft returns the time left in the current segment at now.
func (t *Turn) SegmentLeft(now time.Time) time.Duration {
	left := t.Left(now)
	if b, ok := t.nextBound(); ok {
		return b - (t.cd.Length() - left)
	}
	return left
}

// Toggle starts a turn that is not running and pauses one that is.
func (t *Turn) Toggle(now time.Time) {
	if t.cd.Running() {
		t.cd.Pause(now)
		t.paused(now)
		return
	}
	t.cd.Start(now)
	t.pausedAt, t.reminded, t.closed = time.Time{}, false, false
}

// paused notes that the turn paused at an instant.
func (t *Turn) paused(at time.Time) { t.pausedAt, t.reminded = at, false }

// Close ends a started turn as the coach moves on past it: it stops,
// keeping the time it ran, and waits on nobody (no StillPaused). It
// reports whether the turn was running.
func (t *Turn) Close(now time.Time) bool {
	running := t.cd.Running()
	if running {
		t.cd.Pause(now)
		t.paused(now)
	}
	t.closed = t.cd.Started()
	return running
}

// Closed reports whether the coach moved on past the turn, ending it.
func (t *Turn) Closed() bool { return t.closed }

// Waiting reports whether the turn waits on the coach at now: started,
// paused with time left, and not closed; waited is how long since it
// paused (zero for a pause whose instant is not known, from an older
// save).
func (t *Turn) Waiting(now time.Time) (waited time.Duration, ok bool) {
	if !t.cd.Started() || t.cd.Running() || t.closed || t.cd.Left(now) <= 0 {
		return 0, false
	}
	if t.pausedAt.IsZero() {
		return 0, true
	}
	return max(now.Sub(t.pausedAt), 0), true
}

// Add lengthens the turn by d, or shortens it when d is negative. A
// warning or end that has passed is armed again if the change puts it back
// in the future.
func (t *Turn) Add(d time.Duration, now time.Time) {
	t.cd.Add(d, now)
	t.rearm(now)
}

// SetWarn changes the warning lead time, arming the warning again if it
// now lies in the future.
func (t *Turn) SetWarn(warn time.Duration, now time.Time) {
	t.warn = warn
	t.rearm(now)
}

// rearm clears the warning and end flags whose instants lie ahead again.
func (t *Turn) rearm(now time.Time) {
	t.changed = now
	left := t.cd.Left(now)
	if left > t.warn {
		t.warned = false
	}
	if left > 0 {
		t.ended = false
	}
}

// Restart puts the turn back to its full length, not running.
func (t *Turn) Restart() {
	t.cd.Reset()
	t.segDone, t.warned, t.ended, t.changed = 0, false, false, time.Time{}
	t.warnedAt = 0
	t.pausedAt, t.reminded, t.closed = time.Time{}, false, false
}

// AtCheckIn reports whether the turn is paused at a segment boundary,
// waiting for the coach to check in and go on.
func (t *Turn) AtCheckIn(now time.Time) bool {
	return t.segDone > 0 && !t.cd.Running() && t.cd.Started() &&
		t.cd.Elapsed(now) == t.bounds[t.segDone-1]
}
