package timer

import (
	"fmt"
	"testing"
	"time"
)

// A move is one thing that happens to a turn in a clock-step test: the
// clock is set (to base plus clock), then the turn may be toggled, then
// what it shows is checked, before and after Advance.
type move struct {
	clock  time.Duration // the wall clock reads base+clock
	toggle bool          // start or pause the turn
	left   time.Duration // Left before Advance
	seg    time.Duration // SegmentLeft before Advance
	events []Event       // what Advance brings in
	after  time.Duration // Left after Advance
}

// TestTurnClockSteps steps the wall clock back and forward under a running
// turn of 15 minutes in three segments, warning at 2 minutes. Time left is
// never more than the turn's length; a step back costs the turn no time
// and gives it none; a step forward counts, as a suspend does, and brings
// in the segment end it passed with the time left at that end, never an
// overtime first.
func TestTurnClockSteps(t *testing.T) {
	const h = time.Hour
	tests := []struct {
		name  string
		moves []move
	}{
		{"back an hour mid-segment", []move{
			{clock: 0, toggle: true, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: 3 * minute, left: 12 * minute, seg: 2 * minute, after: 12 * minute},
			{clock: 3*minute - h, left: 12 * minute, seg: 2 * minute, after: 12 * minute},
			{clock: 4*minute - h, left: 11 * minute, seg: minute, after: 11 * minute},
			{clock: 5*minute - h, left: 10 * minute, seg: 0, after: 10 * minute,
				events: []Event{{Kind: SegmentDone, At: at(5*minute - h), Segment: 1, Segments: 3, Left: 10 * minute}}},
		}},
		{"back an hour, then the turn is paused before Advance", []move{
			{clock: 0, toggle: true, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: 2 * minute, left: 13 * minute, seg: 3 * minute, after: 13 * minute},
			{clock: 2*minute - h, toggle: true, left: 13 * minute, seg: 3 * minute, after: 13 * minute},
			{clock: 10*minute - h, left: 13 * minute, seg: 3 * minute, after: 13 * minute,
				events: []Event{{Kind: StillPaused, At: at(5*minute - h), Segments: 3, Left: 13 * minute}}},
		}},
		{"back a day, many small steps", []move{
			{clock: 0, toggle: true, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: -24 * h, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: -48 * h, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: -48*h + minute, left: 14 * minute, seg: 4 * minute, after: 14 * minute},
		}},
		{"forward an hour mid-segment", []move{
			{clock: 0, toggle: true, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: 2 * minute, left: 13 * minute, seg: 3 * minute, after: 13 * minute},
			{clock: 2*minute + h, left: 10 * minute, seg: 0, after: 10 * minute,
				events: []Event{{Kind: SegmentDone, At: at(5 * minute), Segment: 1, Segments: 3, Left: 10 * minute},
					{Kind: StillPaused, At: at(8 * minute), Segment: 1, Segments: 3, Left: 10 * minute}}},
			{clock: 3*minute + h, left: 10 * minute, seg: 5 * minute, after: 10 * minute},
			{clock: 4*minute + h, toggle: true, left: 10 * minute, seg: 5 * minute, after: 10 * minute},
			{clock: 5*minute + h, left: 9 * minute, seg: 4 * minute, after: 9 * minute},
		}},
		{"forward an hour in the last segment", []move{
			{clock: 0, toggle: true, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: 5 * minute, left: 10 * minute, seg: 0, after: 10 * minute,
				events: []Event{{Kind: SegmentDone, At: at(5 * minute), Segment: 1, Segments: 3, Left: 10 * minute}}},
			{clock: 5 * minute, toggle: true, left: 10 * minute, seg: 5 * minute, after: 10 * minute},
			{clock: 10 * minute, left: 5 * minute, seg: 0, after: 5 * minute,
				events: []Event{{Kind: SegmentDone, At: at(10 * minute), Segment: 2, Segments: 3, Left: 5 * minute}}},
			{clock: 10 * minute, toggle: true, left: 5 * minute, seg: 5 * minute, after: 5 * minute},
			{clock: 11*minute + h, left: -h + 4*minute, seg: -h + 4*minute, after: -h + 4*minute,
				events: []Event{
					{Kind: Warning, At: at(13 * minute), Segments: 3, Left: 2 * minute},
					{Kind: Ended, At: at(15 * minute), Segments: 3},
				}},
		}},
		{"back, then forward again by the same hour", []move{
			{clock: 0, toggle: true, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: minute - h, left: 15 * minute, seg: 5 * minute, after: 15 * minute},
			{clock: 2*minute - h, left: 14 * minute, seg: 4 * minute, after: 14 * minute},
			// Corrected: a step forward cannot be told from a suspend.
			{clock: 2 * minute, left: 10 * minute, seg: 0, after: 10 * minute,
				events: []Event{{Kind: SegmentDone, At: at(6*minute - h), Segment: 1, Segments: 3, Left: 10 * minute},
					{Kind: StillPaused, At: at(9*minute - h), Segment: 1, Segments: 3, Left: 10 * minute}}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := coachTurn()
			for i, m := range tc.moves {
				now := at(m.clock)
				if m.toggle {
					tr.Toggle(now)
				}
				if got := tr.Left(now); got != m.left {
					t.Errorf("move %d: Left = %v, want %v", i, got, m.left)
				}
				if got := tr.SegmentLeft(now); got != m.seg {
					t.Errorf("move %d: SegmentLeft = %v, want %v", i, got, m.seg)
				}
				wantEvents(t, fmt.Sprintf("move %d: Advance", i), tr.Advance(now), m.events)
				if got := tr.Left(now); got != m.after || got > tr.Length() {
					t.Errorf("move %d: Left after Advance = %v, want %v", i, got, m.after)
				}
			}
		})
	}
}

// TestRestoredAbsurdDeadlines checks turns saved with a deadline no clock
// could have given: time left stays within the turn, and nothing
// overflows.
func TestRestoredAbsurdDeadlines(t *testing.T) {
	segs := []time.Duration{5 * minute, 5 * minute, 5 * minute}
	now := at(0)
	tests := []struct {
		name     string
		deadline time.Time
		left     time.Duration // Left before Advance
		seg      time.Duration
		events   []Event
		after    time.Duration
		next     time.Time
	}{
		{"the year 9999", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), 15 * minute, 5 * minute, nil, 15 * minute, at(5 * minute)},
		{"a day ahead", at(24 * time.Hour), 15 * minute, 5 * minute, nil, 15 * minute, at(5 * minute)},
		{"the year 1", time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), 10 * minute, 0,
			[]Event{{Kind: SegmentDone, At: time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC).Add(-10 * minute), Segment: 1, Segments: 3, Left: 10 * minute},
				{Kind: StillPaused, At: time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC).Add(-7 * minute), Segment: 1, Segments: 3, Left: 10 * minute}},
			10 * minute, time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := RestoreTurn(segs, SavedTurn{Length: 15 * minute, Started: true, Running: true, Deadline: tc.deadline, Warn: 2 * minute})
			if err != nil {
				t.Fatal(err)
			}
			if got := tr.Left(now); got != tc.left {
				t.Errorf("Left = %v, want %v", got, tc.left)
			}
			if got := tr.SegmentLeft(now); got != tc.seg {
				t.Errorf("SegmentLeft = %v, want %v", got, tc.seg)
			}
			if got := tr.Countdown(); got.Elapsed(now) < 0 {
				t.Errorf("Elapsed = %v, want it never negative", got.Elapsed(now))
			}
			wantEvents(t, "Advance", tr.Advance(now), tc.events)
			if got := tr.Left(now); got != tc.after {
				t.Errorf("Left after Advance = %v, want %v", got, tc.after)
			}
			wantNextDue(t, tr, tc.next)
		})
	}
}

// TestCountdownLeftNeverAboveLength checks the clamp on a bare countdown,
// running and paused, whatever the clock reads.
func TestCountdownLeftNeverAboveLength(t *testing.T) {
	c := NewCountdown(10 * minute)
	c.Start(at(0))
	for _, d := range []time.Duration{-time.Hour, -minute, 0, 3 * minute, -10 * time.Hour} {
		if got := c.Left(at(d)); got > 10*minute {
			t.Errorf("Left at base%+v = %v, above the length", d, got)
		}
	}
	c.Pause(at(-time.Hour)) // the clock went back before the pause
	if got := c.Left(at(0)); got != 10*minute {
		t.Errorf("paused after a step back: Left = %v, want 10m", got)
	}
	c.PauseAt(time.Hour)
	if got := c.Left(at(0)); got != 10*minute {
		t.Errorf("PauseAt(1h): Left = %v, want 10m", got)
	}
	short := NewCountdown(minute)
	short.Start(time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC))
	if got := short.Elapsed(time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)); got <= 0 {
		t.Errorf("Elapsed across ten thousand years = %v, want it positive, not overflowed", got)
	}
}
