package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"partnercoach/app/apptest"
	"partnercoach/around/availability"
	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/around/records"
	"partnercoach/session"
)

// afterRig runs a session of the script to its end and writes its coach
// log with the outcome given, on a rig whose answers on coaching again
// go to a fake; edit changes the configuration last.
func afterRig(t *testing.T, name string, opts session.Options, outcome session.Outcome, edit func(*Config)) (*rig, *apptest.Available) {
	t.Helper()
	kept := &apptest.Available{}
	r := newRig(t, Config{Start: builtin(t, name), Session: opts, Fees: fees.Default,
		Availability: Availability{Keep: kept.Keep}}, edit)
	r.run(r.c.Apply(session.Toggle{Item: 0})) // the call starts at 10:00
	r.clock.Add(50 * time.Minute)
	r.run(r.c.End())
	d := r.c.LogAnswers()
	d.Outcome = outcome
	r.run(r.c.Finish(d))
	if r.c.Stage() != Written {
		t.Fatalf("stage %v after the coach log", r.c.Stage())
	}
	return r, kept
}

// TestWhatFollowsTheCoachLog: what the end of each kind of session shows
// once its coach log is written: the invoice line of a session billed,
// with its fee, in the words 'partnercoach invoice' lists it; why a
// session of the programme's is not billed; the question whether the
// coach is available again after every session of the programme's; and
// nothing after a rehearsal, a session between partners, a coaching
// session outside the programme, or a run that keeps nothing.
func TestWhatFollowsTheCoachLog(t *testing.T) {
	ab := func(n int) session.Options { return session.Options{Newcomer: "AB", Number: n} }
	noKeeper := func(c *Config) { c.Keeper = nil }
	noAnswerKept := func(c *Config) { c.Availability.Keep = nil }
	rehearsal := func(c *Config) { c.Session.Rehearsal = session.Rehearsal{Speed: 60, Origin: t0} }
	const ready = "Ready to submit with the invoice of November 2026 ('partnercoach invoice'); the Institute pays at the end of the month, once this session's coach log is filled in on its coach pages:"
	tests := []afterCase{
		{"first, held", "first", ab(1), session.Held, nil, ready,
			[]string{"Date        Newcomer  Session        Fee", "2026-11-22  AB        1           $25.00"}, true},
		{"follow-up, held", "followup", ab(3), session.Held, nil, ready,
			[]string{"Date        Newcomer  Session        Fee", "2026-11-22  AB        3           $50.00"}, true},
		{"no-show before the first", "first", ab(1), session.NoShow, nil, ready,
			[]string{"Date        Newcomer  Session        Fee", "2026-11-22  AB        1           $25.00  newcomer did not come (billable)"}, true},
		{"no-show later", "followup", ab(2), session.NoShow, nil, ready,
			[]string{"Date        Newcomer  Session        Fee", "2026-11-22  AB        2           $50.00  newcomer did not come (billable)"}, true},
		{"rescheduled", "followup", ab(2), session.Rescheduled, nil,
			"Not on the invoice: the session was rescheduled, so it is not billed.", nil, true},
		{"transferred", "first", ab(1), session.Transferred, nil,
			"Not on the invoice: the session was transferred or waived, so it is not billed.", nil, true},
		{"first with no newcomer named", "first", session.Options{}, session.Held, nil, ready,
			[]string{"Date        Newcomer   Session        Fee", "2026-11-22  (no name)  -           $25.00"}, true},
		{"coaching with a newcomer", "coaching", ab(2), session.Held, nil, ready,
			[]string{"Date        Newcomer  Session        Fee", "2026-11-22  AB        2           $50.00"}, true},
		{"coaching with no newcomer", "coaching", session.Options{}, session.Held, nil, "", nil, false},
		{"partnership", "partnership", session.Options{}, session.Held, nil, "", nil, false},
		{"rehearsal", "first", ab(1), session.Held, rehearsal, "", nil, false},
		{"a run that keeps nothing", "first", ab(1), session.Held, noKeeper, "", nil, false},
		{"the answer not kept by this run", "first", ab(1), session.Held, noAnswerKept, ready,
			[]string{"Date        Newcomer  Session        Fee", "2026-11-22  AB        1           $25.00"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.check)
	}
}

// afterCase is a session ended with an outcome, and what follows its
// coach log.
type afterCase struct {
	name    string
	script  string
	opts    session.Options
	outcome session.Outcome
	edit    func(*Config)
	billing string
	invoice []string // nil: no invoice line
	ask     bool
}

// check runs the session of the case to its written coach log and checks
// what follows it, and that an answer of yes is kept only when asked.
func (tt afterCase) check(t *testing.T) {
	r, kept := afterRig(t, tt.script, tt.opts, tt.outcome, tt.edit)
	a := r.c.After()
	if a.Billing != tt.billing {
		t.Errorf("billing %q, want %q", a.Billing, tt.billing)
	}
	if strings.Join(a.Invoice, "\n") != strings.Join(tt.invoice, "\n") {
		t.Errorf("invoice line\n%s\nwant\n%s", strings.Join(a.Invoice, "\n"), strings.Join(tt.invoice, "\n"))
	}
	if (a.Care != "") != a.Shown() {
		t.Errorf("the word to the coordinator %q with the steps shown: %v", a.Care, a.Shown())
	}
	if (a.Ask != "") != tt.ask || r.c.Asking() != tt.ask {
		t.Errorf("asked %q (Asking %v), want asked: %v", a.Ask, r.c.Asking(), tt.ask)
	}
	e := r.run(r.c.Available(true))
	if n := len(kept.Kept()); (n == 1) != tt.ask || len(e.Jobs) != n {
		t.Errorf("an answer of yes kept %d answers with %d jobs; asked: %v", n, len(e.Jobs), tt.ask)
	}
	if len(tt.invoice) > 0 {
		sameAsTheInvoice(t, r, a.Invoice)
	}
}

// sameAsTheInvoice checks that the invoice line is the line 'partnercoach
// invoice' prints for the session, in a month of that session alone.
func sameAsTheInvoice(t *testing.T, r *rig, line []string) {
	t.Helper()
	recs := r.keeper.Records
	inv := records.FormatInvoice(records.BuildInvoice(recs, recs[0].Started), "")
	for _, l := range line {
		if !strings.Contains(inv, l+"\n") {
			t.Errorf("the invoice lacks the line %q:\n%s", l, inv)
		}
	}
}

// TestTheInvoiceOfAnotherMonth: a session finished in the month after it
// began (a coach log written the next morning) names its month.
func TestTheInvoiceOfAnotherMonth(t *testing.T) {
	r, _ := afterRig(t, "followup", session.Options{Newcomer: "AB", Number: 2}, session.Held,
		func(c *Config) { c.Clock.(*apptest.Clock).T = time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC) })
	r.clock.T = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	want := "Ready to submit with the invoice of November 2026 ('partnercoach invoice --month 2026-11'); the Institute pays at the end of the month, once this session's coach log is filled in on its coach pages:"
	if got := r.c.After().Billing; got != want {
		t.Errorf("billing %q, want %q", got, want)
	}
}

// TestTheAnswerIsKept: an answer is kept with the time it was given, told
// once kept, read back on the start screen's line, and can be changed; a
// failure to keep it says so and what to do, never that it was kept.
func TestTheAnswerIsKept(t *testing.T) {
	before := availability.Answer{Available: true, Said: time.Date(2026, 11, 13, 18, 0, 0, 0, time.UTC)}
	r, kept := afterRig(t, "first", session.Options{Newcomer: "AB", Number: 1}, session.Held,
		func(c *Config) { c.Availability.Said = before })
	if got, want := r.c.After().Answer, "You said on Fri 13 Nov you are available to coach again."; got != want {
		t.Errorf("before the answer: %q, want %q", got, want)
	}
	e := r.c.Available(false)
	if got := r.c.After().Answer; got != "Keeping your answer…" {
		t.Errorf("while it is kept: %q", got)
	}
	if q, _ := r.c.Quit(); q.Kind != QuitAsk {
		t.Errorf("quitting while the answer is kept asks nothing: %+v", q)
	}
	r.run(e)
	got := kept.Kept()
	if len(got) != 1 || got[0].Available || !got[0].Said.Equal(r.clock.T) {
		t.Fatalf("kept %+v, want not now at %v", got, r.clock.T)
	}
	want := "Kept: you are not available to coach for now; 'partnercoach available yes' changes it."
	if a := r.c.After().Answer; a != want || strings.Join(r.notices, "|") != want {
		t.Errorf("after keeping: %q, told %q; want %q", a, r.notices, want)
	}
	if line := r.c.AvailabilityLine(); line != "You said today you are not available to coach for now." {
		t.Errorf("the start screen's line: %q", line)
	}
	if q, _ := r.c.Quit(); q.Kind != QuitNow {
		t.Errorf("quitting once it is kept asks: %+v", q)
	}

	r.run(r.c.Available(true))
	if got := kept.Kept(); len(got) != 2 || !got[1].Available {
		t.Errorf("the answer changed to yes kept %+v", got)
	}

	kept.Err = errors.New("cannot write available.json: no space left on device")
	r.run(r.c.Available(false))
	want = "Your answer could not be kept (cannot write available.json: no space left on device): 'partnercoach available no' keeps it later."
	if a := r.c.After().Answer; a != want {
		t.Errorf("after a failure: %q, want %q", a, want)
	}
	if line := r.c.AvailabilityLine(); line != "You said today you are available to coach again." {
		t.Errorf("a failed answer changed the start screen's line: %q", line)
	}
}

// TestAnAnswerKeptLateIsDropped: the result of an answer given before
// the last one changes nothing.
func TestAnAnswerKeptLateIsDropped(t *testing.T) {
	r, _ := afterRig(t, "first", session.Options{Newcomer: "AB", Number: 1}, session.Held, nil)
	first := r.c.Available(true)
	r.clock.Add(time.Second)
	second := r.c.Available(false)
	r.run(second)
	r.notices = nil
	r.run(first)
	if len(r.notices) != 0 || !strings.Contains(r.c.After().Answer, "not available") {
		t.Errorf("a late result of yes: told %q, answer %q", r.notices, r.c.After().Answer)
	}
}

// TestSaidAvailable says an answer on the start screen's day.
func TestSaidAvailable(t *testing.T) {
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 18, 30, 0, 0, time.UTC) }
	tests := []struct {
		name string
		a    availability.Answer
		want string
	}{
		{"never", availability.Answer{}, ""},
		{"yes, today", availability.Answer{Available: true, Said: day(2026, 12, 4)}, "You said today you are available to coach again."},
		{"yes, earlier", availability.Answer{Available: true, Said: day(2026, 11, 27)}, "You said on Fri 27 Nov you are available to coach again."},
		{"yes, last year", availability.Answer{Available: true, Said: day(2025, 12, 19)}, "You said on Fri 19 Dec 2025 you are available to coach again."},
		{"not now", availability.Answer{Said: day(2026, 11, 30)}, "You said on Mon 30 Nov you are not available to coach for now."},
		{"not until a day to come", availability.Answer{Said: day(2026, 11, 30), Until: book.NewDate(2027, 1, 10)},
			"You said on Mon 30 Nov you are not available to coach until Sun 10 Jan 2027."},
		{"not until today", availability.Answer{Said: day(2026, 11, 30), Until: book.NewDate(2026, 12, 4)},
			"You said on Mon 30 Nov you would be available to coach again from Fri 4 Dec: 'partnercoach available yes' says you are."},
		{"the day in the coach's zone", availability.Answer{Available: true, Said: time.Date(2026, 12, 3, 23, 30, 0, 0, time.FixedZone("", -5*3600))},
			"You said today you are available to coach again."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SaidAvailable(tt.a, now); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
