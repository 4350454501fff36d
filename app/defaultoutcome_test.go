package app

import (
	"testing"
	"time"

	"partnercoach/around/fees"
	"partnercoach/session"
)

// TestTheCoachLogOffersNoShowWhenTheCallNeverStarted: a session ended
// while its clock still waited for the call offers "did not come" first,
// so that Enter through the form records no held session of no length;
// once the call has started, by key or by a first change, "held" is
// offered first; an answer the coach saved is kept either way.
func TestTheCoachLogOffersNoShowWhenTheCallNeverStarted(t *testing.T) {
	for _, tt := range []struct {
		name  string
		start session.Action
		want  session.Outcome
	}{
		{"the call never started", nil, session.NoShow},
		{"the call started by key", session.StartCall{}, session.Held},
		{"the call started at a first change", session.Toggle{Item: 0}, session.Held},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, "first"), Session: session.Options{Newcomer: "AB", Number: 1}, Fees: fees.Default}, nil)
			if tt.start != nil {
				r.run(r.c.Apply(tt.start))
			}
			r.clock.Add(50 * time.Minute)
			r.run(r.c.End())
			if got := r.c.LogAnswers().Outcome; got != tt.want {
				t.Fatalf("outcome offered %q, want %q", got, tt.want)
			}
			d := r.c.LogAnswers()
			d.Outcome = session.Rescheduled
			r.run(r.c.SaveLogAnswers(d))
			if got := r.c.LogAnswers().Outcome; got != session.Rescheduled {
				t.Fatalf("after the coach chose rescheduled, %q is offered", got)
			}
		})
	}
}
