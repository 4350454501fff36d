package records

import (
	"fmt"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// The range of times a record or an autosave may hold. A time outside it
// is no session's: a damaged file, or a clock set far wrong. It starts at
// 1970, where a machine without a clock battery starts counting, so that a
// session run on such a machine is still saved.
var (
	earliest = time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC)
	latest   = time.Date(2200, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// MaxSession is the longest a session can run: longer, and its end time
// comes from a clock that moved.
const MaxSession = 24 * time.Hour

// Years says which years a time a record or an autosave holds may fall
// in: "from the year 1970 to 2199".
func Years() string {
	return fmt.Sprintf("from the year %d to %d", earliest.Year(), latest.Year()-1)
}

// TimeProblem checks a time a record or an autosave holds: it must lie
// between earliest and latest. It says what is wrong, naming the time by
// its key, or returns "". A zero time is checked by the caller, which
// knows whether the time may be left out.
func TimeProblem(key string, t time.Time) string {
	if t.Before(earliest) || !t.Before(latest) {
		return fmt.Sprintf("%s is %s: expected a time %s", key, t.Format(time.RFC3339), Years())
	}
	return ""
}

// timeRule is TimeProblem as what validate finds wrong.
func timeRule(key string, t time.Time) *invalid {
	if msg := TimeProblem(key, t); msg != "" {
		return &invalid{key: key, msg: msg}
	}
	return nil
}

// maxStep is the most time a record may give one step or one turn: no
// step outlasts its session, and no session outlasts MaxSession. A longer
// one is a hand-edited or damaged file; read as it stands, it would
// overflow the sums and the bar chart of "log show".
const maxStep = MaxSession

// clamped is a length of time in a record that was outside the bounds a
// record may hold, and what it is read as.
type clamped struct {
	// key names it, such as "steps[2].turn.used"; field is its last
	// part and depth the depth of its object in the file (see jsonfile.Key).
	key, field string
	depth      int
	was, is    script.Duration
}

// message says what was wrong with the length and what it is read as.
func (c clamped) message() string {
	if c.was < 0 {
		return fmt.Sprintf("%s is %s: expected a length of time of zero or more; it is read as 0s", c.key, c.was)
	}
	return fmt.Sprintf("%s is %s: a step or a turn lasts at most %s; it is read as %s", c.key, c.was, script.Duration(maxStep), c.is)
}

// settleSteps bounds every length of time in a record's steps and turns
// to 0 through maxStep, and returns the record with a copy of its steps
// and what it changed.
func settleSteps(rec session.Record) (session.Record, []clamped) {
	var out []clamped
	bound := func(d *script.Duration, key, field string, depth int) {
		if was := *d; was < 0 || was > script.Duration(maxStep) {
			*d = min(max(was, 0), script.Duration(maxStep))
			out = append(out, clamped{key: key + field, field: field, depth: depth, was: was, is: *d})
		}
	}
	// A copy, and none is an empty list, never null: a record read without
	// "steps" and written again (log edit) says "steps": [].
	rec.Steps = append([]session.StepRecord{}, rec.Steps...)
	for i := range rec.Steps {
		s := &rec.Steps[i]
		key := fmt.Sprintf("steps[%d].", i)
		bound(&s.Planned, key, "planned", 3)
		bound(&s.Set, key, "set", 3)
		bound(&s.Actual, key, "actual", 3)
		if s.Turn != nil {
			t := *s.Turn
			bound(&t.Length, key+"turn.", "length", 4)
			bound(&t.Used, key+"turn.", "used", 4)
			bound(&t.WarnedAt, key+"turn.", "warned_at", 4)
			s.Turn = &t
		}
	}
	return rec, out
}

// settleTimes makes a record's times consistent when the wall clock moved
// during the session, and says what it changed ("" when nothing). A time
// is never a reason to refuse a record: an end before the start, after
// the start by more than a day, or outside the years a record may hold is
// set to the start plus the time spent in the steps; a step's or a turn's
// length of time below zero is set to zero, and one above maxStep to
// maxStep (see settleSteps).
func settleTimes(rec session.Record) (session.Record, string) {
	rec, changed := settleSteps(rec)
	var said string
	for _, c := range changed {
		switch {
		case c.field == "actual" && c.was < 0:
			said = "a step's time spent was below zero and is set to zero"
		case c.field == "used" && c.was < 0:
			said = "a turn's time used was below zero and is set to zero"
		default:
			said = c.message()
		}
	}
	var spent script.Duration
	for _, s := range rec.Steps {
		spent += s.Actual
	}
	if rec.Ended.IsZero() || rec.Started.IsZero() {
		return rec, said
	}
	end := rec.Ended
	if end.Before(rec.Started) || end.Sub(rec.Started) > MaxSession || timeRule("ended", end) != nil {
		rec.Ended = rec.Started.Add(min(spent.D(), MaxSession))
		said = fmt.Sprintf("the clock moved during the session: the end time read %s, which cannot follow a start at %s; it is set to the start plus the time spent in the steps (%s)",
			end.Format(time.RFC3339), rec.Started.Format(time.RFC3339), Human(spent.D()))
	}
	return rec, said
}

// Human writes a length of time for people, to the second: "45 s",
// "2 min 13 s", "1 h 5 min". Lengths below zero are written as zero.
func Human(d time.Duration) string {
	d = max(d.Round(time.Second), 0)
	h, m, s := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	switch {
	case h > 0 && m == 0:
		return fmt.Sprintf("%d h", h)
	case h > 0:
		return fmt.Sprintf("%d h %d min", h, m)
	case m > 0 && s == 0:
		return fmt.Sprintf("%d min", m)
	case m > 0:
		return fmt.Sprintf("%d min %d s", m, s)
	}
	return fmt.Sprintf("%d s", s)
}
