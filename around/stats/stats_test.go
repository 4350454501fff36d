package stats

import (
	"partnercoach/internal/texttest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/around/book"
	"partnercoach/script"
	"partnercoach/session"
)

// m is a script duration of whole minutes and seconds.
func m(min, sec int) script.Duration {
	return script.Duration(time.Duration(min)*time.Minute + time.Duration(sec)*time.Second)
}

// rec is a session of the newcomer on the day, with the instructions
// step taking the given time against 5 minutes planned.
func rec(name string, n int, day time.Time, outcome session.Outcome, instructions script.Duration) session.Record {
	s, fee := "followup", 5000
	if n == 1 {
		s, fee = "first", 2500
	}
	r := session.Record{Newcomer: name, Number: n, Script: s, Started: day, Ended: day.Add(15 * time.Minute), Outcome: outcome, FeeCents: fee}
	if outcome == session.Held {
		r.Steps = []session.StepRecord{
			{ID: "welcome", Title: "Welcome", Planned: m(5, 0), Actual: m(5, 20)},
			{ID: "instructions", Title: "Go over the self-guiding instructions\x1b[2J", Planned: m(5, 0), Actual: instructions},
			{ID: "feedback", Title: "Feedback", Planned: m(5, 0), Actual: m(6, 30)},
			{ID: "untimed", Title: "Notes"},
		}
		r.Ended = day.Add((m(11, 50) + instructions).D())
	}
	return r
}

// trends are the records and list of the tests: four first sessions, the
// instructions over in three of them, follow-ups, a no-show, a referral.
func trends() ([]session.Record, []book.Newcomer, time.Time) {
	day := func(mo time.Month, d int) time.Time { return time.Date(2026, mo, d, 15, 0, 0, 0, time.UTC) }
	recs := []session.Record{
		rec("AB", 1, day(9, 3), session.Held, m(8, 0)),
		rec("AB", 2, day(9, 17), session.Held, m(5, 0)),
		rec("AB", 3, day(10, 1), session.Held, m(5, 10)),
		rec("CD", 1, day(10, 8), session.Held, m(9, 0)),
		rec("CD", 2, day(10, 22), session.NoShow, 0),
		rec("EF", 1, day(11, 5), session.Held, m(7, 0)),
		rec("GH", 1, day(11, 12), session.Held, m(4, 0)),
	}
	recs[3].Recommendation.Ready = false
	recs[6].Screening = session.Referred
	now := day(11, 20)
	cancelled := book.Appointment{At: day(11, 19), Booked: day(11, 1), State: book.Cancelled, By: book.ByNewcomer, Changed: day(11, 19).Add(-3 * time.Hour)}
	list := []book.Newcomer{
		{Name: "AB", Assigned: book.NewDate(2026, 9, 1)},
		{Name: "CD", Assigned: book.NewDate(2026, 10, 1)},
		{Name: "EF", Assigned: book.NewDate(2026, 11, 1), Appointments: []book.Appointment{cancelled}},
		{Name: "IJ", Assigned: book.NewDate(2026, 11, 18)},
	}
	return recs, list, now
}

func TestBuild(t *testing.T) {
	recs, list, now := trends()
	s := Build(recs, list, book.Date{}, now)
	if s.Held != 6 || s.NoShows != 1 || s.FeeCents != 2500*4+5000*3 || s.LateCancels != 1 {
		t.Errorf("totals: %+v", s)
	}
	// Feedback runs over in every session; the instructions in three of
	// the four first sessions, by 3, 4 and 2 minutes, and in no follow-up.
	if len(s.Steps) != 3 || s.Steps[0] != (Step{"first", "feedback", "Feedback", 4, 4, 90 * time.Second}) ||
		s.Steps[1].ID != "instructions" || s.Steps[1].Script != "first" || s.Steps[1].Over != 3 || s.Steps[1].Runs != 4 ||
		s.Steps[1].AvgOver != 3*time.Minute || s.Steps[2] != (Step{"followup", "feedback", "Feedback", 2, 2, 90 * time.Second}) {
		t.Errorf("steps: %+v", s.Steps)
	}
	want := map[Stage]int{BeforeFirst: 1, FollowUps: 2, Ready: 1, Referred: 1}
	for _, st := range Stages {
		if s.ByStage[st] != want[st] {
			t.Errorf("%s: %d, want %d", st.Label(), s.ByStage[st], want[st])
		}
	}
	since := Build(recs, list, book.NewDate(2026, 11, 1), now)
	if since.Held != 2 || len(since.Months) != 1 || since.ByStage[Ready] != 1 {
		t.Errorf("since November: %+v", since)
	}
}

// peers are peer sessions between two partners that, were they counted
// as coaching, would change every count: held and not, with a fee, under
// the names of newcomers.
func peers(now time.Time) []session.Record {
	peer := func(name string, outcome session.Outcome, ready bool) session.Record {
		at := now.Add(-48 * time.Hour)
		return session.Record{Newcomer: name, Script: "partnership", Kind: string(script.Peer), Started: at,
			Ended: at.Add(50 * time.Minute), Outcome: outcome, FeeCents: 5000,
			Recommendation: session.Recommendation{Ready: ready}}
	}
	return []session.Record{
		peer("IJ", session.Held, true), peer("IJ", session.Held, false), peer("CD", session.Held, true),
		peer("EF", session.NoShow, false), peer("", session.Held, false),
	}
}

func TestPeerSessionsApart(t *testing.T) {
	recs, list, now := trends()
	alone := Build(recs, list, book.Date{}, now)
	with := Build(append(slices.Clone(recs), peers(now)...), list, book.Date{}, now)
	if with.Partnership != 4 || alone.Partnership != 0 {
		t.Errorf("partnership sessions: %d with peers, %d without; want 4 and 0", with.Partnership, alone.Partnership)
	}
	// The one a partner did not come to is counted too, on its own; on the
	// code before, it was in no count.
	if with.PartnershipMissed != 1 || alone.PartnershipMissed != 0 {
		t.Errorf("partnership sessions missed: %d with peers, %d without; want 1 and 0", with.PartnershipMissed, alone.PartnershipMissed)
	}
	if out := Format(with, 80); !strings.Contains(out, "Partnership sessions, between two partners: 4 held, 1 missed (never billed)") {
		t.Errorf("the trends do not say the partnership sessions:\n%s", out)
	}
	if with.Held != alone.Held || with.NoShows != alone.NoShows || with.FeeCents != alone.FeeCents ||
		!slices.Equal(with.Months, alone.Months) {
		t.Errorf("peer sessions counted as coaching: %+v, want %+v", with, alone)
	}
	for _, st := range Stages {
		if with.ByStage[st] != alone.ByStage[st] {
			t.Errorf("%s: %d with peer sessions, %d without", st.Label(), with.ByStage[st], alone.ByStage[st])
		}
	}
	since := Build(append(slices.Clone(recs), peers(now)...), list, book.DateOf(now), now)
	if since.Partnership != 0 {
		t.Errorf("since today: %d partnership sessions, want 0 (they were two days ago)", since.Partnership)
	}
}

func TestFormatAt80Columns(t *testing.T) {
	recs, list, now := trends()
	recs = append(recs, peers(now)...)
	got := Format(Build(recs, list, book.Date{}, now), 80)
	texttest.Fits(t, got, 80)
	texttest.Plain(t, got)
	golden.RequireEqual(t, got)
}

func TestFormatWithNothing(t *testing.T) {
	got := Format(Build(nil, nil, book.NewDate(2026, 11, 1), time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)), 80)
	for _, want := range []string{"Trends of sessions since 2026-11-01\n", "None: every step kept to its plan.", "No billable sessions."} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q:\n%s", want, got)
		}
	}
}

// TestMonthsAsHeld: a session is counted in the month of the clock it was
// held by, as the invoice bills it, wherever the coach asks from.
func TestMonthsAsHeld(t *testing.T) {
	newYork := time.FixedZone("EST", -5*3600)
	berlin := time.FixedZone("CET", 3600)
	held := func(at time.Time) session.Record {
		return session.Record{Newcomer: "AB", Script: "first", Started: at, Ended: at.Add(50 * time.Minute),
			Outcome: session.Held, FeeCents: 2500}
	}
	// 20:00 on 31 March in New York, 02:00 on 1 April in Berlin.
	recs := []session.Record{held(time.Date(2026, time.March, 31, 20, 0, 0, 0, newYork))}
	s := Build(recs, nil, book.Date{}, time.Date(2026, time.May, 1, 12, 0, 0, 0, berlin))
	if len(s.Months) != 1 || s.Months[0].Start.Format("2006-01") != "2026-03" || s.Months[0].Start.Location() != berlin {
		t.Fatalf("months: %+v; want March 2026 alone, in Berlin", s.Months)
	}
}

// TestReadyDespiteTheScreeningIsNotReady: a first session recorded as
// ready for a partnership while its screening says not yet (an older
// record, or one edited by hand) leaves its newcomer among those in
// follow-ups, not among those ready; one screened suitable and ready is
// ready.
func TestReadyDespiteTheScreeningIsNotReady(t *testing.T) {
	day := time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		screening session.Screening
		want      Stage
	}{
		{session.NotYet, FollowUps},
		{session.Suitable, Ready},
	} {
		r := rec("AB", 1, day, session.Held, m(5, 0))
		r.Screening, r.Recommendation.Ready = tt.screening, true
		if got := stageOf("AB", []session.Record{r}); got != tt.want {
			t.Errorf("screened %s, ready: stage %s, want %s", tt.screening, got.Label(), tt.want.Label())
		}
	}
}
