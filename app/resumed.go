package app

import (
	"fmt"
	"strings"
	"time"

	"partnercoach/session"
)

// ResumedNotice says that the session s, saved at saved, came back: at
// what time, in now's zone, and, when that was not today, on which day
// and how long ago; and, when it was closed for longer than its call can
// have gone on (ClosedPastItsCall) with its call started, that the time
// it was closed counts in its length: a session whose call never started
// still waits for it, and counts none of it. Every way back into a session
// says it in these words. s may be nil when only the time is known.
func ResumedNotice(s *session.Session, saved, now time.Time) string {
	saved = saved.In(now.Location())
	line := fmt.Sprintf("Resumed the session saved at %s (%s).", saved.Format("15:04 on Mon 2 Jan"), Ago(now.Sub(saved)))
	if y, m, d := saved.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
		line = "Resumed the session saved at " + saved.Format("15:04:05") + "."
	}
	if ClosedPastItsCall(s, saved, now) && callBegun(s) {
		line += fmt.Sprintf(" The %s it was closed count in its length.", strings.TrimSuffix(Ago(now.Sub(saved)), " ago"))
	}
	return line
}

// callBegun reports whether the call of s had started: its clock runs.
func callBegun(s *session.Session) bool {
	_, how := s.CallStarted()
	return how != session.CallWaiting
}
