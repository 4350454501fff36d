package drafts

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/around/book"
	"partnercoach/session"
)

// goldenCase is one draft of the goldens: a coach in Berlin, a newcomer
// in New York, on 2 March 2027.
type goldenCase struct {
	name string
	kind Kind
	in   Input
}

// goldenCases are a draft of every kind, in each of its forms.
func goldenCases(t *testing.T) []goldenCase {
	berlin, ny := loc(t, "Europe/Berlin"), loc(t, "America/New_York")
	now := time.Date(2027, 3, 2, 10, 0, 0, 0, berlin)
	at := time.Date(2027, 3, 9, 13, 0, 0, 0, ny) // 19:00 in Berlin
	later := time.Date(2027, 3, 16, 13, 0, 0, 0, ny)
	base := book.Newcomer{Name: "Olga Example", Assigned: book.NewDate(2027, 2, 27), TimeZone: "America/New_York"}
	with := func(change func(*book.Newcomer)) book.Newcomer {
		n := base
		change(&n)
		return n
	}
	booked := func(n *book.Newcomer) {
		n.Appointments = []book.Appointment{{At: at, Booked: now, State: book.Booked}}
	}
	phone := book.Call{Phone: "+1 212 555 0100"}
	ended := func(state book.State, by book.Party, ahead time.Duration) func(*book.Newcomer) {
		return func(n *book.Newcomer) {
			n.Call = phone
			n.Appointments = []book.Appointment{{At: at, Booked: now, State: state, By: by, Changed: at.Add(-ahead)}}
			if state == book.Moved {
				n.Appointments = append(n.Appointments, book.Appointment{At: later, Booked: at.Add(-ahead), State: book.Booked})
			}
		}
	}
	noShow := []session.Record{held("Olga Example", time.Date(2027, 2, 28, 13, 0, 0, 0, ny), session.NoShow)}
	heldOne := []session.Record{held("Olga Example", time.Date(2027, 2, 28, 13, 0, 0, 0, ny), session.Held)}
	in := func(n book.Newcomer, recs []session.Record, clock time.Time) Input {
		return Input{Newcomer: n, Records: recs, Coach: "Ann Coach", ShortForm: "Focusing short form (I)", Now: clock}
	}
	return []goldenCase{
		{"contact_first_zone_unknown", Contact, Input{Newcomer: with(func(n *book.Newcomer) { n.TimeZone = "" }), Now: now}},
		{"contact_first_zone_kept_phone_kept", Contact, in(with(func(n *book.Newcomer) { n.Call = phone }), nil, now)},
		{"contact_pencilled_in_they_call", Contact, in(with(func(n *book.Newcomer) {
			booked(n)
			n.Call = book.Call{Handle: "Zoom: 123 456 7890", Caller: book.ByNewcomer}
		}), nil, now)},
		{"contact_after_no_show_on_session_1", Contact, in(base, noShow, now)},
		{"contact_after_payment_notice", Contact, in(with(func(n *book.Newcomer) {
			n.PaymentNotices = []book.Moment{book.OnDay(book.NewDate(2027, 3, 1))}
		}), heldOne, now)},
		{"booked_first_phone", Booked, in(with(func(n *book.Newcomer) { booked(n); n.Call = phone }), nil, now)},
		{"booked_next_nothing_kept", Booked, in(with(func(n *book.Newcomer) { booked(n); n.TimeZone = "" }), heldOne, now)},
		{"confirm_booked", Confirm, in(with(booked), nil, now)},
		{"confirm_late_no_time", Confirm, in(base, nil, now.AddDate(0, 0, 5))},
		{"reschedule_by_coach_late", Reschedule, in(with(ended(book.Moved, book.ByCoach, 5*time.Hour)), nil, at.Add(-5*time.Hour))},
		{"reschedule_by_newcomer", Reschedule, in(with(ended(book.Moved, book.ByNewcomer, 72*time.Hour)), nil, at.Add(-72*time.Hour))},
		{"cancel_by_coach_late", Cancel, in(with(ended(book.Cancelled, book.ByCoach, 3*time.Hour)), nil, at.Add(-3*time.Hour))},
		{"cancel_by_newcomer_late", Cancel, in(with(ended(book.Cancelled, book.ByNewcomer, 3*time.Hour)), nil, at.Add(-3*time.Hour))},
		// Recorded already, it is not to be recorded again (on the code
		// before, the note said to, and no-show then refused).
		{"cancel_by_newcomer_late_recorded", Cancel, in(with(ended(book.Cancelled, book.ByNewcomer, 3*time.Hour)),
			[]session.Record{held("Olga Example", at, session.NoShow)}, at.Add(time.Hour))},
		{"cancel_by_newcomer_in_time", Cancel, in(with(ended(book.Cancelled, book.ByNewcomer, 48*time.Hour)), nil, at.Add(-48*time.Hour))},
		{"transfer_with_a_booking", Transfer, in(with(booked), nil, now)},
		{"transfer_without_a_booking", Transfer, in(base, nil, now)},
	}
}

// timeCases are drafts of what a time is: a session in another year than
// now's, sessions in an hour the newcomer's clocks show twice, on both
// sides of the change, and a "move" to the same time.
func timeCases(t *testing.T) []goldenCase {
	berlin, ny := loc(t, "Europe/Berlin"), loc(t, "America/New_York")
	in := func(n book.Newcomer, clock time.Time) Input {
		return Input{Newcomer: n, Coach: "Ann Coach", ShortForm: "Focusing short form (I)", Now: clock}
	}
	at := func(when time.Time, booked time.Time) []book.Appointment {
		return []book.Appointment{{At: when, Booked: booked, State: book.Booked}}
	}
	olga := func(zone string, appts []book.Appointment) book.Newcomer {
		return book.Newcomer{Name: "Olga Example", Assigned: book.NewDate(2027, 10, 1), TimeZone: zone,
			Call: book.Call{Phone: "+1 212 555 0100"}, Appointments: appts}
	}
	december := time.Date(2027, 12, 20, 10, 0, 0, 0, berlin)
	nextYear := time.Date(2028, 1, 10, 10, 0, 0, 0, ny) // 16:00 in Berlin
	// New York's clocks go back from 02:00 EDT to 01:00 EST on 7 November
	// 2027: 01:30 comes twice, at 06:30 and 07:30 in Berlin.
	first := time.Date(2027, 11, 7, 5, 30, 0, 0, time.UTC)
	second := first.Add(time.Hour)
	october := time.Date(2027, 10, 20, 10, 0, 0, 0, berlin)
	moved := []book.Appointment{
		{At: first, Booked: october, State: book.Moved, By: book.ByCoach, Changed: october.Add(24 * time.Hour)},
		{At: second, Booked: october.Add(24 * time.Hour), State: book.Booked},
	}
	// Lord Howe's go back half an hour, from 02:00 to 01:30, on 4 April
	// 2027: 01:45 comes twice.
	lordHowe := time.Date(2027, 4, 3, 14, 45, 0, 0, time.UTC)
	march := time.Date(2027, 3, 25, 10, 0, 0, 0, berlin)
	return []goldenCase{
		{"booked_next_year", Booked, in(olga("America/New_York", at(nextYear, december)), december)},
		{"confirm_next_year", Confirm, in(olga("America/New_York", at(nextYear, december)), december)},
		{"booked_repeated_hour_first", Booked, in(olga("America/New_York", at(first, october)), october)},
		{"booked_repeated_hour_second", Booked, in(olga("America/New_York", at(second, october)), october)},
		{"reschedule_within_the_repeated_hour", Reschedule, in(olga("America/New_York", moved), october.Add(24*time.Hour))},
		{"booked_lord_howe_repeated_half_hour", Booked, in(olga("Australia/Lord_Howe", at(lordHowe, march)), march)},
		{"booked_lord_howe_after", Booked, in(olga("Australia/Lord_Howe", at(lordHowe.Add(30*time.Minute), march)), march)},
		// A book from before a change of zone alone moved nothing: the
		// draft asked to "move our session of … instead on" the same time.
		{"reschedule_after_an_old_move_to_the_same_time", Reschedule, in(olga("America/New_York", []book.Appointment{
			{At: first, Booked: october, State: book.Moved, By: book.ByCoach, Changed: october.Add(time.Hour)},
			{At: first, Booked: october.Add(time.Hour), State: book.Booked},
		}), october.Add(2*time.Hour))},
	}
}

// TestGoldenDrafts keeps every draft as the coach reads it: the message
// as printed on standard output, then the notes as printed on standard
// error. A message is not wrapped: each paragraph is one line for the
// mail program to wrap, so the goldens read the same at any width; the
// header lines fit 80 columns.
func TestGoldenDrafts(t *testing.T) {
	for _, tc := range append(goldenCases(t), timeCases(t)...) {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Make(tc.kind, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			b.WriteString(d.String())
			b.WriteString("---- notes, on standard error ----\n")
			for _, n := range d.Notes {
				b.WriteString("Note: " + n + "\n")
			}
			for _, line := range []string{"To: " + d.To, "Subject: " + d.Subject} {
				if len([]rune(line)) > 80 {
					t.Errorf("%q is wider than 80 columns", line)
				}
			}
			golden.RequireEqual(t, b.String())
		})
	}
}
