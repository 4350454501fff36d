package app

import (
	"slices"
	"testing"

	"partnercoach/session"
)

// TestEndFormByKind: what the end of a session asks follows the kind of
// session: a newcomer's coaching asks the coach log's questions, a
// coaching session with a client and a peer exchange ask their own.
func TestEndFormByKind(t *testing.T) {
	for _, tt := range []struct {
		script, name         string
		outcomes             []string
		screens, asks, ready bool
		further              string
	}{
		{"first", "Coach log", []string{"Held", "Newcomer did not come (billable)", "Rescheduled", "Transferred or waived"},
			true, true, true, "How many further sessions do you recommend?"},
		{"followup", "Coach log", []string{"Held", "Newcomer did not come (billable)", "Rescheduled", "Transferred or waived"},
			false, true, true, "How many further sessions do you recommend?"},
		{"coaching", "Session log", []string{"Held", "Rescheduled", "The client did not come"},
			false, true, false, "How many further sessions did you agree with the client?"},
		{"partnership", "After the exchange", []string{"We had the exchange", "We moved it to another time", "My partner did not come"},
			false, false, false, ""},
	} {
		t.Run(tt.script, func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, tt.script)}, nil)
			f := r.c.EndForm()
			var labels []string
			for _, o := range f.Outcomes {
				labels = append(labels, o.Label)
			}
			if f.Name != tt.name || !slices.Equal(labels, tt.outcomes) {
				t.Errorf("named %q, offering %q; want %q, %q", f.Name, labels, tt.name, tt.outcomes)
			}
			if f.Screening(session.Held) != tt.screens || f.Asks(session.Held) != tt.asks || (f.Ready != "") != tt.ready ||
				f.Further != tt.further {
				t.Errorf("screens %v, asks %v, ready %q, further %q", f.Screening(session.Held), f.Asks(session.Held), f.Ready, f.Further)
			}
			if f.Asks(session.Rescheduled) || f.Screening(session.Rescheduled) {
				t.Error("a session not held is asked its recommendation or screening")
			}
		})
	}
}

// TestEndFormCallsBillableOnlyWhatIsBilled: a coaching session with no
// newcomer is not billed, so a client who did not come is not
// "billable"; with a newcomer named it is billed, and says so.
func TestEndFormCallsBillableOnlyWhatIsBilled(t *testing.T) {
	for _, tt := range []struct {
		who  string
		want string
	}{{"", "The client did not come"}, {"Ann Lee", "The client did not come (billable)"}} {
		r := newRig(t, Config{Start: builtin(t, "coaching"), Session: session.Options{Newcomer: tt.who}}, nil)
		if got := r.c.EndForm().LabelOf(session.NoShow); got != tt.want {
			t.Errorf("with newcomer %q: a no-show is %q, want %q", tt.who, got, tt.want)
		}
	}
}

// TestEndFormSaysWhereItIsKept: the end of a session says its answers
// stay on this machine only when the run writes its record; a rehearsal
// and a run that keeps nothing say that nothing is kept, and which of the
// two it is (the head fits in 80 columns).
func TestEndFormSaysWhereItIsKept(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts session.Options
		edit func(*Config)
		want string
	}{
		{"kept", session.Options{}, nil, "stays on this machine"},
		{"rehearsal", session.Options{Rehearsal: session.Rehearsal{Speed: 60}}, nil, "is not kept (a rehearsal)"},
		{"no save", session.Options{}, func(c *Config) { c.Keeper = nil }, "is not kept (--no-save)"},
	} {
		r := newRig(t, Config{Start: builtin(t, "first"), Session: tt.opts}, tt.edit)
		if got := r.c.EndForm().Private; got != "It is confidential and "+tt.want {
			t.Errorf("%s: the closing note says %q", tt.name, got)
		}
		if got := r.c.Confidential(); got != "Session content is confidential: the coach log "+tt.want+"." || len(got) > 80 {
			t.Errorf("%s: the head says %q", tt.name, got)
		}
	}
}

// TestClientSessionKeepsWhatItAsks: a client's coaching session keeps
// the further sessions agreed, and nothing of the partnership questions
// it does not ask, whatever a form sent.
func TestClientSessionKeepsWhatItAsks(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "coaching"), Session: session.Options{Newcomer: "Ann Lee", Number: 1}}, nil)
	if r.c.FirstSession() {
		t.Fatal("a client's session screens for the partnership pool")
	}
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.run(r.c.End())
	r.run(r.c.Finish(session.Closing{Outcome: session.Held, Screening: session.Suitable,
		Recommendation: session.Recommendation{FurtherSessions: 4, Learn: "x", Ready: true}}))
	rec := r.keeper.Records[0]
	if rec.Screening != session.NotScreened || rec.Recommendation != (session.Recommendation{FurtherSessions: 4}) {
		t.Fatalf("record %+v", rec)
	}
}
