package stats

import (
	"slices"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// Longest is the longest time the trends take from a record: a session,
// a step or a turn. A record may have been edited by hand, or a session
// left open overnight; a time past this, or below zero, is taken as this,
// or as zero, so that one record cannot stretch the pictures or the
// averages out of reading.
const Longest = 3 * time.Hour

// clamped returns the record with its times kept between zero and
// Longest, and whether any was changed. The record given is not changed.
func clamped(r session.Record) (session.Record, bool) {
	changed := false
	fix := func(d *script.Duration) {
		if c := min(max(*d, 0), script.Duration(Longest)); c != *d {
			*d, changed = c, true
		}
	}
	r.Steps = slices.Clone(r.Steps)
	for i := range r.Steps {
		s := &r.Steps[i]
		fix(&s.Planned)
		fix(&s.Actual)
		if s.Turn != nil {
			t := *s.Turn
			fix(&t.Length)
			fix(&t.Used)
			fix(&t.WarnedAt)
			s.Turn = &t
		}
	}
	if !r.Ended.IsZero() {
		switch length := r.Ended.Sub(r.Started); {
		case length < 0:
			r.Ended, changed = r.Started, true
		case length > Longest:
			r.Ended, changed = r.Started.Add(Longest), true
		}
	}
	return r, changed
}
