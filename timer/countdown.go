package timer

import "time"

// Countdown counts down to an absolute deadline. While it runs, the time
// left is the deadline minus now; while paused, it keeps the time that was
// left. After the deadline the time left is negative: the overtime.
// The zero Countdown is not started and has no length.
//
// The wall clock can step: the time left is never more than the length,
// however far back the clock went or however far ahead a saved deadline
// lies, and a countdown that sees the clock go back moves its deadline
// back with it, so that the step costs the turn no time and gives it none.
// A step forward cannot be told from a suspended machine, so it counts.
type Countdown struct {
	length   time.Duration
	deadline time.Time     // valid while running
	left     time.Duration // valid while paused or not started
	running  bool
	started  bool
	seen     time.Time // the latest time the countdown was changed or brought up to
}

// minLeft bounds the overtime, so that the time used, its length less the
// time left, cannot overflow: some 146 years.
const minLeft = -(1 << 62)

// clampLeft keeps a time left within what a countdown of a length can
// have left: at most its length, and an overtime far from overflowing.
func clampLeft(left, length time.Duration) time.Duration {
	return max(min(left, max(length, 0)), minLeft)
}

// settle brings a running countdown up to now: a clock that stepped back
// since it was last seen moves the deadline back by the step, and a
// deadline further ahead than the whole length (a clock stepped back
// before the countdown saw it, or a saved deadline in the year 9999) comes
// back to a full length from now.
func (c *Countdown) settle(now time.Time) {
	if c.running {
		if !c.seen.IsZero() && now.Before(c.seen) {
			c.deadline = c.deadline.Add(now.Sub(c.seen))
		}
		if c.deadline.Sub(now) > c.length {
			c.deadline = now.Add(c.length)
		}
	}
	c.seen = now
}

// NewCountdown returns a countdown of the given length, not yet started.
func NewCountdown(length time.Duration) Countdown {
	return Countdown{length: length, left: length}
}

// Length is the full length of the countdown, including any minutes added.
func (c *Countdown) Length() time.Duration { return c.length }

// Running reports whether the countdown is counting now.
func (c *Countdown) Running() bool { return c.running }

// Started reports whether the countdown has ever been started.
func (c *Countdown) Started() bool { return c.started }

// Left returns the time left at now; it is negative in overtime. It is
// never more than the length, whatever the clock did, and a clock that
// reads earlier than the countdown last saw leaves it as it was then.
func (c *Countdown) Left(now time.Time) time.Duration {
	if c.running {
		if now.Before(c.seen) {
			now = c.seen
		}
		return clampLeft(c.deadline.Sub(now), c.length)
	}
	return clampLeft(c.left, c.length)
}

// Elapsed returns how much of the countdown has been used at now; it is
// never negative.
func (c *Countdown) Elapsed(now time.Time) time.Duration {
	return c.length - c.Left(now)
}

// Deadline returns the instant the countdown reaches zero, and whether it
// is running (a paused countdown has no deadline).
func (c *Countdown) Deadline() (time.Time, bool) {
	return c.deadline, c.running
}

// Start starts or resumes the countdown at now. It does nothing if the
// countdown is already running.
func (c *Countdown) Start(now time.Time) {
	c.settle(now)
	if c.running {
		return
	}
	c.deadline = now.Add(c.Left(now))
	c.running = true
	c.started = true
}

// Pause stops the countdown at now, keeping the time left.
func (c *Countdown) Pause(now time.Time) {
	c.settle(now)
	if !c.running {
		return
	}
	c.left = c.Left(now)
	c.running = false
}

// PauseAt stops the countdown as if it had been paused exactly when the
// given amount of time was left. It is used to stop at a segment boundary
// that passed a moment before now.
func (c *Countdown) PauseAt(left time.Duration) {
	c.left = clampLeft(left, c.length)
	c.running = false
}

// Add lengthens the countdown by d, or shortens it when d is negative.
// The countdown is never shortened below what has already been used, and
// a negative d never lengthens it (as it could in overtime).
func (c *Countdown) Add(d time.Duration, now time.Time) {
	c.settle(now)
	if d < 0 {
		d = max(d, min(c.Elapsed(now)-c.length, 0))
	}
	c.length += d
	if c.running {
		c.deadline = c.deadline.Add(d)
	} else {
		c.left += d
	}
}

// Reset puts the countdown back to its full length, not running.
func (c *Countdown) Reset() {
	c.left = c.length
	c.running = false
	c.started = false
}
