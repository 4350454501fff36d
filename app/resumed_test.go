package app

import (
	"testing"
	"time"

	"partnercoach/session"
)

// TestResumedNoticeSaysTheDay: the line that says a session came back
// names the day it was saved when that was not today, with how long ago:
// a time of day alone read as today's for a session saved yesterday or
// three days before ('partnercoach resume' brings back one of any age).
func TestResumedNoticeSaysTheDay(t *testing.T) {
	zone := time.FixedZone("UTC-5", -5*3600)
	now := time.Date(2026, 12, 5, 9, 30, 0, 0, zone)
	for _, tc := range []struct {
		saved time.Time
		want  string
	}{
		{now.Add(-20 * time.Minute), "Resumed the session saved at 09:10:00."},
		{time.Date(2026, 12, 4, 20, 15, 0, 0, zone), "Resumed the session saved at 20:15 on Fri 4 Dec (13 hours ago)."},
		{time.Date(2026, 12, 2, 9, 0, 0, 0, zone), "Resumed the session saved at 09:00 on Wed 2 Dec (3 days ago)."},
		// Saved at 23:00 there is 04:00 UTC the next day: the day is the coach's.
		{time.Date(2026, 12, 5, 4, 0, 0, 0, time.UTC), "Resumed the session saved at 23:00 on Fri 4 Dec (10 hours ago)."},
	} {
		if got := ResumedNotice(nil, tc.saved, now); got != tc.want {
			t.Errorf("saved %v: %q, want %q", tc.saved, got, tc.want)
		}
	}
}

// TestResumedNoticeOfACallNeverStarted: a session whose call never
// started, resumed long after it was saved, still waits for its call, so
// the time it was closed counts in nothing and the notice does not say it
// does; once the call had started, it says so.
func TestResumedNoticeOfACallNeverStarted(t *testing.T) {
	waiting := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, t0)
	started := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, t0)
	started.Apply(session.StartCall{}, t0)
	now := t0.Add(5 * time.Hour)
	for _, tc := range []struct {
		s    *session.Session
		want string
	}{
		{waiting, "Resumed the session saved at 10:00:00."},
		{started, "Resumed the session saved at 10:00:00. The 5 hours it was closed count in its length."},
	} {
		if got := ResumedNotice(tc.s, t0, now); got != tc.want {
			t.Errorf("%q, want %q", got, tc.want)
		}
	}
}
