package timer

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// roundTrip saves a turn's state as JSON and restores it.
func roundTrip(t *testing.T, tr *Turn, segs []time.Duration) *Turn {
	t.Helper()
	b, err := json.Marshal(tr.Saved())
	if err != nil {
		t.Fatal(err)
	}
	var st SavedTurn
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	got, err := RestoreTurn(segs, st)
	if err != nil {
		t.Fatalf("RestoreTurn: %v", err)
	}
	return got
}

func TestRestoredTurnCarriesOnExactly(t *testing.T) {
	segs := []time.Duration{5 * minute, 5 * minute, 5 * minute}
	steps := []func(tr *Turn, now time.Time){
		func(tr *Turn, now time.Time) {},                                                  // not started
		func(tr *Turn, now time.Time) { tr.Toggle(now) },                                  // running
		func(tr *Turn, now time.Time) { tr.Toggle(now); tr.Advance(now.Add(6 * minute)) }, // at check-in
		func(tr *Turn, now time.Time) { tr.Toggle(now); tr.Add(-4*minute, now.Add(time.Second)) },
		func(tr *Turn, now time.Time) {
			tr.Toggle(now)
			tr.Advance(now.Add(5 * minute))
			tr.Toggle(now.Add(6 * minute))
			tr.Advance(now.Add(11 * minute))
			tr.Toggle(now.Add(11 * minute))
			tr.Advance(now.Add(20 * minute)) // warned and ended
		},
	}
	for i, prepare := range steps {
		orig := coachTurn()
		prepare(orig, base)
		restored := roundTrip(t, orig, segs)
		if restored.Saved() != orig.Saved() {
			t.Fatalf("case %d: state %+v, want %+v", i, restored.Saved(), orig.Saved())
		}
		// Both go on the same way for the rest of the turn.
		for _, at := range []time.Duration{0, 7 * minute, 13 * minute, 30 * minute} {
			now := base.Add(21*minute + at)
			a, b := orig.Advance(now), restored.Advance(now)
			wantEvents(t, "restored turn", b, a)
			if orig.Left(now) != restored.Left(now) || orig.Segment() != restored.Segment() {
				t.Fatalf("case %d at +%v: left %v/%v, segment %d/%d", i, at,
					restored.Left(now), orig.Left(now), restored.Segment(), orig.Segment())
			}
			if !orig.Running() {
				orig.Toggle(now)
				restored.Toggle(now)
			}
		}
	}
}

func TestRunningTurnRestoredLaterKeepsItsDeadline(t *testing.T) {
	tr := coachTurn()
	tr.Toggle(base)
	restored := roundTrip(t, tr, []time.Duration{5 * minute, 5 * minute, 5 * minute})
	later := base.Add(3*minute + 20*time.Second)
	if got := restored.Left(later); got != 11*minute+40*time.Second {
		t.Fatalf("left after restart %v, want 11m40s (time kept running while down)", got)
	}
}

func TestRestoreRefusesAStateThatDoesNotFit(t *testing.T) {
	segs := []time.Duration{5 * minute, 5 * minute}
	ok := NewTurn(segs, 2*minute).Saved()
	tests := []struct {
		name string
		edit func(*SavedTurn)
		want string
	}{
		{"no length", func(s *SavedTurn) { s.Length = 0 }, "length must be positive"},
		{"too many segments", func(s *SavedTurn) { s.SegDone = 2 }, "2 are saved as done"},
		{"negative segments", func(s *SavedTurn) { s.SegDone = -1 }, "saved as done"},
		{"running without deadline", func(s *SavedTurn) { s.Running, s.Started = true, true }, "no deadline"},
		{"running not started", func(s *SavedTurn) { s.Running, s.Deadline = true, base }, "not started"},
		{"negative warning", func(s *SavedTurn) { s.Warn = -time.Second }, "must not be negative"},
		{"warned before it began", func(s *SavedTurn) { s.WarnedAt = -time.Second }, "the time the warning came"},
	}
	for _, tc := range tests {
		st := ok
		tc.edit(&st)
		if _, err := RestoreTurn(segs, st); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
