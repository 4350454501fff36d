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

// CallSpan says when the call ran, for the head of the coach log: its
// start and end as times of day, the end with its day when the call ran
// past midnight (see TimeOfDayAt), and its length as the record keeps it
// (see AccountOf), as "22:40–00:10 on Sat 5 Dec (1:30:00)". A rehearsal's
// times of day are the wall clock's and its length the session clock's,
// which ran at its speed: the length says so, as "(5:01 at 60×)". A call
// that never started is "the call did not start · ended 10:02".
func CallSpan(s *session.Session, ended time.Time) string {
	started, how := s.CallStarted()
	if how == session.CallWaiting {
		return "the call did not start · ended " + TimeOfDay(s, ended)
	}
	length := MinSecPast(AccountOf(s, ended).Elapsed)
	if r := s.Options().Rehearsal; r.On() {
		length += fmt.Sprintf(" at %g×", r.Speed)
	}
	return fmt.Sprintf("%s–%s (%s)", TimeOfDay(s, started), TimeOfDayAt(s, ended, started), length)
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
	at, today := s.Real(t), s.Real(now).In(t.Location())
	if y, m, d := at.Date(); y == today.Year() && m == today.Month() && d == today.Day() {
		return at.Format("15:04")
	}
	return at.Format("15:04 on Mon 2 Jan")
}
