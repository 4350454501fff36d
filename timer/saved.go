package timer

import (
	"fmt"
	"time"
)

// SavedTurn is everything a Turn knows, in a form that can be saved and
// read back. A running turn is saved as its wall-clock deadline, a paused
// one as the time it had left, so that time stays true across a restart
// of the program.
type SavedTurn struct {
	Length   time.Duration `json:"length"`
	Started  bool          `json:"started"`
	Running  bool          `json:"running"`
	Deadline time.Time     `json:"deadline,omitzero"`
	Left     time.Duration `json:"left"`
	Warn     time.Duration `json:"warn"`
	SegDone  int           `json:"segments_done"`
	Warned   bool          `json:"warned"`
	// WarnedAt is how much of the turn had gone when its warning last
	// fell due; absent until one has (and in older saves).
	WarnedAt time.Duration `json:"warned_at,omitempty"`
	Ended    bool          `json:"ended"`
	Changed  time.Time     `json:"changed,omitzero"`
	// PausedAt is when the turn last paused, and Reminded whether that
	// pause was reminded of; absent while it runs (and in older saves).
	PausedAt time.Time `json:"paused_at,omitzero"`
	Reminded bool      `json:"reminded,omitempty"`
	// Closed is whether the coach moved on past the turn, ending it.
	Closed bool `json:"closed,omitempty"`
}

// Saved returns the turn as it is now, for saving (and for undo to
// compare).
func (t *Turn) Saved() SavedTurn {
	return SavedTurn{
		Length:   t.cd.length,
		Started:  t.cd.started,
		Running:  t.cd.running,
		Deadline: t.cd.deadline,
		Left:     t.cd.left,
		Warn:     t.warn,
		SegDone:  t.segDone,
		Warned:   t.warned,
		WarnedAt: t.warnedAt,
		Ended:    t.ended,
		Changed:  t.changed,
		PausedAt: t.pausedAt,
		Reminded: t.reminded,
		Closed:   t.closed,
	}
}

// RestoreTurn returns a turn of the given segments in a saved state. It
// refuses a state that does not fit the segments.
func RestoreTurn(segments []time.Duration, st SavedTurn) (*Turn, error) {
	t := NewTurn(segments, st.Warn)
	switch {
	case st.Length <= 0:
		return nil, fmt.Errorf("the turn's length must be positive, got %v", st.Length)
	case st.SegDone < 0 || st.SegDone > len(t.bounds):
		return nil, fmt.Errorf("the turn has %d segments, but %d are saved as done", len(segments), st.SegDone)
	case st.Running && st.Deadline.IsZero():
		return nil, fmt.Errorf("the turn is saved as running but has no deadline")
	case st.Running && !st.Started:
		return nil, fmt.Errorf("the turn is saved as running but not started")
	case st.Warn < 0:
		return nil, fmt.Errorf("the warning lead time must not be negative, got %v", st.Warn)
	case st.WarnedAt < 0:
		return nil, fmt.Errorf("the time the warning came must not be negative, got %v", st.WarnedAt)
	}
	t.cd = Countdown{length: st.Length, deadline: st.Deadline.Round(0), left: st.Left,
		running: st.Running, started: st.Started}
	t.segDone, t.warned, t.ended, t.changed = st.SegDone, st.Warned, st.Ended, st.Changed.Round(0)
	t.warnedAt = st.WarnedAt
	t.pausedAt, t.reminded, t.closed = st.PausedAt.Round(0), st.Reminded, st.Closed && st.Started
	if st.Running {
		t.pausedAt, t.reminded = time.Time{}, false
	}
	return t, nil
}
