package plain

import (
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/around/fees"
	"partnercoach/session"
)

// TestCoachLogTakesReadyFromTheScreening: a newcomer screened not yet
// ready for the pool, or referred, is not asked whether they are ready
// for a partnership; the accessible mode says the screening's answer
// instead, and the record keeps no, even over a yes saved with the
// draft. On the code before, it asked, and kept the yes.
func TestCoachLogTakesReadyFromTheScreening(t *testing.T) {
	for _, tc := range []struct {
		number, saying string
		want           session.Screening
	}{
		{"2", "Ready for a partnership: no, as the screening says not yet ready for the pool.", session.NotYet},
		{"3", "Ready for a partnership: no, as the screening says referred to a therapist or a hotline.", session.Referred},
	} {
		t.Run(string(tc.want), func(t *testing.T) {
			ses := session.New(builtin(t, "first"), session.Options{Newcomer: "AB", Number: 1}, t0)
			ses.Apply(session.StartCall{}, t0)
			ses.Apply(session.End{}, t0.Add(50*time.Minute))
			ses.SetLogAnswers(session.Closing{Outcome: session.Held, Screening: session.Suitable,
				Recommendation: session.Recommendation{FurtherSessions: 1, Ready: true}})
			h := newHarness(t, app.Config{Resume: ses, Fees: fees.Fees{First: 2500, Later: 5000}}, Options{})
			mustContain(t, h.news(), "How did the session go?")
			mustContain(t, h.send(""), "Screening for the partnership pool?")
			mustContain(t, h.send(tc.number), "How many further sessions do you recommend?")
			h.send("")
			out := h.send("to listen")
			mustContain(t, out, tc.saying, "Closing note for the coach log")
			mustLack(t, out, "Ready for a partnership?")
			mustContain(t, h.send("Referred on."), "The coach log is saved as")
			r := h.keeper.Records[0]
			if r.Screening != tc.want || r.Recommendation != (session.Recommendation{FurtherSessions: 1, Learn: "to listen"}) {
				t.Fatalf("record: screening %q, recommendation %+v", r.Screening, r.Recommendation)
			}
		})
	}
}
