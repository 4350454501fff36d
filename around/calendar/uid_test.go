package calendar

import (
	"slices"
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
)

// fixedNow is the clock of the UID and state tests: Friday 4 December
// 2026, 09:30 in Berlin.
func fixedNow(t *testing.T) time.Time {
	return in(t, "Europe/Berlin", 2026, 12, 4, 9, 30)
}

// uidsOf builds the calendar of the list at now and returns its UIDs by
// summary, so that a test can say which event it means.
func uidsOf(t *testing.T, list []book.Newcomer, now time.Time) map[string]string {
	t.Helper()
	events, err := Build(list, nil, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range events {
		if _, twice := out[e.Summary]; twice {
			t.Fatalf("two events are called %q", e.Summary)
		}
		out[e.Summary] = e.UID
	}
	return out
}

// alice and bob are two newcomers of the book, as the tests start them.
func alice(now time.Time) book.Newcomer {
	return book.Newcomer{ID: idA, Name: "Alice Example", Assigned: book.DateOf(now),
		PaymentNotices: []book.Moment{book.OnDay(book.DateOf(now).AddDays(1))},
		Appointments:   []book.Appointment{booked(now.Add(72*time.Hour), app1)}}
}

func bob(now time.Time) book.Newcomer {
	return book.Newcomer{ID: idB, Name: "Bob Tester", Assigned: book.DateOf(now),
		Appointments: []book.Appointment{booked(now.Add(72*time.Hour), app1)}}
}

// TestUIDsDoNotMove changes the book in the ways that moved or merged
// events before, and checks that each event that stays keeps its UID.
func TestUIDsDoNotMove(t *testing.T) {
	now := fixedNow(t)
	tests := []struct {
		name   string
		change func([]book.Newcomer) []book.Newcomer
		// stay are the summaries, before the change, of the events whose
		// UIDs must be there after it, unchanged.
		stay []string
	}{
		{"a newcomer is added before the others", func(l []book.Newcomer) []book.Newcomer {
			return append([]book.Newcomer{{ID: "cccccccccccccccc", Name: "Carla", Assigned: book.DateOf(now)}}, l...)
		}, []string{"Partnership coaching with A.E.", "Partnership coaching with B.T.", "Last day to contact B.T. (assigned 2026-12-04)"}},
		{"a name is corrected", func(l []book.Newcomer) []book.Newcomer {
			l[0].Name = "Alicia Exemplo"
			return l
		}, []string{"Partnership coaching with A.E.", "Last day to contact A.E. (assigned 2026-12-04)"}},
		{"one deadline of a day is met", func(l []book.Newcomer) []book.Newcomer {
			l[0].Contacts = []book.Moment{book.OnDay(book.DateOf(now))}
			return l
		}, []string{"Last day to contact B.T. (assigned 2026-12-04)", "Last day to contact A.E. by 00:00 (72 hours from the payment notice of 2026-12-05)"}},
		{"a payment notice comes before another", func(l []book.Newcomer) []book.Newcomer {
			l[0].PaymentNotices = append([]book.Moment{book.OnDay(book.DateOf(now))}, l[0].PaymentNotices...)
			return l
		}, []string{"Last day to contact A.E. by 00:00 (72 hours from the payment notice of 2026-12-05)"}},
		{"the list is reordered", func(l []book.Newcomer) []book.Newcomer {
			slices.Reverse(l)
			return l
		}, []string{"Partnership coaching with A.E.", "Partnership coaching with B.T.", "Last day to contact A.E. (assigned 2026-12-04)", "Last day to contact B.T. (assigned 2026-12-04)"}},
		{"a session is moved", func(l []book.Newcomer) []book.Newcomer {
			l[1].Appointments[0].State = book.Moved
			l[1].Appointments = append(l[1].Appointments, booked(now.Add(96*time.Hour), app2))
			return l
		}, []string{"Partnership coaching with A.E."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := uidsOf(t, []book.Newcomer{alice(now), bob(now)}, now)
			after := uidsOf(t, tc.change([]book.Newcomer{alice(now), bob(now)}), now)
			for _, summary := range tc.stay {
				uid := before[summary]
				if uid == "" {
					t.Fatalf("no event %q before the change: %v", summary, before)
				}
				var kept bool
				for _, u := range after {
					kept = kept || u == uid
				}
				if !kept {
					t.Errorf("%q had UID %s, which is gone after the change: %v", summary, uid, after)
				}
			}
		})
	}
}

// TestUIDsAreMadeOfIDsAlone checks each kind of UID against its rule:
// the book's ids, fixed words and days, and nothing of a name; and that
// two sessions at the same instant, booked at the same instant, get two
// UIDs.
func TestUIDsAreMadeOfIDsAlone(t *testing.T) {
	now := fixedNow(t)
	got := uidsOf(t, []book.Newcomer{alice(now), bob(now)}, now)
	want := map[string]string{
		"Partnership coaching with A.E.":                                                     "appointment-aaaaaaaaaaaaaaa1-0000000000000001@partnercoach",
		"Partnership coaching with B.T.":                                                     "appointment-bbbbbbbbbbbbbbb2-0000000000000001@partnercoach",
		"Last day to contact A.E. (assigned 2026-12-04)":                                     "contact-aaaaaaaaaaaaaaa1-assignment-20261204@partnercoach",
		"Last day to contact A.E. by 00:00 (72 hours from the payment notice of 2026-12-05)": "contact-aaaaaaaaaaaaaaa1-payment-20261205@partnercoach",
		"Last day to contact B.T. (assigned 2026-12-04)":                                     "contact-bbbbbbbbbbbbbbb2-assignment-20261204@partnercoach",
		"Send the coaching invoice":                                                          "invoice-month-end@partnercoach",
	}
	if len(got) != len(want) {
		t.Fatalf("UIDs %v, want %v", got, want)
	}
	for summary, uid := range want {
		if got[summary] != uid {
			t.Errorf("%s: UID %q, want %q", summary, got[summary], uid)
		}
		if !uidRE.MatchString(uid) {
			t.Errorf("%q is not matched by uidRE", uid)
		}
	}
}

func TestBuildRefusesEntriesWithoutIDs(t *testing.T) {
	now := fixedNow(t)
	noNewcomerID := alice(now)
	noNewcomerID.ID = ""
	noAppointmentID := alice(now)
	noAppointmentID.Appointments[0].ID = "Alice-1"
	for _, n := range []book.Newcomer{noNewcomerID, noAppointmentID} {
		if _, err := Build([]book.Newcomer{n}, nil, Options{Now: now}); err == nil || !strings.Contains(err.Error(), "no id") {
			t.Errorf("%+v: %v, want an error about the missing id", n, err)
		}
	}
}
