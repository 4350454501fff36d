package timer

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

const (
	minute = time.Minute
	second = time.Second
)

// coachTurn is the first session's coach turn: 15 minutes in three
// segments of 5, warning 2 minutes before the end.
func coachTurn() *Turn {
	return NewTurn([]time.Duration{5 * minute, 5 * minute, 5 * minute}, 2*minute)
}

// sameEvent reports whether two events are equal, comparing instants
// with Equal.
func sameEvent(a, b Event) bool {
	return a.Kind == b.Kind && a.At.Equal(b.At) && a.Segment == b.Segment &&
		a.Segments == b.Segments && a.Left == b.Left
}

func fmtEvents(evs []Event) string {
	s := "["
	for i, e := range evs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("{%v At=base+%v Segment=%d/%d Left=%v}",
			e.Kind, e.At.Sub(base), e.Segment, e.Segments, e.Left)
	}
	return s + "]"
}

// wantEvents fails the test unless got equals want exactly, in order.
func wantEvents(t *testing.T, what string, got, want []Event) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = sameEvent(got[i], want[i])
	}
	if !ok {
		t.Errorf("%s:\n got  %s\n want %s", what, fmtEvents(got), fmtEvents(want))
	}
}

// wantNextDue fails the test unless NextDue reports want (or nothing, for
// a zero want).
func wantNextDue(t *testing.T, tr *Turn, want time.Time) {
	t.Helper()
	got, ok := tr.NextDue()
	if want.IsZero() {
		if ok {
			t.Errorf("NextDue = base+%v, want nothing due", got.Sub(base))
		}
		return
	}
	if !ok || !got.Equal(want) {
		t.Errorf("NextDue = base+%v, %v; want base+%v, true", got.Sub(base), ok, want.Sub(base))
	}
}

func TestEventKindString(t *testing.T) {
	tests := []struct {
		k    EventKind
		want string
	}{
		{SegmentDone, "segment done"},
		{Warning, "warning"},
		{Ended, "ended"},
		{0, "unknown"},
		{99, "unknown"},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("EventKind(%d).String() = %q, want %q", int(tt.k), got, tt.want)
		}
	}
}

func TestNewTurn(t *testing.T) {
	tests := []struct {
		name     string
		segments []time.Duration
		warn     time.Duration
		length   time.Duration
		count    int
		segLeft  time.Duration
	}{
		{"three segments", []time.Duration{5 * minute, 5 * minute, 5 * minute}, 2 * minute, 15 * minute, 3, 5 * minute},
		{"undivided", []time.Duration{12 * minute}, 2 * minute, 12 * minute, 1, 12 * minute},
		{"uneven", []time.Duration{3 * minute, 7 * minute}, 0, 10 * minute, 2, 3 * minute},
		{"no segments", nil, 2 * minute, 0, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewTurn(tt.segments, tt.warn)
			if got := tr.Length(); got != tt.length {
				t.Errorf("Length = %v, want %v", got, tt.length)
			}
			if got := tr.Segments(); got != tt.count {
				t.Errorf("Segments = %d, want %d", got, tt.count)
			}
			if got := tr.Segment(); got != 1 {
				t.Errorf("Segment = %d, want 1", got)
			}
			if got := tr.Warn(); got != tt.warn {
				t.Errorf("Warn = %v, want %v", got, tt.warn)
			}
			if got := tr.Left(base); got != tt.length {
				t.Errorf("Left = %v, want %v", got, tt.length)
			}
			if got := tr.SegmentLeft(base); got != tt.segLeft {
				t.Errorf("SegmentLeft = %v, want %v", got, tt.segLeft)
			}
			if tr.Started() || tr.Running() || tr.AtCheckIn(base) {
				t.Errorf("new turn: Started %v Running %v AtCheckIn %v, want all false",
					tr.Started(), tr.Running(), tr.AtCheckIn(base))
			}
			wantNextDue(t, tr, time.Time{})
			wantEvents(t, "Advance of a turn not started", tr.Advance(at(time.Hour)), nil)
		})
	}
}

func TestTurnSegmentedWalkThrough(t *testing.T) {
	tr := coachTurn()
	tr.Toggle(base)
	if !tr.Started() || !tr.Running() {
		t.Fatalf("after Toggle: Started %v Running %v", tr.Started(), tr.Running())
	}
	wantNextDue(t, tr, at(5*minute))
	if got := tr.SegmentLeft(at(3 * minute)); got != 2*minute {
		t.Errorf("SegmentLeft(3m) = %v, want 2m", got)
	}
	wantEvents(t, "Advance just before the first boundary", tr.Advance(at(5*minute-time.Nanosecond)), nil)

	// Noticed two minutes late: the turn still stops at the boundary.
	wantEvents(t, "Advance(7m)", tr.Advance(at(7*minute)), []Event{
		{Kind: SegmentDone, At: at(5 * minute), Segment: 1, Segments: 3, Left: 10 * minute},
	})
	if tr.Running() {
		t.Fatalf("turn still running at the first check-in")
	}
	for _, now := range []time.Time{at(7 * minute), at(time.Hour)} {
		if got := tr.Left(now); got != 10*minute {
			t.Errorf("Left(base+%v) at the check-in = %v, want exactly 10m", now.Sub(base), got)
		}
	}
	if got := tr.Segment(); got != 2 {
		t.Errorf("Segment at the first check-in = %d, want 2", got)
	}
	if got := tr.Segments(); got != 3 {
		t.Errorf("Segments = %d, want 3", got)
	}
	if got := tr.SegmentLeft(at(7 * minute)); got != 5*minute {
		t.Errorf("SegmentLeft at the first check-in = %v, want 5m", got)
	}
	if !tr.AtCheckIn(at(7 * minute)) {
		t.Errorf("AtCheckIn false at the first boundary")
	}
	wantNextDue(t, tr, at(8*minute)) // the check-in waits on the coach: a reminder after PauseRemind
	wantEvents(t, "Advance during the check-in", tr.Advance(at(20*minute)), []Event{
		{Kind: StillPaused, At: at(8 * minute), Segment: 1, Segments: 3, Left: 10 * minute},
	})

	// Resume after a 4-minute check-in: the second boundary is 5m later.
	tr.Toggle(at(9 * minute))
	if tr.AtCheckIn(at(9 * minute)) {
		t.Errorf("AtCheckIn true after resuming")
	}
	wantNextDue(t, tr, at(14*minute))
	if got := tr.SegmentLeft(at(10 * minute)); got != 4*minute {
		t.Errorf("SegmentLeft(10m) = %v, want 4m", got)
	}
	wantEvents(t, "Advance(14m)", tr.Advance(at(14*minute)), []Event{
		{Kind: SegmentDone, At: at(14 * minute), Segment: 2, Segments: 3, Left: 5 * minute},
	})
	if got := tr.Segment(); got != 3 {
		t.Errorf("Segment at the second check-in = %d, want 3", got)
	}
	if got := tr.SegmentLeft(at(15 * minute)); got != 5*minute {
		t.Errorf("SegmentLeft in the last segment = %v, want 5m (the turn's time left)", got)
	}
	if !tr.AtCheckIn(at(15 * minute)) {
		t.Errorf("AtCheckIn false at the second boundary")
	}

	// Last segment: the warning 2 minutes before the end, then the end.
	tr.Toggle(at(20 * minute))
	wantNextDue(t, tr, at(23*minute))
	wantEvents(t, "Advance just before the warning", tr.Advance(at(23*minute-time.Nanosecond)), nil)
	wantEvents(t, "Advance(23m)", tr.Advance(at(23*minute)), []Event{
		{Kind: Warning, At: at(23 * minute), Segments: 3, Left: 2 * minute},
	})
	if got := tr.Left(at(23 * minute)); got != 2*minute {
		t.Errorf("Left at the warning = %v, want 2m", got)
	}
	wantNextDue(t, tr, at(25*minute))
	wantEvents(t, "Advance(25m)", tr.Advance(at(25*minute)), []Event{
		{Kind: Ended, At: at(25 * minute), Segments: 3, Left: 0},
	})
	wantNextDue(t, tr, time.Time{})

	// Overtime: the turn keeps running, Left goes negative, nothing repeats.
	if !tr.Running() {
		t.Errorf("turn stopped at its end; it should count overtime")
	}
	if got := tr.Left(at(26*minute + 30*second)); got != -(minute + 30*second) {
		t.Errorf("Left 1m30s after the end = %v, want -1m30s", got)
	}
	if tr.AtCheckIn(at(26 * minute)) {
		t.Errorf("AtCheckIn true in overtime")
	}
	wantEvents(t, "Advance in overtime", tr.Advance(at(40*minute)), nil)
	wantEvents(t, "Advance again", tr.Advance(at(2*time.Hour)), nil)
}

func TestTurnLateAdvanceStopsAtFirstBoundaryOnly(t *testing.T) {
	tr := coachTurn()
	tr.Toggle(base)
	// An hour late: only the first boundary, where the turn paused.
	wantEvents(t, "Advance an hour late", tr.Advance(at(time.Hour)), []Event{
		{Kind: SegmentDone, At: at(5 * minute), Segment: 1, Segments: 3, Left: 10 * minute},
		{Kind: StillPaused, At: at(8 * minute), Segment: 1, Segments: 3, Left: 10 * minute},
	})
	if got := tr.Left(at(time.Hour)); got != 10*minute {
		t.Errorf("Left = %v, want 10m", got)
	}
}

func TestTurnLateAdvanceReturnsEventsInOrder(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
	tr.Toggle(base)
	wantEvents(t, "Advance after the deadline", tr.Advance(at(12*minute)), []Event{
		{Kind: Warning, At: at(8 * minute), Segments: 1, Left: 2 * minute},
		{Kind: Ended, At: at(10 * minute), Segments: 1, Left: 0},
	})
	wantEvents(t, "Advance again", tr.Advance(at(13*minute)), nil)
}

func TestTurnLateAdvanceAfterResumeInLastSegment(t *testing.T) {
	tr := NewTurn([]time.Duration{5 * minute, 5 * minute}, 2*minute)
	tr.Toggle(base)
	tr.Advance(at(5 * minute))
	tr.Toggle(at(6 * minute)) // deadline 11m
	wantEvents(t, "late Advance", tr.Advance(at(30*minute)), []Event{
		{Kind: Warning, At: at(9 * minute), Segments: 2, Left: 2 * minute},
		{Kind: Ended, At: at(11 * minute), Segments: 2, Left: 0},
	})
}

func TestTurnNoWarning(t *testing.T) {
	tests := []struct {
		name string
		warn time.Duration
	}{
		{"warn 0", 0},
		{"warn equal to the length", 5 * minute},
		{"warn longer than the turn", 6 * minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewTurn([]time.Duration{5 * minute}, tt.warn)
			tr.Toggle(base)
			wantNextDue(t, tr, at(5*minute))
			wantEvents(t, "Advance after the end", tr.Advance(at(10*minute)), []Event{
				{Kind: Ended, At: at(5 * minute), Segments: 1, Left: 0},
			})
		})
	}
}

func TestTurnToggle(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
	tr.Toggle(base)
	tr.Toggle(at(3 * minute)) // pause
	if tr.Running() || !tr.Started() {
		t.Fatalf("after pausing: Running %v Started %v, want false true", tr.Running(), tr.Started())
	}
	if got := tr.Left(at(8 * minute)); got != 7*minute {
		t.Errorf("Left while paused = %v, want 7m", got)
	}
	wantNextDue(t, tr, at(6*minute))
	wantEvents(t, "Advance while paused", tr.Advance(at(20*minute)), []Event{
		{Kind: StillPaused, At: at(6 * minute), Segments: 1, Left: 7 * minute},
	})
	wantNextDue(t, tr, time.Time{}) // once a pause
	if tr.AtCheckIn(at(20 * minute)) {
		t.Errorf("an undivided turn paused by hand is not at a check-in")
	}
	tr.Toggle(at(20 * minute)) // resume; deadline 27m
	if !tr.Running() {
		t.Fatalf("not running after resuming")
	}
	wantNextDue(t, tr, at(25*minute))
	if got := tr.Left(at(21 * minute)); got != 6*minute {
		t.Errorf("Left after resuming = %v, want 6m", got)
	}
}

func TestTurnPausedByHandMidSegmentIsNotCheckIn(t *testing.T) {
	tr := coachTurn()
	tr.Toggle(base)
	tr.Advance(at(5 * minute))
	tr.Toggle(at(6 * minute))
	tr.Toggle(at(7 * minute)) // paused by hand 1m into segment 2
	if tr.AtCheckIn(at(7 * minute)) {
		t.Errorf("AtCheckIn true for a pause in the middle of a segment")
	}
	if got := tr.Segment(); got != 2 {
		t.Errorf("Segment = %d, want 2", got)
	}
	if got := tr.SegmentLeft(at(7 * minute)); got != 4*minute {
		t.Errorf("SegmentLeft = %v, want 4m", got)
	}
}

func TestTurnPauseMovesBoundary(t *testing.T) {
	tr := coachTurn()
	tr.Toggle(base)
	tr.Toggle(at(3 * minute))
	tr.Toggle(at(10 * minute))
	wantNextDue(t, tr, at(12*minute))
	wantEvents(t, "Advance(12m)", tr.Advance(at(12*minute)), []Event{
		{Kind: SegmentDone, At: at(12 * minute), Segment: 1, Segments: 3, Left: 10 * minute},
	})
}

func TestTurnAddAfterWarningRearmsIt(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
	tr.Toggle(base)
	wantEvents(t, "first warning", tr.Advance(at(8*minute)), []Event{
		{Kind: Warning, At: at(8 * minute), Segments: 1, Left: 2 * minute},
	})
	tr.Add(minute, at(8*minute+30*second)) // 2m30s left, deadline 11m
	if got := tr.Length(); got != 11*minute {
		t.Errorf("Length = %v, want 11m", got)
	}
	if got := tr.Left(at(8*minute + 30*second)); got != 2*minute+30*second {
		t.Errorf("Left after Add = %v, want 2m30s", got)
	}
	wantNextDue(t, tr, at(9*minute))
	wantEvents(t, "before the new warning", tr.Advance(at(9*minute-time.Nanosecond)), nil)
	wantEvents(t, "the warning again", tr.Advance(at(9*minute)), []Event{
		{Kind: Warning, At: at(9 * minute), Segments: 1, Left: 2 * minute},
	})
	wantEvents(t, "the end", tr.Advance(at(12*minute)), []Event{
		{Kind: Ended, At: at(11 * minute), Segments: 1, Left: 0},
	})
}

func TestTurnAddThatLeavesWarningPastDoesNotRearm(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
	tr.Toggle(base)
	tr.Advance(at(8 * minute))
	tr.Add(20*second, at(8*minute+30*second)) // 1m50s left: still inside the warning
	wantNextDue(t, tr, at(10*minute+20*second))
	wantEvents(t, "Advance to the end", tr.Advance(at(11*minute)), []Event{
		{Kind: Ended, At: at(10*minute + 20*second), Segments: 1, Left: 0},
	})
}

func TestTurnAddAfterEndRearmsEnd(t *testing.T) {
	tr := NewTurn([]time.Duration{5 * minute}, 2*minute)
	tr.Toggle(base)
	wantEvents(t, "to the end", tr.Advance(at(6*minute)), []Event{
		{Kind: Warning, At: at(3 * minute), Segments: 1, Left: 2 * minute},
		{Kind: Ended, At: at(5 * minute), Segments: 1, Left: 0},
	})
	tr.Add(2*minute, at(6*minute)) // 1m left: the end is ahead, the warning still past
	if got := tr.Left(at(6 * minute)); got != minute {
		t.Errorf("Left after Add = %v, want 1m", got)
	}
	wantNextDue(t, tr, at(7*minute))
	wantEvents(t, "the end again", tr.Advance(at(8*minute)), []Event{
		{Kind: Ended, At: at(7 * minute), Segments: 1, Left: 0},
	})
	wantEvents(t, "nothing more", tr.Advance(at(9*minute)), nil)
}

func TestTurnAddAfterEndRearmsWarningAndEnd(t *testing.T) {
	tr := NewTurn([]time.Duration{5 * minute}, 2*minute)
	tr.Toggle(base)
	tr.Advance(at(6 * minute))
	tr.Add(5*minute, at(6*minute)) // 4m left, deadline 10m
	wantEvents(t, "after adding 5m", tr.Advance(at(10*minute)), []Event{
		{Kind: Warning, At: at(8 * minute), Segments: 1, Left: 2 * minute},
		{Kind: Ended, At: at(10 * minute), Segments: 1, Left: 0},
	})
}

func TestTurnAddWhilePausedAtCheckIn(t *testing.T) {
	tr := coachTurn()
	tr.Toggle(base)
	tr.Advance(at(5 * minute))
	tr.Add(minute, at(6*minute))
	if got := tr.Left(at(6 * minute)); got != 11*minute {
		t.Errorf("Left = %v, want 11m", got)
	}
	if !tr.AtCheckIn(at(6 * minute)) {
		t.Errorf("AtCheckIn false after adding a minute at the check-in")
	}
	if got := tr.SegmentLeft(at(6 * minute)); got != 5*minute {
		t.Errorf("SegmentLeft = %v, want 5m (added time goes to the end)", got)
	}
}

func TestTurnSetWarnRearms(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
	tr.Toggle(base)
	tr.Advance(at(8 * minute))
	tr.SetWarn(minute, at(8*minute+30*second)) // 1m30s left > 1m
	if got := tr.Warn(); got != minute {
		t.Errorf("Warn = %v, want 1m", got)
	}
	wantNextDue(t, tr, at(9*minute))
	wantEvents(t, "the new warning", tr.Advance(at(9*minute)), []Event{
		{Kind: Warning, At: at(9 * minute), Segments: 1, Left: minute},
	})
}

func TestTurnSetWarnPastDoesNotRearm(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
	tr.Toggle(base)
	tr.Advance(at(8 * minute))
	tr.SetWarn(3*minute, at(8*minute+30*second))
	wantNextDue(t, tr, at(10*minute))
}

func TestTurnSetWarnBeforeWarning(t *testing.T) {
	tests := []struct {
		name string
		warn time.Duration
		due  time.Time
	}{
		{"longer", 3 * minute, at(7 * minute)},
		{"shorter", minute, at(9 * minute)},
		{"none", 0, at(10 * minute)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewTurn([]time.Duration{10 * minute}, 2*minute)
			tr.Toggle(base)
			tr.SetWarn(tt.warn, at(minute))
			wantNextDue(t, tr, tt.due)
		})
	}
}

func TestTurnRestart(t *testing.T) {
	tr := coachTurn()
	tr.Toggle(base)
	tr.Advance(at(5 * minute))
	tr.Add(minute, at(6*minute))
	tr.Restart()
	if tr.Started() || tr.Running() {
		t.Fatalf("after Restart: Started %v Running %v", tr.Started(), tr.Running())
	}
	if got := tr.Left(at(30 * minute)); got != 16*minute {
		t.Errorf("Left after Restart = %v, want 16m (the full length, minute added included)", got)
	}
	if got := tr.Segment(); got != 1 {
		t.Errorf("Segment after Restart = %d, want 1", got)
	}
	if tr.AtCheckIn(at(30 * minute)) {
		t.Errorf("AtCheckIn after Restart")
	}
	wantNextDue(t, tr, time.Time{})
	tr.Toggle(at(30 * minute))
	wantNextDue(t, tr, at(35*minute))
	wantEvents(t, "first boundary again", tr.Advance(at(35*minute)), []Event{
		{Kind: SegmentDone, At: at(35 * minute), Segment: 1, Segments: 3, Left: 11 * minute},
	})
}

func TestTurnRestartAfterEnd(t *testing.T) {
	tr := NewTurn([]time.Duration{5 * minute}, 2*minute)
	tr.Toggle(base)
	tr.Advance(at(6 * minute))
	tr.Restart()
	tr.Toggle(at(10 * minute))
	wantEvents(t, "after Restart", tr.Advance(at(20*minute)), []Event{
		{Kind: Warning, At: at(13 * minute), Segments: 1, Left: 2 * minute},
		{Kind: Ended, At: at(15 * minute), Segments: 1, Left: 0},
	})
}

func TestTurnShorteningDropsSegments(t *testing.T) {
	tests := []struct {
		add      time.Duration
		segments int
	}{
		{5 * minute, 3},
		{0, 3},
		{-time.Minute, 3}, // 14m: boundaries 5m and 10m remain
		{-4 * minute, 3},  // 11m
		{-5 * minute, 2},  // 10m: the boundary at 10m is the end itself
		{-6 * minute, 2},  // 9m
		{-10 * minute, 1}, // 5m
		{-11 * minute, 1}, // 4m
		{-20 * minute, 1}, // 0m
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.add), func(t *testing.T) {
			tr := coachTurn()
			tr.Add(tt.add, base)
			if got := tr.Segments(); got != tt.segments {
				t.Errorf("Segments after Add(%v) = %d, want %d", tt.add, got, tt.segments)
			}
			if got := tr.Segment(); got != 1 {
				t.Errorf("Segment = %d, want 1", got)
			}
		})
	}
}

func TestTurnShortenedBelowBoundaryRunsWithoutIt(t *testing.T) {
	tr := coachTurn()
	tr.Add(-6*minute, base) // 9m: segments 5m and 4m
	tr.Toggle(base)
	wantEvents(t, "first boundary", tr.Advance(at(5*minute)), []Event{
		{Kind: SegmentDone, At: at(5 * minute), Segment: 1, Segments: 2, Left: 4 * minute},
	})
	if got := tr.Segment(); got != 2 {
		t.Errorf("Segment = %d, want 2", got)
	}
	if got := tr.SegmentLeft(at(5 * minute)); got != 4*minute {
		t.Errorf("SegmentLeft = %v, want 4m (the rest of the turn)", got)
	}
	tr.Toggle(at(6 * minute)) // deadline 10m
	wantNextDue(t, tr, at(8*minute))
	wantEvents(t, "to the end", tr.Advance(at(10*minute)), []Event{
		{Kind: Warning, At: at(8 * minute), Segments: 2, Left: 2 * minute},
		{Kind: Ended, At: at(10 * minute), Segments: 2, Left: 0},
	})
}

func TestTurnShortenedAtCheckInToBoundary(t *testing.T) {
	tr := NewTurn([]time.Duration{5 * minute, 5 * minute, 5 * minute}, 0)
	tr.Toggle(base)
	tr.Advance(at(5 * minute))
	tr.Add(-20*minute, at(6*minute)) // cannot go below the 5m used
	if got := tr.Length(); got != 5*minute {
		t.Errorf("Length = %v, want 5m", got)
	}
	if got := tr.Segments(); got != 1 {
		t.Errorf("Segments = %d, want 1", got)
	}
	if got := tr.Segment(); got != 1 {
		t.Errorf("Segment = %d, want 1 (never past Segments)", got)
	}
	tr.Toggle(at(7 * minute))
	wantEvents(t, "the end at once", tr.Advance(at(7*minute)), []Event{
		{Kind: Ended, At: at(7 * minute), Segments: 1, Left: 0},
	})
}

func TestTurnCountdownIsACopy(t *testing.T) {
	tr := NewTurn([]time.Duration{5 * minute}, 0)
	cd := tr.Countdown()
	cd.Start(base)
	cd.Add(time.Hour, base)
	if tr.Started() || tr.Length() != 5*minute {
		t.Errorf("changing the copy changed the turn: Started %v Length %v", tr.Started(), tr.Length())
	}
	tr.Toggle(base)
	cd = tr.Countdown()
	if d, ok := cd.Deadline(); !ok || !d.Equal(at(5*minute)) {
		t.Errorf("Countdown().Deadline() = %v, %v; want base+5m, true", d, ok)
	}
}

func TestTurnWithNoLengthEndsAtOnce(t *testing.T) {
	tr := NewTurn(nil, 2*minute)
	tr.Toggle(base)
	wantEvents(t, "Advance at the start", tr.Advance(base), []Event{
		{Kind: Ended, At: base, Segments: 1, Left: 0},
	})
}

func TestTurnShortenedPastWarningWarnsNowWithTrueTimeLeft(t *testing.T) {
	base := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	tr := NewTurn([]time.Duration{10 * time.Minute}, 2*time.Minute)
	tr.Toggle(base)
	now := base.Add(time.Minute)
	tr.Add(-7*time.Minute-30*time.Second, now)
	evs := tr.Advance(now)
	if len(evs) != 1 || evs[0].Kind != Warning {
		t.Fatalf("events = %+v, want one warning", evs)
	}
	if !evs[0].At.Equal(now) || evs[0].Left != 90*time.Second {
		t.Fatalf("warning at %v with %v left, want at the change (%v) with 1m30s left", evs[0].At, evs[0].Left, now)
	}
}

// TestSegmentLengthsFollowTheTurn shortens and lengthens a turn of three
// 5-minute segments: the segments shortened past are gone, and time added
// or taken is in the last.
func TestSegmentLengthsFollowTheTurn(t *testing.T) {
	m := time.Minute
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		add  time.Duration
		want []time.Duration
	}{
		{0, []time.Duration{5 * m, 5 * m, 5 * m}},
		{2 * m, []time.Duration{5 * m, 5 * m, 7 * m}},
		{-7 * m, []time.Duration{5 * m, 3 * m}},
		{-14 * m, []time.Duration{m}},
	}
	for _, tt := range tests {
		tr := NewTurn([]time.Duration{5 * m, 5 * m, 5 * m}, 2*m)
		tr.Add(tt.add, now)
		if got := tr.SegmentLengths(); !slices.Equal(got, tt.want) || len(got) != tr.Segments() {
			t.Errorf("after %v: %v (%d segments), want %v", tt.add, got, tr.Segments(), tt.want)
		}
	}
}
