package timer

import (
	"strings"
	"testing"
	"time"
)

// fakeClock is a Clock that moves only when a test moves it.
type fakeClock struct{ now time.Time }

var _ Clock = (*fakeClock)(nil)

func (c *fakeClock) Now() time.Time                     { return c.now }
func (c *fakeClock) Wait(d time.Duration) time.Duration { return d }
func (c *fakeClock) advance(d time.Duration)            { c.now = c.now.Add(d) }

var (
	_ Clock = Wall{}
	_ Clock = (*Scaled)(nil)
)

func TestWallWaitUnchanged(t *testing.T) {
	for _, d := range []time.Duration{0, time.Millisecond, 90 * time.Second, time.Hour} {
		if got := (Wall{}).Wait(d); got != d {
			t.Errorf("Wall.Wait(%v) = %v, want %v", d, got, d)
		}
	}
}

func TestWallNowHasNoMonotonicReading(t *testing.T) {
	now := Wall{}.Now()
	if strings.Contains(now.String(), "m=") {
		t.Errorf("Wall.Now() = %v carries a monotonic reading", now)
	}
	if now != now.Round(0) {
		t.Errorf("Wall.Now() differs from itself stripped of its monotonic reading")
	}
	if d := time.Since(now); d < -time.Second || d > time.Minute {
		t.Errorf("Wall.Now() is %v away from time.Now()", d)
	}
}

func TestScaledWait(t *testing.T) {
	tests := []struct {
		speed     float64
		wantSpeed float64
		d, want   time.Duration
	}{
		{1, 1, time.Minute, time.Minute},
		{2, 2, time.Minute, 30 * time.Second},
		{60, 60, time.Minute, time.Second},
		{60, 60, 50 * time.Minute, 50 * time.Second},
		{2.5, 2.5, 10 * time.Second, 4 * time.Second},
		{100, 100, 0, 0},
		// A speed below 1 behaves as the wall clock.
		{0.5, 1, time.Minute, time.Minute},
		{0, 1, 90 * time.Second, 90 * time.Second},
		{-3, 1, time.Second, time.Second},
	}
	for _, tt := range tests {
		c := NewScaled(tt.speed)
		if got := c.Speed(); got != tt.wantSpeed {
			t.Errorf("NewScaled(%v).Speed() = %v, want %v", tt.speed, got, tt.wantSpeed)
		}
		if got := c.Wait(tt.d); got != tt.want {
			t.Errorf("NewScaled(%v).Wait(%v) = %v, want %v", tt.speed, tt.d, got, tt.want)
		}
	}
}

func TestScaledStartsAtWallTime(t *testing.T) {
	before := Wall{}.Now()
	c := NewScaled(10)
	after := Wall{}.Now()
	if c.origin.Before(before) || c.origin.After(after) {
		t.Errorf("origin %v not between %v and %v", c.origin, before, after)
	}
	if strings.Contains(c.Now().String(), "m=") {
		t.Errorf("Scaled.Now() carries a monotonic reading")
	}
}

func TestScaledNowRunsFaster(t *testing.T) {
	origin := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	real := origin
	c := &Scaled{origin: origin, speed: 100, wall: func() time.Time { return real }}
	for _, tc := range []struct{ real, scaled time.Duration }{
		{0, 0},
		{20 * time.Millisecond, 2 * time.Second},
		{3 * time.Second, 5 * time.Minute},
	} {
		real = origin.Add(tc.real)
		if got := c.Now().Sub(origin); got != tc.scaled {
			t.Errorf("after %v of real time the scaled clock moved %v, want %v", tc.real, got, tc.scaled)
		}
	}
}

func TestScaledSpeedOneTracksWall(t *testing.T) {
	c := NewScaled(1)
	before := Wall{}.Now()
	now := c.Now()
	after := Wall{}.Now()
	if now.Before(before) || now.After(after) {
		t.Errorf("speed-1 Now() = %v, not between wall readings %v and %v", now, before, after)
	}
}

func TestScaledFromGoesOnWithTheSameClock(t *testing.T) {
	origin := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	first := NewScaledFrom(origin, 60)
	again := NewScaledFrom(first.Origin(), first.Speed())
	// Both read the same scaled time from the same wall-clock instant,
	// however long after the origin the second was made.
	wall := origin.Add(90 * time.Second)
	first.wall = func() time.Time { return wall }
	again.wall = func() time.Time { return wall }
	if got, want := again.Now(), origin.Add(90*time.Minute); !got.Equal(want) || !first.Now().Equal(want) {
		t.Fatalf("resumed clock reads %v, first %v; want %v", got, first.Now(), want)
	}
	if c := NewScaledFrom(origin, 0.5); c.Speed() != 1 {
		t.Fatalf("speed below 1 gave %v, want 1", c.Speed())
	}
}
