package app

import (
	"testing"
	"time"

	"partnercoach/session"
)

// TestCallSpanSaysTheDayPastMidnight: the head of the coach log gives the
// call's end with its day when the call ran past midnight, as `log show`
// does; before, "22:40–00:10" read as a call that ended before it began.
// The day is the one the times are read in (the zone of the instants),
// and a call of one day, a rehearsal and a call that never started keep
// their wording. A call of an earlier day, finished or resumed days on,
// says its day too.
func TestCallSpanSaysTheDayPastMidnight(t *testing.T) {
	zone := time.FixedZone("UTC+9", 9*3600)
	late := time.Date(2026, 12, 4, 22, 40, 0, 0, zone)
	started := func(opts session.Options, at time.Time) *session.Session {
		s := session.New(builtin(t, "first"), opts, at)
		s.Apply(session.StartCall{}, at)
		return s
	}
	waiting := session.New(builtin(t, "first"), session.Options{}, late)
	reh := session.Options{Rehearsal: session.Rehearsal{Speed: 60, Origin: late}}
	for _, tc := range []struct {
		name  string
		s     *session.Session
		ended time.Time
		now   time.Time // when the log is read; zero: at its end
		want  string
	}{
		{"one day", started(session.Options{}, late), late.Add(50 * time.Minute), time.Time{}, "22:40–23:30 (50:00)"},
		{"past midnight", started(session.Options{}, late), late.Add(90 * time.Minute), time.Time{}, "22:40–00:10 on Sat 5 Dec (1:30:00)"},
		{"rehearsal", started(reh, late), late.Add(5 * time.Minute), time.Time{}, "22:40–22:40 (5:00 at 60×)"},
		{"never started", waiting, late.Add(3 * time.Minute), time.Time{}, "the call did not start · ended 22:43"},
		// Finished on a later day (resume --finish, the start screen's
		// offer): the call's day is said, as everywhere a time of an
		// earlier day is.
		{"finished two days on", started(session.Options{}, late), late.Add(50 * time.Minute), late.AddDate(0, 0, 2),
			"22:40–23:30 on Fri 4 Dec (50:00)"},
		{"never started, finished on", waiting, late.Add(3 * time.Minute), late.AddDate(0, 0, 2),
			"the call did not start · ended 22:43 on Fri 4 Dec"},
		// Resumed 36 hours on and ended then: both ends carry their day.
		{"resumed days on", started(session.Options{}, late), late.Add(36 * time.Hour), time.Time{},
			"22:40 on Fri 4 Dec–10:40 on Sun 6 Dec (36:00:00)"},
	} {
		now := tc.now
		if now.IsZero() {
			now = tc.ended
		}
		if got := CallSpan(tc.s, tc.ended, now); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
