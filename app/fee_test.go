package app

import (
	"testing"

	"partnercoach/around/fees"
	"partnercoach/session"
)

// TestTheFeeKeptIsTheOneRules: the core works the fee of the session on
// show out by the one rule of around/fees, from its newcomer, number and
// script, on every path, and the record keeps it for an outcome that is
// billed. On the code before, the command line worked it out three times
// and the core kept a fee it was handed: a coaching session held with no
// newcomer was recorded at $50.
func TestTheFeeKeptIsTheOneRules(t *testing.T) {
	mine := fees.Fees{First: 3000, Later: 6000}
	tests := []struct {
		name    string
		script  string
		opts    session.Options
		fees    fees.Fees
		outcome session.Outcome
		fee     int // of the session, as the coach log shows it
		kept    int // in the record
	}{
		{"first", "first", session.Options{Newcomer: "AB", Number: 1}, fees.Default, session.Held, 2500, 2500},
		{"follow-up", "followup", session.Options{Newcomer: "AB", Number: 2}, fees.Default, session.Held, 5000, 5000},
		{"follow-up at the settings' fees", "followup", session.Options{Newcomer: "AB", Number: 4}, mine, session.Held, 6000, 6000},
		{"no-show before the first", "first", session.Options{Newcomer: "AB", Number: 1}, fees.Default, session.NoShow, 2500, 2500},
		{"no-show later", "followup", session.Options{Newcomer: "AB", Number: 3}, fees.Default, session.NoShow, 5000, 5000},
		{"rescheduled", "followup", session.Options{Newcomer: "AB", Number: 3}, fees.Default, session.Rescheduled, 5000, 0},
		{"coaching with a newcomer", "coaching", session.Options{Newcomer: "AB", Number: 3}, fees.Default, session.Held, 5000, 5000},
		{"coaching with no newcomer", "coaching", session.Options{}, fees.Default, session.Held, 0, 0},
		{"first with no newcomer named", "first", session.Options{}, fees.Default, session.Held, 2500, 2500},
		{"partnership", "partnership", session.Options{}, fees.Default, session.Held, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, tt.script), Session: tt.opts, Fees: tt.fees}, nil)
			r.run(r.c.End())
			d := r.c.LogAnswers()
			if r.c.fee() != tt.fee || d.FeeCents != tt.fee {
				t.Fatalf("fee %d, in the coach log %d; want %d", r.c.fee(), d.FeeCents, tt.fee)
			}
			d.Outcome = tt.outcome
			r.run(r.c.Finish(d))
			if len(r.keeper.Records) != 1 || r.keeper.Records[0].FeeCents != tt.kept {
				t.Fatalf("records %+v; want one, with a fee of %d", r.keeper.Records, tt.kept)
			}
		})
	}
}

// TestARehearsalIsNeverBilled: a rehearsal's fee is nothing, and nothing
// of it is recorded.
func TestARehearsalIsNeverBilled(t *testing.T) {
	opts := session.Options{Newcomer: "AB", Number: 1, Rehearsal: session.Rehearsal{Speed: 60, Origin: t0}}
	r := newRig(t, Config{Start: builtin(t, "first"), Session: opts, Fees: fees.Default}, nil)
	if r.c.fee() != 0 || r.c.FeeFor(builtin(t, "first")) != 0 {
		t.Fatalf("a rehearsal's fee is %d (%d for its script)", r.c.fee(), r.c.FeeFor(builtin(t, "first")))
	}
	r.run(r.c.End())
	r.run(r.c.Finish(r.c.LogAnswers()))
	if len(r.keeper.Records) != 0 || r.keeper.Discarded != 1 {
		t.Fatalf("a rehearsal was recorded: %+v", r.keeper.Records)
	}
}
