package book

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
)

// TestPaymentNoticeGivesSeventyTwoHours keeps a payment notice's deadline
// as the instant 72 hours after it, for a coach in Berlin on both sides of
// each change of the clocks. The code before kept the end of the third
// day: a notice at 14:00 on Friday 26 March 2027 was due at midnight on
// Monday, 81 hours later, when the programme's 72 hours end at 15:00.
func TestPaymentNoticeGivesSeventyTwoHours(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(m time.Month, d, h, min int) time.Time { return time.Date(2027, m, d, h, min, 0, 0, berlin) }
	tests := []struct {
		name   string
		notice Moment
		due    time.Time
	}{
		{"a week before spring", AtInstant(at(3, 19, 14, 0)), at(3, 22, 14, 0)},
		{"across spring: an hour later on the clock", AtInstant(at(3, 26, 14, 0)), at(3, 29, 15, 0)},
		{"after spring", AtInstant(at(3, 29, 14, 0)), at(4, 1, 14, 0)},
		{"across autumn: an hour earlier on the clock", AtInstant(at(10, 29, 14, 0)), at(11, 1, 13, 0)},
		{"after autumn", AtInstant(at(11, 1, 14, 0)), at(11, 4, 14, 0)},
		{"a day alone counts from its start", OnDay(NewDate(2027, 3, 20)), at(3, 23, 0, 0)},
		{"a day alone before spring", OnDay(NewDate(2027, 3, 27)), at(3, 30, 1, 0)},
		{"a day alone before autumn", OnDay(NewDate(2027, 10, 30)), at(11, 1, 23, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := PaymentDue(tc.notice, berlin); !got.Equal(tc.due) || got.Sub(tc.notice.Start(berlin)) != 72*time.Hour {
				t.Fatalf("due %s, want %s", got, tc.due)
			}
			n := Newcomer{Name: "Olga", PaymentNotices: []Moment{tc.notice}}
			deadline := func(now time.Time, contacts ...Moment) Deadline {
				n.Contacts = contacts
				d := Deadlines(n, nil, now)
				if len(d) != 1 {
					t.Fatalf("deadlines %+v", d)
				}
				return d[0]
			}
			if d := deadline(tc.due.Add(-time.Minute)); d.Overdue || !d.Due.Equal(tc.due) {
				t.Errorf("a minute before: %+v", d)
			}
			if d := deadline(tc.due); !d.Overdue {
				t.Errorf("at the deadline: %+v, want it overdue", d)
			}
			after := tc.due.Add(time.Hour)
			inTime := AtInstant(tc.due.Add(-time.Minute))
			if d := deadline(after, inTime); d.Met != inTime || d.Overdue {
				t.Errorf("a contact a minute before: %+v", d)
			}
			late := AtInstant(tc.due)
			if d := deadline(after, late); d.Met != late {
				t.Errorf("a contact at the deadline: %+v, want it met", d)
			}
			// A contact given as a day counts from the start of its day.
			lastDay := OnDay(DateOf(tc.due.Add(-time.Minute)))
			if d := deadline(after, lastDay); d.Met != lastDay || d.Overdue {
				t.Errorf("a contact on the last day, given as a day: %+v", d)
			}
		})
	}
}

// TestAssignmentGivesThreeDays keeps an assignment's deadline as the end of
// the third day after it on the coach's clock, across the changes of the
// clocks: "within three days of the assignment".
func TestAssignmentGivesThreeDays(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	for _, tc := range []struct {
		assigned Date
		lastDay  string
		due      time.Time
	}{
		{NewDate(2027, 3, 25), "2027-03-28 (assignment)", time.Date(2027, 3, 29, 0, 0, 0, 0, berlin)},
		{NewDate(2027, 10, 28), "2027-10-31 (assignment)", time.Date(2027, 11, 1, 0, 0, 0, 0, berlin)},
	} {
		n := Newcomer{Name: "Olga", Assigned: tc.assigned}
		before := Deadlines(n, nil, tc.due.Add(-time.Minute))[0]
		at := Deadlines(n, nil, tc.due)[0]
		if !before.Due.Equal(tc.due) || before.String() != tc.lastDay || before.Overdue || !at.Overdue {
			t.Errorf("assigned %s: %s (%s), overdue a minute before %v, at it %v", tc.assigned, before.Due, before, before.Overdue, at.Overdue)
		}
	}
}

// TestWhatAnswersANotice: a contact or a booking answers a notice when it
// comes at or after it; a day given alone answers any notice of its day.
func TestWhatAnswersANotice(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	notice := time.Date(2027, 3, 26, 14, 0, 0, 0, berlin)
	now := notice.Add(48 * time.Hour)
	booking := func(booked time.Time) []Appointment {
		return []Appointment{{At: now.Add(72 * time.Hour), Booked: booked, State: Booked}}
	}
	tests := []struct {
		name     string
		contacts []Moment
		appts    []Appointment
		met      bool
	}{
		{"a contact an hour before the notice", []Moment{AtInstant(notice.Add(-time.Hour))}, nil, false},
		{"a contact an hour after", []Moment{AtInstant(notice.Add(time.Hour))}, nil, true},
		{"a contact given as the notice's day", []Moment{OnDay(DateOf(notice))}, nil, true},
		{"a contact given as the day before", []Moment{OnDay(DateOf(notice).AddDays(-1))}, nil, false},
		{"a session booked before the notice", nil, booking(notice.Add(-time.Hour)), false},
		{"a session booked after it", nil, booking(notice.Add(time.Hour)), true},
		{"a session booked, but still to come", nil, booking(now.Add(time.Hour)), false},
	}
	for _, tc := range tests {
		n := Newcomer{Name: "Olga", PaymentNotices: []Moment{AtInstant(notice)}, Contacts: tc.contacts, Appointments: tc.appts}
		if d := Deadlines(n, nil, now)[0]; d.Met.IsZero() == tc.met {
			t.Errorf("%s: met %v, want %v", tc.name, d.Met, tc.met)
		}
	}
}

// TestDeadlineWords: newcomer list's words for each kind of deadline.
func TestDeadlineWords(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	notice := time.Date(2027, 3, 26, 14, 5, 0, 0, berlin)
	n := Newcomer{Name: "Olga", Assigned: NewDate(2027, 3, 25),
		PaymentNotices: []Moment{OnDay(NewDate(2027, 3, 1)), AtInstant(notice)}}
	var got []string
	for _, d := range Deadlines(n, nil, notice) {
		got = append(got, d.String())
	}
	want := []string{
		"2027-03-28 (assignment)",
		"2027-03-04 00:00 (72 h from the start of the notice's day)",
		"2027-03-29 15:05 (72 h from the payment notice)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestMomentsInTheFile(t *testing.T) {
	paris := time.FixedZone("", 3600)
	in := []Moment{OnDay(NewDate(2026, 12, 1)), AtInstant(time.Date(2026, 12, 2, 14, 5, 59, 999, paris))}
	data, err := json.Marshal(in)
	if err != nil || string(data) != `["2026-12-01","2026-12-02T14:05:59+01:00"]` {
		t.Fatalf("%s, %v", data, err)
	}
	var out []Moment
	if err := json.Unmarshal(data, &out); err != nil || !slices.Equal(out, in) {
		t.Fatalf("read back %v, %v", out, err)
	}
	for _, bad := range []string{`["2026-12-02 14:05"]`, `["tomorrow"]`, `["2026-02-30"]`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("%s was read", bad)
		}
	}
}

// TestMomentsKeptOnce: each moment is kept once, in order; an instant
// takes the place of a day alone of its day, and a day alone adds nothing
// to a day that has a moment.
func TestMomentsKeptOnce(t *testing.T) {
	utc := func(d, h int) Moment { return AtInstant(time.Date(2026, 12, d, h, 0, 0, 0, time.UTC)) }
	day := func(d int) Moment { return OnDay(NewDate(2026, 12, d)) }
	var list []Moment
	for _, m := range []Moment{day(5), utc(3, 10), day(3), utc(5, 14), utc(5, 9), day(1), utc(3, 10), day(1)} {
		list = addMoment(list, m)
	}
	if want := []Moment{day(1), utc(3, 10), utc(5, 9), utc(5, 14)}; !slices.Equal(list, want) {
		t.Errorf("kept %v, want %v", list, want)
	}
}
