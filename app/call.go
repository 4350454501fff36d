package app

import (
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
