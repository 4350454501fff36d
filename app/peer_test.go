package app

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/around/fees"
	"partnercoach/session"
)

// TestPeerSession: a peer session has no fee, no screening and no
// recommendation; the no-show it offers is the partner's, never billed.
func TestPeerSession(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "partnership"), Fees: fees.Fees{First: 5000, Later: 5000}}, nil)
	f := r.c.EndForm()
	if !r.c.Peer() || r.c.fee() != 0 || r.c.LogAnswers().FeeCents != 0 || r.c.FirstSession() || f.Asks(session.Held) {
		t.Fatal("a peer session is not coaching")
	}
	if f.LabelOf(session.NoShow) != "My partner did not come" || f.Offers(session.Transferred) {
		t.Fatalf("outcomes %+v", f.Outcomes)
	}
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.run(r.c.End())
	r.run(r.c.Finish(session.Closing{Outcome: session.NoShow, Screening: session.Suitable,
		Recommendation: session.Recommendation{FurtherSessions: 3}}))
	rec := r.keeper.Records[0]
	if rec.FeeCents != 0 || rec.Screening != session.NotScreened || rec.Recommendation != (session.Recommendation{}) {
		t.Fatalf("record %+v", rec)
	}
	c := newRig(t, Config{Start: builtin(t, "followup"), Fees: fees.Fees{First: 5000, Later: 5000}}, nil)
	if f := c.c.EndForm(); c.c.fee() != 5000 || len(f.Outcomes) != len(session.Outcomes) || !f.Asks(session.Held) {
		t.Fatal("a coaching session keeps its fee and questions")
	}
}

// TestWarnMinutesForTheTurn: the limit is the turn the item is for.
func TestWarnMinutesForTheTurn(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "partnership")}, nil)
	ses := r.c.Session()
	for ses.Pos() < ses.Len()-1 {
		if item := warnItem(ses); item >= 0 {
			limit := ses.WarnLimit(item)
			over := strconv.Itoa(int(limit / time.Minute))
			if _, err := WarnMinutes(ses, item, over); err == nil || !strings.Contains(err.Error(), "not shorter than the turn") {
				t.Fatalf("%s minutes for a %v turn: %v", over, limit, err)
			}
			if n, err := WarnMinutes(ses, item, "2"); err != nil || n != 2 {
				t.Fatalf("2 minutes: %d, %v", n, err)
			}
			return
		}
		r.run(r.c.Apply(session.Next{}))
	}
	t.Fatal("the partnership script has a warning item")
}

// warnItem returns the current step's warning-minutes item, or -1.
func warnItem(s *session.Session) int {
	for i, it := range s.Current().Checklist {
		if it.Answer == "warning-minutes" {
			return i
		}
	}
	return -1
}

// TestCallPhrase says how the session clock stands.
func TestCallPhrase(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	if got := CallPhrase(r.c.Session(), r.clock.T); got != "starts with your first key" {
		t.Fatalf("before: %q", got)
	}
	r.clock.Add(2 * time.Minute)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	if got := CallPhrase(r.c.Session(), r.clock.T); got != "call started 10:02 at your first key" {
		t.Fatalf("after: %q", got)
	}
	e := r.run(r.c.Apply(session.Undo{}))
	if got := Undid(e.Events); !strings.Contains(got, "the session clock waits for the call again") {
		t.Fatalf("undo said %q", got)
	}
	r.run(r.c.Apply(session.StartCall{}))
	if got := CallPhrase(r.c.Session(), r.clock.T); got != "call started 10:02 by key" {
		t.Fatalf("by key: %q", got)
	}
	if got := CallPhrase(r.c.Session(), r.clock.T.Add(74*time.Hour)); got != "call started 10:02 on Sun 22 Nov by key" {
		t.Fatalf("read three days on: %q", got)
	}
}

// TestTallyCountsMarksOnlyWhenMarked: the account of a session counts
// its partnering moments only when the coach marked one; a peer session,
// where none is marked, has no count of none.
func TestTallyCountsMarksOnlyWhenMarked(t *testing.T) {
	s := session.New(builtin(t, "partnership"), session.Options{}, t0)
	if got := strings.Join(AccountOf(s, t0.Add(time.Minute)).Tally(), ", "); got != "0 notes" {
		t.Fatalf("a peer session's tally: %q", got)
	}
	s = session.New(builtin(t, "coaching"), session.Options{}, t0)
	s.Apply(session.MarkMoment{}, t0.Add(time.Minute))
	if got := strings.Join(AccountOf(s, t0.Add(2*time.Minute)).Tally(), ", "); got != "0 notes, 1 partnering moment" {
		t.Fatalf("a coaching session's tally: %q", got)
	}
}

// TestEndingAnExchangeIsAnsweredAsOne: the question before ending a peer
// session asks about the exchange, and its answer says so too.
func TestEndingAnExchangeIsAnsweredAsOne(t *testing.T) {
	for name, want := range map[string]string{"partnership": "End the exchange", "first": "End the session", "coaching": "End the session"} {
		r := newRig(t, Config{Start: builtin(t, name)}, nil)
		q, ok := r.c.Confirmation(EndSession)
		if !ok || len(q.Options) != 2 || q.Options[1].Label != want {
			t.Errorf("%s: %q answered %+v, want %q", name, q.Text, q.Options, want)
		}
	}
}
