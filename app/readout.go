package app

import "time"

// ShownSeconds is the one rounding rule of every read-out of time, in
// both front ends. A time left counts a part second as a whole one, so
// that 0:00 (or "0 seconds") shows only at the end itself; a time past
// (overtime, time spent) drops its part second. A read-out in whole
// minutes shows the minutes of this figure, so that "14 min" stands over
// "14:59 left" and "15 min" only over "15:00 left". A negative d is
// counted by its size, as a time past.
func ShownSeconds(d time.Duration) int64 {
	if d < 0 {
		return int64(-d / time.Second)
	}
	return int64((d + time.Second - 1) / time.Second)
}

// ShownMinutes is the minutes of ShownSeconds: the whole minutes a
// read-out in minutes shows for a time left.
func ShownMinutes(d time.Duration) int64 { return ShownSeconds(d) / 60 }
