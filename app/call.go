package app

import (
	"fmt"
	"time"

	"partnercoach/session"
)

// CallPhrase says how the session's clock stands at now, for both front
// ends to show beside it: "starts with your first key" while it waits
// for the call, then "call started 10:02 at your first key" (the time of
// day real, even in a rehearsal, with its day when that is not now's:
// see TimeOfDayAt).
func CallPhrase(s *session.Session, now time.Time) string {
	at, how := s.CallStarted()
	if how == session.CallWaiting {
		return "starts with your first key"
	}
	return "call started " + TimeOfDayAt(s, at, now) + " " + how.Phrase()
}

// CallSpan says when the call ran, for the head of the coach log as read
// at now: its start and end as times of day, and the end's day when the
// call ran past midnight or on a day other than now's, as after a session
// of an earlier day is finished (see TimeOfDayAt): "22:40–00:10 on Sat 5
// Dec (1:30:00)", "10:00–10:50 on Thu 3 Dec (50:00)". The start carries
// its own day too when it is more than a day before the end's. The length
// is the record's (see AccountOf). A rehearsal's times of day are the
// wall clock's and its length the session clock's, which ran at its
// speed: the length says so, as "(5:01 at 60×)". A call that never
// started is "the call did not start · ended 10:02".
func CallSpan(s *session.Session, ended, now time.Time) string {
	started, how := s.CallStarted()
	if how == session.CallWaiting {
		return "the call did not start · ended " + TimeOfDayAt(s, ended, now)
	}
	length := MinSecPast(AccountOf(s, ended).Elapsed)
	if r := s.Options().Rehearsal; r.On() {
		length += fmt.Sprintf(" at %g×", r.Speed)
	}
	from, to := TimeOfDay(s, started), TimeOfDay(s, ended)
	first, last := s.Real(started), s.Real(ended).In(started.Location())
	if !sameDay(last, first) || !sameDay(last, s.Real(now).In(started.Location())) {
		to = last.Format(withDay)
	}
	if !sameDay(first.AddDate(0, 0, 1), last) && !sameDay(first, last) {
		from = first.Format(withDay)
	}
	return fmt.Sprintf("%s–%s (%s)", from, to, length)
}

// withDay is the layout of a time of day with its day: "15:04 on Thu 19
// Nov".
const withDay = "15:04 on Mon 2 Jan"

// sameDay reports whether a and b fall on the same day of a's zone.
func sameDay(a, b time.Time) bool {
	y, m, d := a.Date()
	by, bm, bd := b.In(a.Location()).Date()
	return y == by && m == bm && d == bd
}

// Undid says what an undo undid, from its events, or "".
func Undid(evs []session.Event) string {
	for _, ev := range evs {
		if ev.Kind == session.Undone {
			return ev.Undid
		}
	}
	return ""
}

// TimeOfDay returns the wall-clock time of day of an instant of the
// session's clock, as "15:04" (real even in a rehearsal).
func TimeOfDay(s *session.Session, t time.Time) string { return s.Real(t).Format("15:04") }

// TimeOfDayAt says an instant of the session's clock as the coach reads
// it at now: its time of day, "15:04", on now's day, and with its day,
// "15:04 on Thu 19 Nov", on any other, as after a session saved days ago
// is resumed. Both are real, even in a rehearsal, and read in the zone of
// the instant.
func TimeOfDayAt(s *session.Session, t, now time.Time) string {
	at := s.Real(t)
	if sameDay(at, s.Real(now)) {
		return at.Format("15:04")
	}
	return at.Format(withDay)
}
