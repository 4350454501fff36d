package book

import (
	"strings"
	"testing"
	"time"

	"partnercoach/internal/filetest"
)

// standing is a newcomer with one session standing at at.
func standing(name, zone string, at time.Time) Newcomer {
	return Newcomer{Name: name, TimeZone: zone, Appointments: []Appointment{{At: at, Booked: at.AddDate(0, 0, -3), State: Booked}}}
}

// TestClashes books a session among others: sessions whose starts are
// less than an hour apart clash, by the instant, so that a change of the
// clocks between them neither hides a clash nor makes one.
func TestClashes(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(m time.Month, d, h, min int) time.Time { return time.Date(2027, m, d, h, min, 0, 0, berlin) }
	six := at(12, 10, 18, 0)
	cancelled := standing("Gone", "", six)
	cancelled.Appointments[0].State = Cancelled
	tests := []struct {
		name string
		list []Newcomer
		at   time.Time
		want []string
	}{
		// The issue: two newcomers at 18:00 and one at 18:20.
		{"the issue's three", []Newcomer{standing("Olga", "America/New_York", six), standing("Bob", "", six.Add(20*time.Minute))}, six,
			[]string{"Olga", "Bob"}},
		{"59 minutes after", []Newcomer{standing("Bob", "", six)}, six.Add(59 * time.Minute), []string{"Bob"}},
		{"an hour after", []Newcomer{standing("Bob", "", six)}, six.Add(time.Hour), nil},
		{"59 minutes before", []Newcomer{standing("Bob", "", six)}, six.Add(-59 * time.Minute), []string{"Bob"}},
		{"a session called off", []Newcomer{cancelled}, six, nil},
		{"their own session", []Newcomer{standing("cleo", "", six)}, six, nil},
		// The clocks go on at 02:00 on 28 March: 01:50 and 03:10 on the
		// clock are 20 minutes apart.
		{"across spring", []Newcomer{standing("Bob", "", at(3, 28, 1, 50))}, at(3, 28, 3, 10), []string{"Bob"}},
		// They go back at 03:00 on 31 October: 02:50 the first time and
		// 02:10 the second are 80 minutes apart.
		{"across autumn", []Newcomer{standing("Bob", "", time.Date(2027, 10, 31, 0, 50, 0, 0, time.UTC))}, time.Date(2027, 10, 31, 2, 10, 0, 0, time.UTC), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := clashes(tc.list, "Cleo", tc.at)
			if len(got) != len(tc.want) {
				t.Fatalf("clashes %+v, want %v", got, tc.want)
			}
			for i, c := range got {
				if c.Name != tc.want[i] {
					t.Errorf("clash %d is %s, want %s", i, c.Name, tc.want[i])
				}
			}
		})
	}
}

// TestAtNight reads a Berlin coach's sessions on the newcomers' clocks,
// on both sides of the changes of their clocks and the coach's: a session
// that starts from 22:00 to 07:00 for them is at night.
func TestAtNight(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(m time.Month, d, h, min int) time.Time { return time.Date(2027, m, d, h, min, 0, 0, berlin) }
	tests := []struct {
		name   string
		at     time.Time
		zone   string
		theirs string
		night  bool
	}{
		{"noon in Berlin before New York's spring", at(3, 12, 12, 0), "America/New_York", "06:00", true},
		{"noon in Berlin after it", at(3, 15, 12, 0), "America/New_York", "07:00", false},
		{"noon in Berlin before New York's autumn", at(11, 5, 12, 0), "America/New_York", "07:00", false},
		{"noon in Berlin after it", at(11, 8, 12, 0), "America/New_York", "06:00", true},
		{"18:00 in Berlin before the coach's spring", at(3, 27, 18, 0), "Asia/Kolkata", "22:30", true},
		{"18:00 in Berlin after it", at(3, 29, 18, 0), "Asia/Kolkata", "21:30", false},
		{"22:00 in Berlin before Lord Howe's autumn", at(4, 2, 22, 0), "Australia/Lord_Howe", "07:00", false},
		{"22:00 in Berlin after it", at(4, 5, 22, 0), "Australia/Lord_Howe", "06:30", true},
		{"20:00 in Berlin before Chatham's autumn", at(4, 2, 20, 0), "Pacific/Chatham", "07:45", false},
		{"20:00 in Berlin after it", at(4, 5, 20, 0), "Pacific/Chatham", "06:45", true},
		{"21:59 for them", at(6, 1, 21, 59), "Europe/Berlin", "21:59", false},
		{"22:00 for them", at(6, 1, 22, 0), "Europe/Berlin", "22:00", true},
		{"00:01 for them", at(6, 1, 0, 1), "Europe/Berlin", "00:01", true},
		{"06:59 for them", at(6, 1, 6, 59), "Europe/Berlin", "06:59", true},
		{"no zone known", at(6, 1, 3, 0), "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			theirs, night := AtNight(tc.at, tc.zone)
			if night != tc.night || (tc.theirs != "" && theirs.Format("15:04") != tc.theirs) {
				t.Errorf("AtNight = %s, %v; want %s, %v", theirs.Format("15:04"), night, tc.theirs, tc.night)
			}
		})
	}
}

// TestBookingsSayWhatTheyDid books and moves sessions through the book:
// a double booking is booked and named, a move to the session's own time
// with a new zone moves nothing, and one with no new zone is refused.
func TestBookingsSayWhatTheyDid(t *testing.T) {
	filetest.PrivateData(t)
	berlin := zone(t, "Europe/Berlin")
	now := time.Date(2027, 12, 1, 10, 0, 0, 0, berlin)
	six := time.Date(2027, 12, 10, 18, 0, 0, 0, berlin)
	for _, name := range []string{"Olga", "Bob", "Cleo"} {
		if _, err := AddNewcomer(name, DateOf(now)); err != nil {
			t.Fatal(err)
		}
	}
	mustBook := func(name string, at time.Time, zone string) Booking {
		t.Helper()
		b, _, err := Schedule(name, at, zone, now)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if b := mustBook("Olga", six, "Europe/London"); len(b.Clashes) != 0 || b.OldZone != "" || !b.ZoneChanged() {
		t.Errorf("the first booking: %+v", b)
	}
	mustBook("Bob", six.Add(20*time.Minute), "")
	b := mustBook("Cleo", six, "")
	if len(b.Clashes) != 2 || b.Clashes[0].Name != "Olga" || b.Clashes[0].Zone != "Europe/London" || b.Clashes[1].Name != "Bob" {
		t.Errorf("the third booking's clashes: %+v", b.Clashes)
	}
	// The issue: a reschedule that only changed --tz said "Moved … 18:00
	// to 18:00" and made a new event.
	b, _, err := Reschedule("Olga", six, ByCoach, "America/New_York", now)
	if err != nil {
		t.Fatal(err)
	}
	if !b.ZoneOnly || b.OldZone != "Europe/London" || b.Newcomer.TimeZone != "America/New_York" ||
		len(b.Newcomer.Appointments) != 1 || b.Appointment.State != Booked || !b.Moved.At.IsZero() {
		t.Errorf("a change of zone alone: %+v", b)
	}
	if _, _, err := Reschedule("Olga", six, ByCoach, "", now); err == nil || !strings.Contains(err.Error(), "nothing to move") {
		t.Errorf("a move to the same time: %v", err)
	}
	if _, _, err := Reschedule("Olga", six.Add(time.Hour), ByCoach, "EST", now); err == nil || !strings.Contains(err.Error(), "America/New_York") {
		t.Errorf("a move with EST: %v", err)
	}
	b, _, err = Reschedule("Olga", six.Add(2*time.Hour), ByCoach, "", now)
	if err != nil || b.ZoneOnly || !b.Moved.At.Equal(six) || !b.Appointment.At.Equal(six.Add(2*time.Hour)) || len(b.Clashes) != 0 {
		t.Errorf("a move: %+v, %v", b, err)
	}
	if b.Appointment.ID == "" || b.Appointment.ID == b.Moved.ID {
		t.Errorf("the new appointment's id %q (the moved one's %q)", b.Appointment.ID, b.Moved.ID)
	}
}
