package store

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

// maxSession is the longest a session can run: longer, and its end time
// comes from a clock that moved.
const maxSession = 24 * time.Hour

// timeRule checks a time a file holds: it must lie between earliest and
// latest. A zero time is checked by the caller, which knows whether the
// time may be left out.
func timeRule(key string, t time.Time) *invalid {
	if t.Before(earliest) || !t.Before(latest) {
		return &invalid{key, fmt.Sprintf("%s is %s: expected a time from the year %d to %d",
			key, t.Format(time.RFC3339), earliest.Year(), latest.Year()-1)}
	}
	return nil
}

// settleTimes makes a record's times consistent when the wall clock moved
// during the session, and says what it changed ("" when nothing). A time
// is never a reason to refuse a record: an end before the start, after
// the start by more than a day, or outside the years a record may hold is
// set to the start plus the time spent in the steps; a step's time or a
// turn's use below zero is set to zero.
func settleTimes(rec session.Record) (session.Record, string) {
	var said string
	rec.Steps = append([]session.StepRecord(nil), rec.Steps...)
	var spent script.Duration
	for i := range rec.Steps {
		s := &rec.Steps[i]
		if s.Actual < 0 {
			s.Actual, said = 0, "a step's time spent was below zero and is set to zero"
		}
		if s.Turn != nil && s.Turn.Used < 0 {
			t := *s.Turn
			t.Used, s.Turn = 0, &t
			said = "a turn's time used was below zero and is set to zero"
		}
		spent += s.Actual
	}
	if rec.Ended.IsZero() || rec.Started.IsZero() {
		return rec, said
	}
	end := rec.Ended
	if end.Before(rec.Started) || end.Sub(rec.Started) > maxSession || timeRule("ended", end) != nil {
		rec.Ended = rec.Started.Add(spent.D())
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
