// Package timer keeps the turns of a session honest: countdowns are
// absolute deadlines on the wall clock, never counts of ticks, so a process
// that was stopped or a laptop that slept loses no time. It holds the
// clocks a session runs on (Clock: the wall clock, and a rehearsal's
// Scaled one), countdowns that pause, resume and extend, and turns with
// their segments, their warning and their overtime, which say when each
// of those falls due and can be saved and restored (SavedTurn). Apart
// from reading the wall clock (Wall), it is pure: its countdowns and turns
// are given the time, it does no I/O and it sends nothing (notifications
// are package notify's, decided by package app).
package timer

import "time"

// Clock tells the time. Tests pass a fake one; the program passes Wall or
// a Scaled clock for rehearsals.
type Clock interface {
	// Now returns the current time on the wall clock.
	Now() time.Time
	// Wait converts a span of clock time into the real time to wait for it.
	Wait(d time.Duration) time.Duration
}

// Wall is the real wall clock. Its readings carry no monotonic part, so
// that time passed while the machine was suspended counts: a turn that
// was due to end during a suspend is over when the machine wakes.
type Wall struct{}

// Now returns the wall-clock time without a monotonic reading.
func (Wall) Now() time.Time { return time.Now().Round(0) }

// Wait returns d unchanged.
func (Wall) Wait(d time.Duration) time.Duration { return d }

// Scaled is a clock that runs Speed times faster than the wall clock from
// the moment it was made. It lets a coach rehearse a session, and tests
// run a 50-minute session in a minute.
type Scaled struct {
	origin time.Time
	speed  float64
	wall   func() time.Time // the real clock; tests replace it
}

// NewScaled returns a clock that starts at the current wall time and runs
// speed times faster. A speed of 1 or less than 1 behaves as Wall.
func NewScaled(speed float64) *Scaled {
	if speed < 1 {
		speed = 1
	}
	return NewScaledFrom(Wall{}.Now(), speed)
}

// NewScaledFrom returns a clock that has run speed times faster than the
// wall clock since origin. A rehearsal brought back after a crash uses it
// to go on with the clock it had.
func NewScaledFrom(origin time.Time, speed float64) *Scaled {
	if speed < 1 {
		speed = 1
	}
	return &Scaled{origin: origin.Round(0), speed: speed, wall: Wall{}.Now}
}

// Now returns the scaled time.
func (c *Scaled) Now() time.Time {
	real := c.wall().Sub(c.origin)
	return c.origin.Add(time.Duration(float64(real) * c.speed))
}

// Wait returns the real time that d of scaled time takes.
func (c *Scaled) Wait(d time.Duration) time.Duration {
	return time.Duration(float64(d) / c.speed)
}

// Origin returns the wall-clock instant from which the clock runs fast.
func (c *Scaled) Origin() time.Time { return c.origin }

// Speed returns how many times faster than the wall clock the clock runs.
func (c *Scaled) Speed() float64 { return c.speed }
