package main

import (
	"fmt"
	"os"
	"time"
)

// nowVariable names the environment variable that fixes the instant the
// one-shot commands take as now (RFC 3339, for instance
// 2026-12-04T10:00:00+01:00). It is there so that a scripted check or a
// test of the calendar, the newcomer list, the invoice or the drafts gives
// the same answer on any day; a live session always runs on the real clock.
const nowVariable = "PARTNERCOACH_NOW"

// fixedNow reads PARTNERCOACH_NOW. It reports whether the variable is set;
// a value that is not an RFC 3339 time is an error that names the variable
// and what it expected, so a mistyped clock is never taken for today.
func fixedNow() (time.Time, bool, error) {
	text := os.Getenv(nowVariable)
	if text == "" {
		return time.Time{}, false, nil
	}
	t, err := time.Parse(time.RFC3339, text)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("%s=%q: expected an RFC 3339 time such as 2026-12-04T10:00:00+01:00", nowVariable, text)
	}
	// The instant, on the coach's own clock: its offset only places the
	// instant, and the zone's rules (its clock changes) stay the coach's.
	return t.In(time.Local), true, nil
}

// checkClock refuses to run any command under a PARTNERCOACH_NOW that is
// not a time; the root command calls it before every command.
func checkClock() error {
	_, _, err := fixedNow()
	return err
}

// commandNow returns the instant a one-shot command works from: the one
// PARTNERCOACH_NOW names when it is set, the real time otherwise.
// checkClock has refused a malformed value before any command runs.
func commandNow() time.Time {
	if t, ok, err := fixedNow(); ok && err == nil {
		return t
	}
	return time.Now()
}
