package app

import (
	"testing"
	"time"

	"partnercoach/session"
)

// TestFinishedRehearsalEndsOnItsOwnClock: a rehearsal finished from the
// autosave ends at the instant its own fast clock read when it was last
// saved, not at that wall-clock instant, which lies before the times it
// holds: its steps then took less than nothing ("took -1:21") and the
// session 0 seconds.
func TestFinishedRehearsalEndsOnItsOwnClock(t *testing.T) {
	reh := session.Rehearsal{Speed: 60, Origin: t0}
	fast := reh.Scaled(t0.Add(time.Minute)) // an hour of rehearsal
	s := session.New(builtin(t, "first"), session.Options{Rehearsal: reh}, t0)
	s.Apply(session.Next{}, reh.Scaled(t0.Add(30*time.Second)))
	saved := t0.Add(time.Minute) // the wall clock's, as an autosave keeps it
	for _, offer := range []bool{false, true} {
		cfg := Config{Resume: s, Finish: true, Saved: saved}
		if offer {
			cfg = Config{Offer: s, Saved: saved}
		}
		r := newRig(t, cfg, nil)
		if offer {
			r.run(r.c.ResumeOffer(true))
		}
		if !r.c.Ended().Equal(fast) {
			t.Fatalf("offer %v: ended at %v, want %v, the rehearsal's clock at the save", offer, r.c.Ended(), fast)
		}
	}
}
