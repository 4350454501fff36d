package main

import (
	"testing"
	"time"
)

// TestCommandNowKeepsTheCoachsZone: a fixed now given with an offset is
// read as the instant it names, on the local clock, so that the coach's
// clock changes still apply to the days around it.
func TestCommandNowKeepsTheCoachsZone(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	was := time.Local
	time.Local = berlin
	t.Cleanup(func() { time.Local = was })
	t.Setenv(nowVariable, "2027-03-27T12:00:00+01:00")
	now := commandNow()
	if now.Location() != berlin || !now.Equal(time.Date(2027, 3, 27, 12, 0, 0, 0, berlin)) {
		t.Fatalf("commandNow() = %v in %v", now, now.Location())
	}
	// The day after is a day of summer time: noon is then UTC+2.
	if _, off := now.AddDate(0, 0, 1).Zone(); off != 2*3600 {
		t.Fatalf("a day later the offset is %d s, want summer time", off)
	}
	t.Setenv(nowVariable, "tomorrow")
	if err := checkClock(); err == nil {
		t.Fatal("a malformed PARTNERCOACH_NOW was taken")
	}
}
