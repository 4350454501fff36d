package drafts

import (
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
	"partnercoach/script"
	"partnercoach/session"
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

// held is a record of a session of the newcomer's with the outcome.
func held(name string, at time.Time, outcome session.Outcome) session.Record {
	return session.Record{Newcomer: name, Script: "first", Started: at, Ended: at.Add(50 * time.Minute), Outcome: outcome}
}

func TestDrafts(t *testing.T) {
	tokyo := loc(t, "Asia/Tokyo")
	now := time.Date(2026, 3, 20, 10, 0, 0, 0, tokyo)
	sat := time.Date(2026, 3, 28, 17, 0, 0, 0, tokyo) // 09:00 in Berlin, in winter time
	sun := time.Date(2026, 3, 29, 17, 0, 0, 0, tokyo) // 10:00 in Berlin, in summer time
	berta := book.Newcomer{Name: "Berta", Assigned: book.NewDate(2026, 3, 19), TimeZone: "Europe/Berlin"}
	noZone := berta
	noZone.TimeZone = ""
	booked := berta
	booked.Appointments = []book.Appointment{{At: sat, Booked: now, State: book.Booked}}
	movedBy := func(p book.Party, changed time.Time) book.Newcomer {
		n := berta
		n.Appointments = []book.Appointment{
			{At: sat, Booked: now, State: book.Moved, By: p, Changed: changed},
			{At: sun, Booked: changed, State: book.Booked},
		}
		return n
	}
	movedNoZone := movedBy(book.ByCoach, now)
	movedNoZone.TimeZone = ""
	phoned := booked
	phoned.Call = book.Call{Phone: "+49 30 1234567"}
	theyCall := booked
	theyCall.Call = book.Call{Handle: "Zoom: 123 456 7890", Caller: book.ByNewcomer}
	// Berta did not come to her first session on 10 March.
	missedFirst := []session.Record{held("berta", time.Date(2026, 3, 10, 17, 0, 0, 0, tokyo), session.NoShow)}
	heldFirst := []session.Record{held("Berta", time.Date(2026, 3, 10, 17, 0, 0, 0, tokyo), session.Held)}
	paid := berta
	paid.PaymentNotices = []book.Moment{book.OnDay(book.NewDate(2026, 3, 12))}
	peer := held("Berta", time.Date(2026, 3, 10, 17, 0, 0, 0, tokyo), session.Held)
	peer.Kind = string(script.Peer)
	tests := []struct {
		name      string
		kind      Kind
		in        Input
		want      []string
		wantNotes []string
		not       []string
	}{
		{"first contact", Contact, Input{Newcomer: noZone, Coach: "Ann", ShortForm: "Focusing Short Form (I)", Now: now},
			[]string{"To: Berta (the newcomer)\nSubject: Your Focusing partnership coaching session\n\nDear Berta,\n\nI am Ann,",
				"our first session", "Which days and times suit you? Please tell me your time zone",
				"Which phone number should I call you on?",
				`download the self-guiding short form "Focusing Short Form (I)" from the partnership site`, "With warm wishes,\nAnn\n"},
			[]string{"No number or call handle is kept", "Nothing was sent. Once you have made contact, record it with: partnercoach newcomer contacted NAME"},
			[]string{"[", "pencilled"}},
		{"contact with the zone kept does not ask for it", Contact, Input{Newcomer: berta, Coach: "Ann", ShortForm: "F", Now: now},
			[]string{"Please give them on your own clock (Europe/Berlin)."}, nil, []string{"time zone"}},
		{"contact with a time pencilled in, no settings", Contact, Input{Newcomer: phoned, Now: now},
			[]string{"I am [your name]", "I have pencilled in Sat 28 Mar 09:00 (Europe/Berlin).", "I will call you then on +49 30 1234567.", "short form [the short form]"},
			[]string{"short_form:", "coach:"}, []string{"Which phone number"}},
		{"contact after a no-show on session 1 is still before the first", Contact, Input{Newcomer: berta, Records: missedFirst, Coach: "Ann", ShortForm: "F", Now: now},
			[]string{"Subject: Your first Focusing coaching session", "our first session is still to come", "please download the self-guiding short form"},
			nil, []string{"Thank you for booking more sessions", "as before", "again"}},
		{"contact after a payment notice", Contact, Input{Newcomer: paid, Records: heldFirst, Coach: "Ann", ShortForm: "F", Now: now},
			[]string{"Subject: Your next Focusing coaching session", "Thank you for booking more sessions", `short form "F" in front of you again`},
			nil, []string{"download", "first session"}},
		{"contact after a session with no payment notice since", Contact, Input{Newcomer: berta, Records: heldFirst, Coach: "Ann", ShortForm: "F", Now: now},
			[]string{"Let us find a time for our next session"}, nil, []string{"Thank you for booking"}},
		{"a peer session is no session of theirs", Contact, Input{Newcomer: berta, Records: []session.Record{peer}, Coach: "Ann", ShortForm: "F", Now: now},
			[]string{"our first session"}, nil, []string{"next"}},
		{"booked, they call on a handle", Booked, Input{Newcomer: theyCall, Coach: "Ann", ShortForm: "F", Now: now},
			[]string{"Subject: Our coaching session is booked",
				"This is to confirm our first Focusing partnership coaching session: Sat 28 Mar 09:00 (Europe/Berlin), fifty minutes by phone. Please call me then on Zoom: 123 456 7890.",
				"please tell me at least 24 hours before: a session not called off 24 hours ahead is charged for the time."},
			[]string{"Nothing was sent."}, nil},
		{"confirm names both clocks", Confirm, Input{Newcomer: phoned, Coach: "Ann", Now: now},
			[]string{"To: the programme coordinator\nSubject: Contact made with Berta\n\nHello,\n\nI have made contact with Berta, who was assigned to me on 2026-03-19. " +
				"Our session is booked for Sat 28 Mar 17:00 my time (Asia/Tokyo, UTC+09:00), which is Sat 28 Mar 09:00 (Europe/Berlin) for Berta.\n\nWith warm wishes,\nAnn\n"},
			[]string{"within three days of the assignment: by 2026-03-22."}, []string{"+49", "my time)"}},
		{"confirm late", Confirm, Input{Newcomer: berta, Coach: "Ann", Now: now.AddDate(0, 0, 5)},
			[]string{"We are setting up a time for our session."},
			[]string{"No contact is recorded yet", "by 2026-03-22, which has passed."}, nil},
		{"reschedule by the coach over the newcomer's change of clocks", Reschedule, Input{Newcomer: movedBy(book.ByCoach, sat.Add(-5*time.Hour)), Coach: "Ann", Now: sat.Add(-5 * time.Hour)},
			[]string{"I am sorry, but I need to move our session of Sat 28 Mar 09:00 (Europe/Berlin). Could we talk on Sun 29 Mar 10:00 (Europe/Berlin) instead?"},
			[]string{"You moved it less than 24 hours ahead", "Nothing was sent."}, nil},
		{"reschedule asked by the newcomer", Reschedule, Input{Newcomer: movedBy(book.ByNewcomer, now), Coach: "Ann", Now: now},
			[]string{"As you asked, our session of Sat 28 Mar 09:00 (Europe/Berlin) has moved. The new time is Sun 29 Mar 10:00 (Europe/Berlin)."},
			nil, []string{"sorry"}},
		{"reschedule without their zone", Reschedule, Input{Newcomer: movedNoZone, Coach: "Ann", Now: now},
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

// TestConfirmCountsABookingAsContact: a session booked is a contact made,
// so the message to the coordinator no longer asks for one to be recorded
// once a session is booked; before the booking it does.
func TestConfirmCountsABookingAsContact(t *testing.T) {
	tokyo := loc(t, "Asia/Tokyo")
	now := time.Date(2026, 3, 20, 10, 0, 0, 0, tokyo)
	n := book.Newcomer{Name: "Berta", Assigned: book.NewDate(2026, 3, 19), TimeZone: "Europe/Berlin"}
	for _, tc := range []struct {
		name     string
		booked   time.Time
		wantNote bool
	}{
		{"nothing booked", time.Time{}, true},
		{"booked an hour ago", now.Add(-time.Hour), false},
		{"booked before the assignment", time.Date(2026, 3, 18, 10, 0, 0, 0, tokyo), true},
	} {
		m := n
		if !tc.booked.IsZero() {
			m.Appointments = []book.Appointment{{At: now.Add(48 * time.Hour), Booked: tc.booked, State: book.Booked}}
		}
		d, err := Make(Confirm, Input{Newcomer: m, Coach: "Ann", Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(strings.Join(d.Notes, "\n"), "No contact is recorded yet"); got != tc.wantNote {
			t.Errorf("%s: the note asking for a contact: %v, want %v (%q)", tc.name, got, tc.wantNote, d.Notes)
		}
	}
}

func TestMessagesThatNeedABooking(t *testing.T) {
	now := time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC)
	ab := book.Newcomer{Name: "AB"}
	for kind, want := range map[Kind]string{
		Reschedule: "AB has no session booked to come",
		Booked:     "AB has no session booked to come: book one with newcomer schedule",
		Cancel:     "AB has no session called off: call it off first (partnercoach newcomer cancel AB --by newcomer, or --by coach)",
	} {
		if _, err := Make(kind, Input{Newcomer: ab, Now: now}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v", kind, err)
		}
	}
	if _, err := ParseKind("invite"); err == nil || !strings.Contains(err.Error(), "contact, booked, confirm, reschedule, cancel, transfer") {
		t.Errorf("ParseKind(invite) = %v", err)
	}
	for _, k := range Kinds {
		if got, err := ParseKind(string(k)); got != k || err != nil {
			t.Errorf("ParseKind(%s) = %s, %v", k, got, err)
		}
	}
}

func TestMyClockNamesTheZone(t *testing.T) {
	at := time.Date(2026, 7, 4, 16, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		loc  *time.Location
		want string
	}{
		{loc(t, "Europe/Berlin"), "Sat 4 Jul 18:00 my time (Europe/Berlin, UTC+02:00)"},
		{loc(t, "Asia/Kolkata"), "Sat 4 Jul 21:30 my time (Asia/Kolkata, UTC+05:30)"},
		{time.FixedZone("", -4*3600), "Sat 4 Jul 12:00 my time (UTC-04:00)"},
		{time.FixedZone("EDT", -4*3600), "Sat 4 Jul 12:00 my time (EDT, UTC-04:00)"},
		{time.FixedZone("-03", -3*3600), "Sat 4 Jul 13:00 my time (UTC-03:00)"},
		{time.UTC, "Sat 4 Jul 16:00 my time (UTC+00:00)"},
	} {
		if got := myClock(at, at.In(tc.loc)); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.loc, got, tc.want)
		}
	}
}
