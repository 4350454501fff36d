package autosave

import (
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// TestRehearsalTurnIsNotClampedOnLoad: a rehearsal's autosave keeps its
// saved time on the wall clock and its turns' deadlines on its own fast
// clock. The check of a running turn's deadline must compare them on the
// same clock, or a rehearsal resumed after a kill comes back with its
// turn ended or paused at a check-in it never reached.
func TestRehearsalTurnIsNotClampedOnLoad(t *testing.T) {
	origin := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	r := session.Rehearsal{Speed: 60, Origin: origin}
	fast := func(real time.Duration) time.Time { return r.Scaled(origin.Add(real)) }
	sc, err := script.Builtin("first")
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(sc, session.Options{Rehearsal: r}, fast(0))
	for s.Current().Turn == nil {
		s.Apply(session.Next{}, fast(time.Second))
	}
	s.Apply(session.StartPause{}, fast(2*time.Second))
	now := fast(10 * time.Second) // 8 real seconds into the turn: 8 minutes of it
	snap := snapshot(t, s, now)
	id := s.Current().ID
	before := snap.Steps[id].Turn.Deadline
	if bad := checkSnapshot(&snap); bad != nil {
		t.Fatalf("the rehearsal's autosave was refused: %v", bad.msg)
	}
	if after := snap.Steps[id].Turn.Deadline; !after.Equal(before) {
		t.Fatalf("the running turn's deadline moved from %v to %v on load", before, after)
	}
}

// TestRehearsalClockIsRealInverse: Clock undoes Real.
func TestRehearsalClockIsRealInverse(t *testing.T) {
	origin := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	r := session.Rehearsal{Speed: 60, Origin: origin}
	real := origin.Add(90 * time.Second)
	if got := r.Real(r.Scaled(real)); !got.Equal(real) {
		t.Fatalf("Real(Clock(t)) = %v, want %v", got, real)
	}
	if got := r.Scaled(real); !got.Equal(origin.Add(90 * time.Minute)) {
		t.Fatalf("Clock = %v, want 90 minutes of rehearsal", got)
	}
}
