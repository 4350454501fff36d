package main

import (
	"testing"
	"time"
)

// TestHowLongAheadNeverReachesTheRule checks that how long ahead a late change
// came is never written as 24 hours or more: the code before rounded
// 23 h 59 min to the hour and said "cancelled it 24 hours ahead, less than
// 24 hours", and half a second ahead as "0 minutes".
func TestHowLongAheadNeverReachesTheRule(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{500 * time.Millisecond, "less than a minute"},
		{time.Minute, "1 minute"},
		{59*time.Minute + 59*time.Second, "59 minutes"},
		{time.Hour, "1 hour"},
		{2*time.Hour + 30*time.Second, "2 hours"},
		{5*time.Hour + 31*time.Minute, "5 hours 31 minutes"},
		{23*time.Hour + 59*time.Minute, "23 hours 59 minutes"},
		{23*time.Hour + 59*time.Minute + 59*time.Second, "23 hours 59 minutes"},
	} {
		if got := howLongAhead(c.d); got != c.want {
			t.Errorf("howLongAhead(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
