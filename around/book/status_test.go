package book

import (
	"partnercoach/around/fees"
	"partnercoach/around/records/recordtest"

	"testing"
	"time"

	"partnercoach/session"
)

// day is a day of November 2026.
func day(d int) Date { return NewDate(2026, time.November, d) }

// startOf is the start of a day of November 2026 (or of a later month,
// for a day past 30), on the local clock of the tests.
func startOf(d int) time.Time { return day(d).Time(time.Local) }

// sameDeadline reports whether two deadlines say the same, their instants
// compared as instants.
func sameDeadline(a, b Deadline) bool {
	return a.Reason == b.Reason && a.From == b.From && a.Due.Equal(b.Due) && a.Met == b.Met && a.Overdue == b.Overdue
}

func TestContactByDays(t *testing.T) {
	on := func(d int) Moment { return OnDay(day(d)) }
	assigned := func(d int) Deadline { return Deadline{Reason: ForAssignment, From: on(d), Due: startOf(d + 4)} }
	paid := func(d int) Deadline {
		return Deadline{Reason: ForPayment, From: on(d), Due: startOf(d).Add(72 * time.Hour)}
	}
	met := func(d Deadline, m Moment) Deadline { d.Met = m; return d }
	overdue := func(d Deadline) Deadline { d.Overdue = true; return d }
	tests := []struct {
		name     string
		n        Newcomer
		sessions []int // days of sessions on record
		now      int
		want     []Deadline
	}{
		{"assigned, waiting", Newcomer{Assigned: day(20)}, nil, 22, []Deadline{assigned(20)}},
		{"last day is not overdue", Newcomer{Assigned: day(20)}, nil, 23, []Deadline{assigned(20)}},
		{"the day after is", Newcomer{Assigned: day(20)}, nil, 24, []Deadline{overdue(assigned(20))}},
		{"contact in time", Newcomer{Assigned: day(20), Contacts: []Moment{on(22)}}, nil, 28, []Deadline{met(assigned(20), on(22))}},
		{"contact on the day", Newcomer{Assigned: day(20), Contacts: []Moment{on(20)}}, nil, 28, []Deadline{met(assigned(20), on(20))}},
		{"contact before the assignment does not count", Newcomer{Assigned: day(20), Contacts: []Moment{on(19)}}, nil, 24, []Deadline{overdue(assigned(20))}},
		{"late contact meets it, late", Newcomer{Assigned: day(20), Contacts: []Moment{on(25)}}, nil, 26, []Deadline{met(assigned(20), on(25))}},
		{"a contact still to come does not count", Newcomer{Assigned: day(20), Contacts: []Moment{on(26)}}, nil, 24, []Deadline{overdue(assigned(20))}},
		{"a session is a contact", Newcomer{Assigned: day(20)}, []int{21}, 28, []Deadline{met(assigned(20), AtInstant(recordtest.Noon(21)))}},
		// The Olga: assigned on the 25th, her session booked on the
		// 26th for 10 December; the list still said OVERDUE on the 29th.
		{"a session booked is a contact", Newcomer{Assigned: day(25), Appointments: []Appointment{{At: recordtest.Noon(40), Booked: recordtest.Noon(26), State: Booked}}}, nil, 29,
			[]Deadline{met(assigned(25), AtInstant(recordtest.Noon(26)))}},
		{"a payment notice wants a new contact", Newcomer{Assigned: day(1), Contacts: []Moment{on(2)}, PaymentNotices: []Moment{on(10)}}, []int{5}, 14,
			[]Deadline{met(assigned(1), on(2)), overdue(paid(10))}},
		{"a payment notice answered", Newcomer{Assigned: day(1), Contacts: []Moment{on(2), on(11)}, PaymentNotices: []Moment{on(10)}}, nil, 14,
			[]Deadline{met(assigned(1), on(2)), met(paid(10), on(11))}},
		{"a notice given as a day ends 72 hours from its start", Newcomer{Assigned: day(1), Contacts: []Moment{on(1)}, PaymentNotices: []Moment{on(10)}}, nil, 12,
			[]Deadline{met(assigned(1), on(1)), paid(10)}},
		{"a notice across the month", Newcomer{Assigned: day(1), Contacts: []Moment{on(1)}, PaymentNotices: []Moment{on(29)}}, nil, 30,
			[]Deadline{met(assigned(1), on(1)), paid(29)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.n.Name = "AB"
			var recs []session.Record
			for _, d := range tc.sessions {
				recs = append(recs, recordtest.Simple("r", "ab", 1, recordtest.Noon(d), session.Held, 2500))
			}
			recs = append(recs, recordtest.Simple("other", "CD", 1, recordtest.Noon(tc.now), session.Held, 2500))
			got := Deadlines(tc.n, recs, recordtest.Noon(tc.now))
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v\nwant %+v", got, tc.want)
			}
			for i := range got {
				if !sameDeadline(got[i], tc.want[i]) {
					t.Errorf("deadline %d: got %+v\nwant %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestPending(t *testing.T) {
	due := startOf(24)
	onTime := Deadline{Due: due, Met: OnDay(day(23))}
	s := Status{Deadlines: []Deadline{onTime, {Reason: ForPayment, Due: startOf(30), Overdue: true}}}
	if d, ok := s.Pending(); !ok || !d.Due.Equal(startOf(30)) {
		t.Errorf("Pending %+v %v", d, ok)
	}
	if _, ok := (Status{Deadlines: []Deadline{onTime}}).Pending(); ok {
		t.Error("a met deadline is pending")
	}
}

func TestNextSession(t *testing.T) {
	held := func(name string) session.Record {
		return recordtest.Simple("r", name, 0, recordtest.Noon(1), session.Held, 0)
	}
	with := func(name string, o session.Outcome) session.Record {
		return recordtest.Simple("r", name, 0, recordtest.Noon(1), o, 0)
	}
	tests := []struct {
		name string
		recs []session.Record
		fees fees.Fees
		want fees.Next
	}{
		{"none yet", nil, fees.Default, fees.Next{Number: 1, Script: "first", FeeCents: 2500}},
		{"after one", []session.Record{held("AB")}, fees.Default, fees.Next{Number: 2, Script: "followup", FeeCents: 5000}},
		{"names match in any case", []session.Record{held("ab"), held(" Ab ")}, fees.Default, fees.Next{Number: 3, Script: "followup", FeeCents: 5000}},
		{"a no-show keeps the number", []session.Record{held("AB"), with("AB", session.NoShow)}, fees.Default, fees.Next{Number: 2, Script: "followup", FeeCents: 5000}},
		{"rescheduled and transferred do not", []session.Record{with("AB", session.Rescheduled), with("AB", session.Transferred)}, fees.Default, fees.Next{Number: 1, Script: "first", FeeCents: 2500}},
		{"others' sessions do not", []session.Record{held("CD"), held("ABC")}, fees.Default, fees.Next{Number: 1, Script: "first", FeeCents: 2500}},
		{"fees from settings", []session.Record{held("AB")}, fees.Fees{First: 3000, Later: 6000}, fees.Next{Number: 2, Script: "followup", FeeCents: 6000}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fees.NextSession("AB", tc.recs, tc.fees); got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestStatusesIncludeNewcomersKnownOnlyFromRecords(t *testing.T) {
	list := []Newcomer{{Name: "Zed", Assigned: day(2)}, {Name: "AB", Assigned: day(10)}}
	recs := []session.Record{
		recordtest.Simple("1", "ab", 1, recordtest.Noon(11), session.Held, 2500),
		recordtest.Simple("2", "XY", 1, recordtest.Noon(12), session.Held, 2500),
		recordtest.Simple("3", "", 1, recordtest.Noon(12), session.Held, 2500),
	}
	got := Statuses(list, recs, fees.Default, recordtest.Noon(20))
	if len(got) != 3 {
		t.Fatalf("statuses %+v", got)
	}
	for i, want := range []struct {
		name   string
		listed bool
		held   int
	}{{"Zed", true, 0}, {"AB", true, 1}, {"XY", false, 1}} {
		if got[i].Name != want.name || got[i].Listed != want.listed || got[i].Held != want.held {
			t.Errorf("status %d: %+v, want %+v", i, got[i], want)
		}
	}
	if len(got[2].Deadlines) != 0 {
		t.Errorf("an unlisted newcomer has deadlines: %+v", got[2].Deadlines)
	}
}

func TestDates(t *testing.T) {
	d, err := ParseDate("2026-02-28")
	if err != nil || d.AddDays(1) != NewDate(2026, 3, 1) || d.String() != "2026-02-28" {
		t.Fatalf("%v %v", d, err)
	}
	for _, bad := range []string{"2026-2-28", "28/02/2026", "2026-02-30", ""} {
		if _, err := ParseDate(bad); err == nil || err.Error() != `expected a date such as 2026-11-22, got "`+bad+`"` {
			t.Errorf("ParseDate(%q): %v", bad, err)
		}
	}
	// A session late in the evening falls on the coach's day, not UTC's.
	loc := time.FixedZone("west", -8*3600)
	if got := DateOf(time.Date(2026, 11, 22, 23, 30, 0, 0, loc)); got != day(22) {
		t.Errorf("DateOf = %v", got)
	}
}

func TestANoShowIsCountedAsANoShowNotAsHeld(t *testing.T) {
	recs := []session.Record{
		recordtest.Simple("1", "AB", 1, recordtest.Noon(11), session.Held, 2500),
		recordtest.Simple("2", "AB", 2, recordtest.Noon(12), session.NoShow, 5000),
		recordtest.Simple("3", "AB", 0, recordtest.Noon(13), session.Rescheduled, 0),
	}
	s := StatusOf(Newcomer{Name: "AB", Assigned: day(10)}, recs, fees.Default, recordtest.Noon(20))
	if s.Held != 1 || s.NoShows != 1 || s.Next.Number != 2 {
		t.Fatalf("held %d, no-shows %d, next %d; want 1, 1 and 2: a no-show keeps the number", s.Held, s.NoShows, s.Next.Number)
	}
}
