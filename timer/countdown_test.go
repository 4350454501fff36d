package timer

import (
	"testing"
	"time"
)

// base is the fixed instant the tests of this package count from.
var base = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// at returns base plus d.
func at(d time.Duration) time.Time { return base.Add(d) }

func TestCountdownZeroValue(t *testing.T) {
	var c Countdown
	if c.Length() != 0 || c.Running() || c.Started() {
		t.Fatalf("zero Countdown: Length %v Running %v Started %v, want 0 false false",
			c.Length(), c.Running(), c.Started())
	}
	if got := c.Left(base); got != 0 {
		t.Errorf("zero Countdown Left = %v, want 0", got)
	}
	if _, ok := c.Deadline(); ok {
		t.Errorf("zero Countdown has a deadline")
	}
}

func TestCountdownNotStarted(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	if c.Running() || c.Started() {
		t.Fatalf("new countdown: Running %v Started %v, want false false", c.Running(), c.Started())
	}
	if got := c.Length(); got != 5*time.Minute {
		t.Errorf("Length = %v, want 5m", got)
	}
	// Time passing does not matter before the start.
	for _, now := range []time.Time{base, at(time.Hour)} {
		if got := c.Left(now); got != 5*time.Minute {
			t.Errorf("Left(%v) = %v, want 5m", now, got)
		}
		if got := c.Elapsed(now); got != 0 {
			t.Errorf("Elapsed(%v) = %v, want 0", now, got)
		}
	}
	if _, ok := c.Deadline(); ok {
		t.Errorf("a countdown not started has a deadline")
	}
}

func TestCountdownStartLeftElapsed(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Start(base)
	if !c.Running() || !c.Started() {
		t.Fatalf("after Start: Running %v Started %v, want true true", c.Running(), c.Started())
	}
	d, ok := c.Deadline()
	if !ok || !d.Equal(at(5*time.Minute)) {
		t.Fatalf("Deadline = %v, %v; want %v, true", d, ok, at(5*time.Minute))
	}
	tests := []struct {
		after         time.Duration
		left, elapsed time.Duration
	}{
		{0, 5 * time.Minute, 0},
		{time.Second, 4*time.Minute + 59*time.Second, time.Second},
		{2 * time.Minute, 3 * time.Minute, 2 * time.Minute},
		{5 * time.Minute, 0, 5 * time.Minute},
		{5*time.Minute + 30*time.Second, -30 * time.Second, 5*time.Minute + 30*time.Second},
		{7 * time.Minute, -2 * time.Minute, 7 * time.Minute},
	}
	for _, tt := range tests {
		if got := c.Left(at(tt.after)); got != tt.left {
			t.Errorf("Left(start+%v) = %v, want %v", tt.after, got, tt.left)
		}
		if got := c.Elapsed(at(tt.after)); got != tt.elapsed {
			t.Errorf("Elapsed(start+%v) = %v, want %v", tt.after, got, tt.elapsed)
		}
	}
}

func TestCountdownStartWhileRunningKeepsDeadline(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Start(base)
	c.Start(at(2 * time.Minute))
	if d, _ := c.Deadline(); !d.Equal(at(5 * time.Minute)) {
		t.Errorf("Deadline after a second Start = %v, want %v", d, at(5*time.Minute))
	}
	if got := c.Left(at(2 * time.Minute)); got != 3*time.Minute {
		t.Errorf("Left = %v, want 3m", got)
	}
}

func TestCountdownPauseKeepsRemaining(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Start(base)
	c.Pause(at(2 * time.Minute))
	if c.Running() {
		t.Fatalf("Running after Pause")
	}
	if !c.Started() {
		t.Fatalf("Started false after Pause")
	}
	if _, ok := c.Deadline(); ok {
		t.Errorf("paused countdown reports a deadline")
	}
	for _, now := range []time.Time{at(2 * time.Minute), at(10 * time.Minute), at(24 * time.Hour)} {
		if got := c.Left(now); got != 3*time.Minute {
			t.Errorf("paused Left(%v) = %v, want 3m", now, got)
		}
		if got := c.Elapsed(now); got != 2*time.Minute {
			t.Errorf("paused Elapsed(%v) = %v, want 2m", now, got)
		}
	}
	// A second Pause later changes nothing.
	c.Pause(at(4 * time.Minute))
	if got := c.Left(at(4 * time.Minute)); got != 3*time.Minute {
		t.Errorf("Left after a second Pause = %v, want 3m", got)
	}
}

func TestCountdownPauseBeforeStartDoesNothing(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Pause(at(time.Minute))
	if c.Running() || c.Started() {
		t.Errorf("Pause before Start: Running %v Started %v", c.Running(), c.Started())
	}
	if got := c.Left(at(time.Minute)); got != 5*time.Minute {
		t.Errorf("Left = %v, want 5m", got)
	}
}

func TestCountdownResumeSetsNewDeadline(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Start(base)
	c.Pause(at(2 * time.Minute))
	c.Start(at(10 * time.Minute))
	d, ok := c.Deadline()
	if want := at(13 * time.Minute); !ok || !d.Equal(want) {
		t.Fatalf("Deadline after resume = %v, %v; want %v, true", d, ok, want)
	}
	if got := c.Left(at(11 * time.Minute)); got != 2*time.Minute {
		t.Errorf("Left(resume+1m) = %v, want 2m", got)
	}
	if got := c.Elapsed(at(11 * time.Minute)); got != 3*time.Minute {
		t.Errorf("Elapsed(resume+1m) = %v, want 3m", got)
	}
	if got := c.Left(at(13 * time.Minute)); got != 0 {
		t.Errorf("Left at the new deadline = %v, want 0", got)
	}
}

func TestCountdownPauseAt(t *testing.T) {
	c := NewCountdown(15 * time.Minute)
	c.Start(base)
	// Noticed late, at 7m, that the 5m boundary passed: stop as at 5m.
	c.PauseAt(10 * time.Minute)
	if c.Running() {
		t.Fatalf("Running after PauseAt")
	}
	if got := c.Left(at(7 * time.Minute)); got != 10*time.Minute {
		t.Errorf("Left after PauseAt(10m) = %v, want 10m", got)
	}
	if got := c.Elapsed(at(30 * time.Minute)); got != 5*time.Minute {
		t.Errorf("Elapsed after PauseAt(10m) = %v, want 5m", got)
	}
	c.Start(at(8 * time.Minute))
	if d, _ := c.Deadline(); !d.Equal(at(18 * time.Minute)) {
		t.Errorf("Deadline after resume = %v, want %v", d, at(18*time.Minute))
	}
}

func TestCountdownAdd(t *testing.T) {
	tests := []struct {
		name    string
		paused  bool          // pause at 2m before adding
		add     time.Duration // added at 2m
		length  time.Duration
		left    time.Duration // at 2m, just after adding
		leftAt4 time.Duration // at 4m
	}{
		{"plus 1m running", false, time.Minute, 6 * time.Minute, 4 * time.Minute, 2 * time.Minute},
		{"minus 1m running", false, -time.Minute, 4 * time.Minute, 2 * time.Minute, 0},
		{"plus 1m paused", true, time.Minute, 6 * time.Minute, 4 * time.Minute, 4 * time.Minute},
		{"minus 1m paused", true, -time.Minute, 4 * time.Minute, 2 * time.Minute, 2 * time.Minute},
		{"zero running", false, 0, 5 * time.Minute, 3 * time.Minute, time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCountdown(5 * time.Minute)
			c.Start(base)
			if tt.paused {
				c.Pause(at(2 * time.Minute))
			}
			c.Add(tt.add, at(2*time.Minute))
			if got := c.Length(); got != tt.length {
				t.Errorf("Length = %v, want %v", got, tt.length)
			}
			if got := c.Left(at(2 * time.Minute)); got != tt.left {
				t.Errorf("Left(2m) = %v, want %v", got, tt.left)
			}
			if got := c.Left(at(4 * time.Minute)); got != tt.leftAt4 {
				t.Errorf("Left(4m) = %v, want %v", got, tt.leftAt4)
			}
			if got := c.Elapsed(at(2 * time.Minute)); got != 2*time.Minute {
				t.Errorf("Elapsed(2m) = %v, want 2m (adding must not change the time used)", got)
			}
			if c.Running() == tt.paused {
				t.Errorf("Running = %v after Add, want %v", c.Running(), !tt.paused)
			}
		})
	}
}

func TestCountdownAddBeforeStart(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Add(time.Minute, base)
	c.Add(-3*time.Minute, base)
	if got := c.Length(); got != 3*time.Minute {
		t.Errorf("Length = %v, want 3m", got)
	}
	if got := c.Left(base); got != 3*time.Minute {
		t.Errorf("Left = %v, want 3m", got)
	}
	if c.Started() {
		t.Errorf("Add started the countdown")
	}
	c.Start(at(time.Minute))
	if d, _ := c.Deadline(); !d.Equal(at(4 * time.Minute)) {
		t.Errorf("Deadline = %v, want %v", d, at(4*time.Minute))
	}
}

func TestCountdownAddCannotShortenBelowUsed(t *testing.T) {
	tests := []struct {
		name   string
		paused bool
	}{
		{"running", false},
		{"paused", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCountdown(5 * time.Minute)
			c.Start(base)
			now := at(3 * time.Minute)
			if tt.paused {
				c.Pause(now)
			}
			c.Add(-10*time.Minute, now)
			if got := c.Length(); got != 3*time.Minute {
				t.Errorf("Length = %v, want 3m (the time already used)", got)
			}
			if got := c.Left(now); got != 0 {
				t.Errorf("Left = %v, want 0", got)
			}
			if got := c.Elapsed(now); got != 3*time.Minute {
				t.Errorf("Elapsed = %v, want 3m", got)
			}
			if !tt.paused {
				if d, _ := c.Deadline(); !d.Equal(now) {
					t.Errorf("Deadline = %v, want %v", d, now)
				}
			}
		})
	}
}

func TestCountdownAddNegativeBeforeStartStopsAtZero(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Add(-10*time.Minute, base)
	if got := c.Length(); got != 0 {
		t.Errorf("Length = %v, want 0", got)
	}
	if got := c.Left(base); got != 0 {
		t.Errorf("Left = %v, want 0", got)
	}
}

// Taking a minute off in overtime must not lengthen the countdown nor
// wipe out the overtime: the countdown cannot be shortened any further,
// so nothing changes.
func TestCountdownAddNegativeInOvertimeDoesNotLengthen(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Start(base)
	now := at(5*time.Minute + 30*time.Second) // 30s of overtime
	c.Add(-time.Minute, now)
	if got := c.Length(); got != 5*time.Minute {
		t.Errorf("Length after Add(-1m) in overtime = %v, want 5m (a negative Add must not lengthen)", got)
	}
	if got := c.Left(now); got != -30*time.Second {
		t.Errorf("Left after Add(-1m) in overtime = %v, want -30s (the overtime is kept)", got)
	}
}

func TestCountdownAddPositiveInOvertime(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Start(base)
	now := at(5*time.Minute + 30*time.Second)
	c.Add(time.Minute, now)
	if got := c.Length(); got != 6*time.Minute {
		t.Errorf("Length = %v, want 6m", got)
	}
	if got := c.Left(now); got != 30*time.Second {
		t.Errorf("Left = %v, want 30s", got)
	}
}

func TestCountdownOvertimeIsNegativeLeft(t *testing.T) {
	c := NewCountdown(time.Minute)
	c.Start(base)
	if got := c.Left(at(time.Minute)); got != 0 {
		t.Errorf("Left at the deadline = %v, want 0", got)
	}
	if got := c.Left(at(3*time.Minute + 15*time.Second)); got != -(2*time.Minute + 15*time.Second) {
		t.Errorf("Left 2m15s past the deadline = %v, want -2m15s", got)
	}
	// Pausing in overtime keeps the overtime.
	c.Pause(at(2 * time.Minute))
	if got := c.Left(at(10 * time.Minute)); got != -time.Minute {
		t.Errorf("Left paused in overtime = %v, want -1m", got)
	}
	if got := c.Elapsed(at(10 * time.Minute)); got != 2*time.Minute {
		t.Errorf("Elapsed paused in overtime = %v, want 2m", got)
	}
}

func TestCountdownReset(t *testing.T) {
	c := NewCountdown(5 * time.Minute)
	c.Start(base)
	c.Add(time.Minute, at(time.Minute))
	c.Reset()
	if c.Running() || c.Started() {
		t.Fatalf("after Reset: Running %v Started %v, want false false", c.Running(), c.Started())
	}
	if _, ok := c.Deadline(); ok {
		t.Errorf("reset countdown has a deadline")
	}
	// The full length includes the minute added.
	if got := c.Length(); got != 6*time.Minute {
		t.Errorf("Length after Reset = %v, want 6m", got)
	}
	if got := c.Left(at(time.Hour)); got != 6*time.Minute {
		t.Errorf("Left after Reset = %v, want 6m", got)
	}
	c.Start(at(20 * time.Minute))
	if d, _ := c.Deadline(); !d.Equal(at(26 * time.Minute)) {
		t.Errorf("Deadline after Reset and Start = %v, want %v", d, at(26*time.Minute))
	}
}

func TestCountdownResetFromOvertime(t *testing.T) {
	c := NewCountdown(time.Minute)
	c.Start(base)
	c.Pause(at(3 * time.Minute))
	c.Reset()
	if got := c.Left(at(3 * time.Minute)); got != time.Minute {
		t.Errorf("Left after Reset = %v, want 1m", got)
	}
}

// A clock that jumps, as it does for a process that was stopped (SIGSTOP)
// or a machine that was suspended: the countdown is a deadline, so the
// frozen time counts in full and the end does not move.
func TestCountdownWallClockJump(t *testing.T) {
	clk := &fakeClock{now: base}
	c := NewCountdown(60 * time.Second)
	c.Start(clk.Now())

	clk.advance(20 * time.Second)
	before := c.Left(clk.Now())
	if before != 40*time.Second {
		t.Fatalf("Left at start+20s = %v, want 40s", before)
	}
	clk.advance(10 * time.Second) // the process is frozen; nothing ticks
	after := c.Left(clk.Now())
	if before-after != 10*time.Second {
		t.Errorf("a 10s jump reduced Left by %v, want exactly 10s", before-after)
	}
	if after != 30*time.Second {
		t.Errorf("Left after the jump = %v, want 30s", after)
	}
	clk.advance(30 * time.Second)
	if got := c.Left(clk.Now()); got != 0 {
		t.Errorf("Left at start+60s = %v, want 0: the end must stay at start+60s", got)
	}
	if d, _ := c.Deadline(); !d.Equal(at(60 * time.Second)) {
		t.Errorf("Deadline = %v, want %v", d, at(60*time.Second))
	}
}
