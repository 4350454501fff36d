package app

import (
	"testing"

	"partnercoach/session"
)

// TestScreeningAnswersReady: a newcomer screened not yet ready for the
// pool, or referred to a therapist or a hotline, is not ready for a
// partnership. The form does not ask it then, says why, and the record
// keeps no whatever a form sent; a newcomer screened suitable, or not
// screened, is asked, and keeps the answer given. On the code before, a
// first session held was recorded "not yet ready for the pool" and
// "ready for a partnership: yes" without a word.
func TestScreeningAnswersReady(t *testing.T) {
	for _, tt := range []struct {
		screening session.Screening
		asked     bool
		settled   string
	}{
		{session.Suitable, true, ""},
		{session.NotScreened, true, ""},
		{session.NotYet, false, "Ready for a partnership: no, as the screening says not yet ready for the pool."},
		{session.Referred, false, "Ready for a partnership: no, as the screening says referred to a therapist or a hotline."},
	} {
		t.Run(string(tt.screening), func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, "first"), Session: session.Options{Newcomer: "AB", Number: 1}}, nil)
			r.run(r.c.Apply(session.StartCall{}))
			r.run(r.c.End())
			answers := session.Closing{Outcome: session.Held, Screening: tt.screening,
				Recommendation: session.Recommendation{FurtherSessions: 2, Ready: true}}
			f := r.c.EndForm()
			if got := f.AsksReady(answers); got != tt.asked {
				t.Errorf("asks ready %v, want %v", got, tt.asked)
			}
			if got := f.ReadySettled(answers); got != tt.settled {
				t.Errorf("settled %q, want %q", got, tt.settled)
			}
			r.run(r.c.Finish(answers))
			rec := r.keeper.Records[0]
			if rec.Screening != tt.screening || rec.Recommendation.Ready != tt.asked || rec.Recommendation.FurtherSessions != 2 {
				t.Fatalf("record: screening %q, recommendation %+v", rec.Screening, rec.Recommendation)
			}
		})
	}
}

// TestReadyIsAskedOfLaterSessions: a later session screens nothing, so
// whatever its answers hold of a screening, the question of readiness
// is asked and its answer kept; a session not held is asked neither.
func TestReadyIsAskedOfLaterSessions(t *testing.T) {
	later := EndFormOf(builtin(t, "followup"), false)
	held := session.Closing{Outcome: session.Held, Screening: session.Referred, Recommendation: session.Recommendation{Ready: true}}
	if !later.AsksReady(held) || later.ReadySettled(held) != "" {
		t.Errorf("a later session: asks %v, settled %q", later.AsksReady(held), later.ReadySettled(held))
	}
	if k := Kept(held, false); !k.Recommendation.Ready || k.Screening != session.NotScreened {
		t.Errorf("a later session kept %+v", k)
	}
	first := EndFormOf(builtin(t, "first"), true)
	noShow := session.Closing{Outcome: session.NoShow, Screening: session.NotYet}
	if first.AsksReady(noShow) || first.ReadySettled(noShow) != "" {
		t.Errorf("a no-show: asks %v, settled %q", first.AsksReady(noShow), first.ReadySettled(noShow))
	}
	peer := EndFormOf(builtin(t, "partnership"), false)
	if peer.AsksReady(held) || peer.ReadySettled(held) != "" {
		t.Error("a peer exchange is asked whether the newcomer is ready")
	}
}
