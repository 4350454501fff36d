package app

import (
	"time"

	"partnercoach/session"
)

// CallPhrase says how the session's clock stands, for both front ends to
// show beside it: "starts with your first key" while it waits for the
// call, then "call started 10:02 at your first key" (the time of day
// real, even in a rehearsal).
func CallPhrase(s *session.Session) string {
	at, how := s.CallStarted()
	if how == session.CallWaiting {
		return "starts with your first key"
	}
	return "call started " + TimeOfDay(s, at) + " " + how.Phrase()
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
