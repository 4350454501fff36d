package calendar

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
)

// exportAt reconciles the state with the calendar of list at now, as one
// export does, and returns what it writes: UID, SEQUENCE and STATUS of
// each event, and each event whole by UID.
func exportAt(t *testing.T, s *stateFile, list []book.Newcomer, now time.Time) ([]string, map[string]Event) {
	t.Helper()
	standing, err := Build(list, nil, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	byUID := map[string]Event{}
	for _, e := range s.reconcile(standing, now) {
		lines = append(lines, fmt.Sprintf("%s %d %s", strings.TrimSuffix(e.UID, uidDomain), e.Sequence, e.Status))
		byUID[e.UID] = e
	}
	return lines, byUID
}

// TestGoneEventsAreCancelledUntilTheirTimeHasPassed runs a newcomer's
// session through the exports of a few days: exported, cancelled,
// exported again, its time passed; and a second newcomer forgotten.
func TestGoneEventsAreCancelledUntilTheirTimeHasPassed(t *testing.T) {
	now := fixedNow(t)
	s := &stateFile{Format: stateFormat}
	a, b := alice(now), bob(now)
	afterGone := []string{
		"contact-aaaaaaaaaaaaaaa1-payment-20261205 0 ",
		"invoice-month-end 0 ",
		"appointment-aaaaaaaaaaaaaaa1-0000000000000001 1 CANCELLED",
		"contact-aaaaaaaaaaaaaaa1-assignment-20261204 1 CANCELLED",
		"appointment-bbbbbbbbbbbbbbb2-0000000000000001 1 CANCELLED",
		"contact-bbbbbbbbbbbbbbb2-assignment-20261204 1 CANCELLED",
	}
	steps := []struct {
		name string
		list []book.Newcomer
		now  time.Time
		want []string
	}{
		{"first export", []book.Newcomer{a, b}, now, []string{
			"appointment-aaaaaaaaaaaaaaa1-0000000000000001 0 CONFIRMED",
			"contact-aaaaaaaaaaaaaaa1-assignment-20261204 0 ",
			"contact-aaaaaaaaaaaaaaa1-payment-20261205 0 ",
			"appointment-bbbbbbbbbbbbbbb2-0000000000000001 0 CONFIRMED",
			"contact-bbbbbbbbbbbbbbb2-assignment-20261204 0 ",
			"invoice-month-end 0 ",
		}},
		{"Bob forgotten, Alice's session cancelled and her contact made", []book.Newcomer{cancelled(a, now)}, now.Add(time.Hour), afterGone},
		{"exported again: the same cancellations, not counted up", []book.Newcomer{cancelled(a, now)}, now.Add(2 * time.Hour), afterGone},
		// The contact-by days were Monday 7 December; the sessions were at
		// 09:30 that day. The day ends at midnight in Berlin.
		{"Monday 23:59 in Berlin: the days have not passed", []book.Newcomer{cancelled(a, now)}, in(t, "Europe/Berlin", 2026, 12, 7, 23, 59), []string{
			"contact-aaaaaaaaaaaaaaa1-payment-20261205 0 ",
			"invoice-month-end 0 ",
			"contact-aaaaaaaaaaaaaaa1-assignment-20261204 1 CANCELLED",
			"contact-bbbbbbbbbbbbbbb2-assignment-20261204 1 CANCELLED",
		}},
		{"Tuesday: all passed and forgotten", []book.Newcomer{cancelled(a, now)}, in(t, "Europe/Berlin", 2026, 12, 8, 0, 0), []string{
			"contact-aaaaaaaaaaaaaaa1-payment-20261205 0 ",
			"invoice-month-end 0 ",
		}},
	}
	for _, step := range steps {
		got, _ := exportAt(t, s, step.list, step.now)
		if strings.Join(got, "\n") != strings.Join(step.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", step.name, got, step.want)
		}
	}
	if len(s.Events) != 2 {
		t.Errorf("the state keeps %d events, want the 2 that stand: %+v", len(s.Events), s.Events)
	}
}

// cancelled is the newcomer with their session cancelled and a contact
// made on the day.
func cancelled(n book.Newcomer, now time.Time) book.Newcomer {
	n.Appointments = []book.Appointment{n.Appointments[0]}
	n.Appointments[0].State, n.Appointments[0].By, n.Appointments[0].Changed = book.Cancelled, book.ByNewcomer, now
	n.Contacts = []book.Moment{book.OnDay(book.DateOf(now))}
	return n
}

func TestAnEventThatComesBackOrMovesIsCountedUp(t *testing.T) {
	now := fixedNow(t)
	s := &stateFile{Format: stateFormat}
	a := alice(now)
	exportAt(t, s, []book.Newcomer{a}, now)
	exportAt(t, s, []book.Newcomer{cancelled(a, now)}, now)
	_, events := exportAt(t, s, []book.Newcomer{a}, now)
	if e := events["appointment-aaaaaaaaaaaaaaa1-0000000000000001@partnercoach"]; e.Sequence != 2 || e.Status != Confirmed {
		t.Errorf("booked again: sequence %d, status %s; want 2, CONFIRMED", e.Sequence, e.Status)
	}
	_, events = exportAt(t, s, []book.Newcomer{a}, now.AddDate(0, 1, 0))
	if e := events[monthEndUID]; e.Sequence != 1 || e.FirstDay != book.NewDate(2027, 1, 31) {
		t.Errorf("a month on, the month-end reminder starts %s with sequence %d; want 2027-01-31, 1", e.FirstDay, e.Sequence)
	}
}

// TestCancellationsNameNoOne checks that neither a cancellation nor the
// state file holds anything of a name: the state is saved and read back,
// and searched for each name and its initials.
func TestCancellationsNameNoOne(t *testing.T) {
	now := fixedNow(t)
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s := &stateFile{Format: stateFormat}
	exportAt(t, s, []book.Newcomer{alice(now), bob(now)}, now)
	_, events := exportAt(t, s, nil, now)
	for _, e := range events {
		if e.Status != Cancelled && e.UID != monthEndUID {
			t.Errorf("%s stands after all were forgotten", e.UID)
		}
		if e.Status == Cancelled && (e.Description != "" || e.Alarm != nil || !e.Transparent || !strings.HasPrefix(e.Summary, "Cancelled")) {
			t.Errorf("cancellation %+v", e)
		}
	}
	if err := s.save(); err != nil {
		t.Fatal(err)
	}
	back, err := readState()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(back)
	for _, word := range []string{"Alice", "Example", "Bob", "Tester", "A.E.", "B.T.", "summary", "name"} {
		if strings.Contains(strings.ToLower(string(data)), strings.ToLower(word)) {
			t.Errorf("the state holds %q: %s", word, data)
		}
	}
	if len(back.Events) != 6 {
		t.Errorf("the state read back holds %d events, want 6", len(back.Events))
	}
}

// TestCancelledSlotsDoNotPileUp books and cancels a session every day
// for ten weeks, exporting each day, and checks that the calendar and the
// state hold only what is still to come.
func TestCancelledSlotsDoNotPileUp(t *testing.T) {
	start := fixedNow(t)
	s := &stateFile{Format: stateFormat}
	n := book.Newcomer{ID: idA, Name: "AB", Assigned: book.DateOf(start), Contacts: []book.Moment{book.OnDay(book.DateOf(start))}}
	var events map[string]Event
	for day := range 70 {
		now := start.AddDate(0, 0, day)
		if k := len(n.Appointments); k > 0 {
			n.Appointments[k-1].State, n.Appointments[k-1].By, n.Appointments[k-1].Changed = book.Cancelled, book.ByCoach, now
		}
		n.Appointments = append(n.Appointments, booked(now.Add(48*time.Hour), fmt.Sprintf("%016x", day)))
		_, events = exportAt(t, s, []book.Newcomer{n}, now)
	}
	// At the last export: the session booked that day (two days ahead),
	// the one it replaced (a day ahead), the one before that (under way
	// at that very moment), and the month-end reminder.
	if len(events) != 4 || len(s.Events) != 4 {
		t.Errorf("after 70 days the calendar holds %d events and the state %d, want 4 and 4", len(events), len(s.Events))
	}
}

// TestALargeStateReadsBack saves the state of 20,000 events, more than a
// newcomer list of the largest size the store reads would make, and reads
// it back.
func TestALargeStateReadsBack(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s := &stateFile{Format: stateFormat}
	for i := range 20000 {
		s.Events = append(s.Events, exported{UID: fmt.Sprintf("appointment-%016x-%016x@partnercoach", i, i), Start: "20261207T090000Z", End: "20261207T095000Z"})
	}
	if err := s.save(); err != nil {
		t.Fatal(err)
	}
	back, err := readState()
	if err != nil || len(back.Events) != len(s.Events) {
		t.Fatalf("read back %v", err)
	}
}
