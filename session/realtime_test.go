package session

import (
	"testing"
	"time"
)

func TestRehearsalReal(t *testing.T) {
	r := Rehearsal{Speed: 60, Origin: base}
	tests := []struct {
		name string
		r    Rehearsal
		in   time.Time
		want time.Time
	}{
		{"real time", Rehearsal{}, at(time.Hour), at(time.Hour)},
		{"speed 1", Rehearsal{Speed: 1, Origin: base}, at(time.Hour), at(time.Hour)},
		{"at the origin", r, base, base},
		{"an hour of rehearsal is a minute", r, at(time.Hour), at(minute)},
		{"50 minutes", r, at(50 * minute), at(50 * second)},
		{"the zero time stays zero", r, time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		if got := tt.r.Real(tt.in); !got.Equal(tt.want) {
			t.Errorf("%s: Real(base+%v) = base+%v, want base+%v", tt.name, tt.in.Sub(base), got.Sub(base), tt.want.Sub(base))
		}
	}
}

// In a rehearsal at 60×, the times of day the coach is shown are real:
// the warning's end (Event.Ends), the time saved, and Session.Real for
// the rest.
func TestRehearsalShowsRealTimes(t *testing.T) {
	opts := Options{Rehearsal: Rehearsal{Speed: 60, Origin: base}}
	s := New(load(t, "first"), opts, base)
	goTo(t, s, "newcomer-turn", base)
	s.Apply(StartPause{}, at(6*minute)) // on the fast clock: warning at 16m, end at 18m
	evs := s.Advance(at(16 * minute))
	if len(evs) != 1 || evs[0].Kind != WarningDue {
		t.Fatalf("events %s", fmtEvents(evs))
	}
	ends := at(18 * second) // 18 minutes of the fast clock are 18 real seconds
	if !evs[0].Ends.Equal(ends) {
		t.Errorf("Ends = base+%v, want base+18s", evs[0].Ends.Sub(base))
	}
	if got := s.Real(at(18 * minute)); !got.Equal(ends) {
		t.Errorf("Real = base+%v, want base+18s", got.Sub(base))
	}
	if snap := saved(t, s, at(30*minute)); !snap.Saved.Equal(at(30 * second)) {
		t.Errorf("snapshot saved at base+%v, want the real base+30s", snap.Saved.Sub(base))
	}
}

// Outside a rehearsal the times are the clock's own.
func TestRealTimesOutsideARehearsal(t *testing.T) {
	s := start(t, "first")
	goTo(t, s, "newcomer-turn", base)
	s.Apply(StartPause{}, at(minute))
	evs := s.Advance(at(11 * minute))
	if len(evs) != 1 || !evs[0].Ends.Equal(at(13*minute)) || s.Real(at(13*minute)) != at(13*minute) {
		t.Errorf("events %s", fmtEvents(evs))
	}
}
