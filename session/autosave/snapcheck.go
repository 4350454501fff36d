package autosave

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"partnercoach/around/records"
	"partnercoach/session"
)

// invalid is a value in an autosave that decodes but makes no sense: the
// top-level key it is under, and what is wrong.
type invalid struct {
	key string
	msg string
	// step and field, when set, name the step and the key of its turn the
	// problem is about, so that it is placed there rather than at the
	// top-level key.
	step, field string
}

// timeRule is records.TimeProblem as what checkSnapshot finds wrong.
func timeRule(key string, t time.Time) *invalid {
	if msg := records.TimeProblem(key, t); msg != "" {
		return &invalid{key: key, msg: msg}
	}
	return nil
}

// checkSnapshot checks an autosave by the rules a record is checked by,
// before the session is brought back from it. Times outside the years a
// record may hold, a negative number, no order or no steps (which would
// bring the session back as new, its ticks and turns lost), and a
// position outside the steps are refused (the autosave is then set aside). Times that are possible
// but do not fit together, as after the wall clock stepped, are put
// right instead: a running turn's deadline further from the save than the
// turn's length is brought back to the save plus the length, a time left
// above the length is cut to it, a time spent below zero becomes zero, and
// an end before the start becomes the start.
func checkSnapshot(snap *session.Snapshot) *invalid {
	if bad := snapshotTimes(snap); bad != nil {
		return bad
	}
	switch {
	case snap.Number < 0:
		return &invalid{key: "session_number", msg: fmt.Sprintf("session_number is %d: expected 1 or more", snap.Number)}
	case snap.Warn < 0:
		return &invalid{key: "warn", msg: fmt.Sprintf("warn is %d: expected 0 or more nanoseconds", snap.Warn)}
	case len(snap.Order) == 0:
		return &invalid{key: "order", msg: "order is missing, null or empty: expected the ids of the steps in the order they run"}
	case len(snap.Steps) == 0:
		return &invalid{key: "steps", msg: "steps is missing, null or empty: expected the state of each step (its checks, its turn)"}
	case snap.Pos < 0 || snap.Pos >= max(len(snap.Order), 1):
		return &invalid{key: "pos", msg: fmt.Sprintf("pos is %d: expected a place in order, from 0 to %d", snap.Pos, max(len(snap.Order)-1, 0))}
	}
	for _, id := range slices.Sorted(maps.Keys(snap.Steps)) {
		st := snap.Steps[id]
		if bad := settleStep(id, &st, savedOnItsClock(snap)); bad != nil {
			return bad
		}
		snap.Steps[id] = st
	}
	return nil
}

// snapshotTimes checks the session's own times.
func snapshotTimes(snap *session.Snapshot) *invalid {
	switch {
	case snap.Started.IsZero():
		return &invalid{key: "started", msg: "started is missing or the zero time: expected a time such as 2026-11-22T15:03:00+01:00"}
	case snap.Saved.IsZero():
		return &invalid{key: "saved", msg: "saved is missing or the zero time: expected a time such as 2026-11-22T15:03:00+01:00"}
	}
	for _, t := range []struct {
		key      string
		at       time.Time
		optional bool
	}{{"started", snap.Started, false}, {"saved", snap.Saved, false}, {"entered", snap.Entered, true}, {"ended", snap.Ended, true}} {
		if t.optional && t.at.IsZero() {
			continue
		}
		if bad := timeRule(t.key, t.at); bad != nil {
			return bad
		}
	}
	if !snap.Ended.IsZero() && snap.Ended.Before(snap.Started) {
		snap.Ended = snap.Started
	}
	return nil
}

// savedOnItsClock is when the snapshot was saved on the session's own
// clock, which its turns' deadlines are on: Saved is the wall clock's
// time, and a rehearsal's clock runs faster.
func savedOnItsClock(snap *session.Snapshot) time.Time {
	if snap.Rehearsal == nil {
		return snap.Saved
	}
	return snap.Rehearsal.Scaled(snap.Saved)
}

// settleStep checks one step's saved state and puts its times right; saved
// is when it was saved on the session's clock.
func settleStep(id string, st *session.StepState, saved time.Time) *invalid {
	st.Spent = min(max(st.Spent, 0), records.MaxSession)
	if st.Turn == nil {
		return nil
	}
	t := *st.Turn
	where := "steps." + id + ".turn"
	switch {
	case t.Length <= 0 || t.Length > records.MaxSession:
		return &invalid{key: "steps", step: id, field: "length",
			msg: fmt.Sprintf("%s.length is %v: expected a turn's length, more than zero and at most a day", where, t.Length)}
	case t.Running && t.Deadline.IsZero():
		return &invalid{key: "steps", step: id, field: "deadline", msg: where + " is running but has no deadline"}
	}
	for _, tt := range []struct {
		field string
		at    time.Time
	}{{"deadline", t.Deadline}, {"changed", t.Changed}} {
		if bad := timeRule(where+"."+tt.field, tt.at); !tt.at.IsZero() && bad != nil {
			bad.key, bad.step, bad.field = "steps", id, tt.field
			return bad
		}
	}
	if t.Running && t.Deadline.Sub(saved) > t.Length {
		t.Deadline = saved.Add(t.Length)
	}
	t.Left = min(t.Left, t.Length)
	st.Turn = &t
	return nil
}
