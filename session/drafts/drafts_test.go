package drafts

import (
	"strings"
	"testing"
	"time"

	"partnercoach/session/store"
)

// loc loads a zone or fails the test.
func loc(t *testing.T, name string) *time.Location {
	t.Helper()
	l, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestDrafts(t *testing.T) {
	tokyo := loc(t, "Asia/Tokyo")
	now := time.Date(2026, 3, 20, 10, 0, 0, 0, tokyo)
	sat := time.Date(2026, 3, 28, 17, 0, 0, 0, tokyo) // 09:00 in Berlin, in winter time
	sun := time.Date(2026, 3, 29, 17, 0, 0, 0, tokyo) // 10:00 in Berlin, in summer time
	berta := store.Newcomer{Name: "Berta", Assigned: store.NewDate(2026, 3, 19), TimeZone: "Europe/Berlin"}
	booked := berta
	booked.Appointments = []store.Appointment{{At: sat, Booked: now, State: store.Booked}}
	movedBy := func(p store.Party, changed time.Time) store.Newcomer {
		n := berta
		n.Appointments = []store.Appointment{
			{At: sat, Booked: now, State: store.Moved, By: p, Changed: changed},
			{At: sun, Booked: changed, State: store.Booked},
		}
		return n
	}
	noZone := movedBy(store.ByCoach, now)
	noZone.TimeZone = ""
	tests := []struct {
		name      string
		kind      Kind
		in        Input
		want      []string
		wantNotes []string
		not       []string
	}{
		{"first contact", Contact, Input{Newcomer: berta, Coach: "Ann", ShortForm: "Focusing Short Form (I)", Now: now},
			[]string{"To: Berta (the newcomer)\nSubject: Your Focusing partnership coaching session\n\nDear Berta,\n\nI am Ann,",
				"our first session", "Which days and times suit you? Please tell me your time zone",
				`download the self-guiding short form "Focusing Short Form (I)" from the partnership site`, "With warm wishes,\nAnn\n"},
			[]string{"Nothing was sent. Once you have made contact, record it with: partnercoach newcomer contacted NAME"},
			[]string{"[", "pencilled"}},
		{"contact with a time pencilled in, no settings", Contact, Input{Newcomer: booked, Now: now},
			[]string{"I am [your name]", "I have pencilled in Sat 28 Mar 09:00 (Europe/Berlin).", "short form [the short form]"},
			[]string{"short_form:", "coach:"}, nil},
		{"contact after a payment notice", Contact, Input{Newcomer: berta, Held: 1, Coach: "Ann", ShortForm: "F", Now: now},
			[]string{"Subject: Your next Focusing coaching session", "Thank you for booking more sessions", `short form "F" in front of you again`},
			nil, []string{"download", "first session"}},
		{"confirm", Confirm, Input{Newcomer: booked, Coach: "Ann", Now: now},
			[]string{"To: the programme coordinator\nSubject: Contact made with Berta\n\nHello,\n\nI have made contact with Berta, who was assigned to me on 2026-03-19. Our session is booked for Sat 28 Mar 17:00 (my time).\n\nWith warm wishes,\nAnn\n"},
			[]string{"No contact is recorded yet", "within three days of the assignment: by 2026-03-22."}, nil},
		{"confirm late", Confirm, Input{Newcomer: berta, Coach: "Ann", Now: now.AddDate(0, 0, 5)},
			[]string{"We are setting up a time for our session."},
			[]string{"by 2026-03-22, which has passed."}, nil},
		{"reschedule by the coach over the newcomer's change of clocks", Reschedule, Input{Newcomer: movedBy(store.ByCoach, sat.Add(-5*time.Hour)), Coach: "Ann", Now: sat.Add(-5 * time.Hour)},
			[]string{"I am sorry, but I need to move our session of Sat 28 Mar 09:00 (Europe/Berlin). Could we talk on Sun 29 Mar 10:00 (Europe/Berlin) instead?"},
			[]string{"You moved it less than 24 hours ahead", "Nothing was sent."}, nil},
		{"reschedule asked by the newcomer", Reschedule, Input{Newcomer: movedBy(store.ByNewcomer, now), Coach: "Ann", Now: now},
			[]string{"As you asked, our session of Sat 28 Mar 09:00 (Europe/Berlin) has moved. The new time is Sun 29 Mar 10:00 (Europe/Berlin)"},
			nil, []string{"sorry"}},
		{"reschedule without their zone", Reschedule, Input{Newcomer: noZone, Coach: "Ann", Now: now},
			[]string{"Could we talk on Sun 29 Mar 17:00 (UTC+09:00) instead?"},
			[]string{"Their time zone is not known"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Make(tc.kind, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			text, notes := d.String(), strings.Join(d.Notes, "\n")
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("the message lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tc.wantNotes {
				if !strings.Contains(notes, w) {
					t.Errorf("the notes lack %q:\n%s", w, notes)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(text, w) {
					t.Errorf("the message holds %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestRescheduleNeedsABooking(t *testing.T) {
	_, err := Make(Reschedule, Input{Newcomer: store.Newcomer{Name: "AB"}, Now: time.Now()})
	if err == nil || !strings.Contains(err.Error(), "AB has no session booked to come") {
		t.Errorf("err = %v", err)
	}
	if _, err := ParseKind("invite"); err == nil {
		t.Error("ParseKind took invite")
	}
}
