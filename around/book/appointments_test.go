package book

import (
	"partnercoach/internal/filetest"
	"partnercoach/internal/safefile"

	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// zone loads a time zone from the embedded database or fails the test.
func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestParseWhen(t *testing.T) {
	ny := zone(t, "America/New_York")
	tests := []struct {
		in      string
		want    string // RFC 3339, or "" for an error
		wantErr string
	}{
		{"2026-03-07 09:00", "2026-03-07T09:00:00-05:00", ""},
		{" 2026-03-09 09:00 ", "2026-03-09T09:00:00-04:00", ""},
		{"2026-03-28T09:00:00+01:00", "2026-03-28T09:00:00+01:00", ""},
		// The clocks go from 02:00 to 03:00 on 8 March 2026 in New York.
		{"2026-03-08 02:30", "", "does not exist in your time zone"},
		// They go back from 02:00 to 01:00 on 1 November 2026.
		{"2026-11-01 01:30", "", "happens twice in your time zone (the clocks go back); give it with its offset, such as 2026-11-01T01:30:00-04:00 or 2026-11-01T01:30:00-05:00"},
		{"2026-11-01T01:30:00-05:00", "2026-11-01T01:30:00-05:00", ""},
		{"tomorrow at nine", "", `expected a time such as "2026-03-28 09:00" (your time)`},
		{"2026-02-30 09:00", "", "expected a time such as"},
	}
	for _, tc := range tests {
		got, err := ParseWhen(tc.in, ny)
		switch {
		case tc.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseWhen(%q) = %v, %v; want an error with %q", tc.in, got, err, tc.wantErr)
			}
		case err != nil || got.Format(time.RFC3339) != tc.want:
			t.Errorf("ParseWhen(%q) = %v, %v; want %s", tc.in, got.Format(time.RFC3339), err, tc.want)
		}
	}
}

// TestFormatWhenAcrossDaylightSaving shows an appointment at the same
// local time for one side on either side of a change of the clocks on
// the other side only, and the other way round.
func TestFormatWhenAcrossDaylightSaving(t *testing.T) {
	tests := []struct {
		name        string
		coach, when string
		them        string
		want        string
	}{
		// The example: Berlin moves to summer time at 01:00 UTC
		// on 28 March 2027; New York moved on 14 March.
		{"newcomer's clocks change that night", "America/New_York", "2027-03-28 03:00", "Europe/Berlin", "Sun 28 Mar 03:00 (09:00 for them, Europe/Berlin)"},
		{"a week before", "America/New_York", "2027-03-21 03:00", "Europe/Berlin", "Sun 21 Mar 03:00 (08:00 for them, Europe/Berlin)"},
		// Tokyo keeps one time all year; Berlin changes on 29 March 2026.
		{"newcomer's zone only, before", "Asia/Tokyo", "2026-03-28 17:00", "Europe/Berlin", "Sat 28 Mar 17:00 (09:00 for them, Europe/Berlin)"},
		{"newcomer's zone only, after", "Asia/Tokyo", "2026-03-29 17:00", "Europe/Berlin", "Sun 29 Mar 17:00 (10:00 for them, Europe/Berlin)"},
		// London changes on 29 March 2026; Kolkata never does.
		{"coach's zone only, before", "Europe/London", "2026-03-28 09:00", "Asia/Kolkata", "Sat 28 Mar 09:00 (14:30 for them, Asia/Kolkata)"},
		{"coach's zone only, after", "Europe/London", "2026-03-29 09:00", "Asia/Kolkata", "Sun 29 Mar 09:00 (13:30 for them, Asia/Kolkata)"},
		// Their day is the day before.
		{"another day for them", "Asia/Tokyo", "2026-03-28 08:00", "America/Los_Angeles", "Sat 28 Mar 08:00 (Fri 27 Mar 16:00 for them, America/Los_Angeles)"},
		{"zone not known", "Asia/Tokyo", "2026-03-28 08:00", "", "Sat 28 Mar 08:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc := zone(t, tc.coach)
			at, err := ParseWhen(tc.when, loc)
			if err != nil {
				t.Fatal(err)
			}
			if got := FormatWhen(at, at.In(loc), tc.them); got != tc.want {
				t.Errorf("FormatWhen = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFormatTheirs(t *testing.T) {
	ny := zone(t, "America/New_York")
	at := time.Date(2027, 3, 28, 3, 0, 0, 0, ny)
	if got, ok := FormatTheirs(at, at.In(ny), "Europe/Berlin"); got != "Sun 28 Mar 09:00 (Europe/Berlin)" || !ok {
		t.Errorf("FormatTheirs = %q, %v", got, ok)
	}
	if got, ok := FormatTheirs(at, at.In(ny), ""); got != "Sun 28 Mar 03:00 (UTC-04:00)" || ok {
		t.Errorf("FormatTheirs without a zone = %q, %v", got, ok)
	}
}

func TestScheduleRescheduleCancel(t *testing.T) {
	filetest.PrivateData(t)
	ny := zone(t, "America/New_York")
	now := time.Date(2027, 3, 20, 10, 0, 0, 0, ny)
	if _, err := AddNewcomer("AB", DateOf(now)); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2027, 3, 28, 3, 0, 0, 0, ny)
	if _, _, err := Schedule("ab", at, "Europe/Berlin", now); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Schedule("AB", at.Add(time.Hour), "", now); err == nil || !strings.Contains(err.Error(), "already has a session booked for Sun 28 Mar 03:00 (09:00 for them, Europe/Berlin)") {
		t.Errorf("a second booking: %v", err)
	}
	if _, _, err := Schedule("AB", now.Add(-time.Minute), "", now); err == nil {
		t.Error("a time already past was booked")
	}
	if _, _, err := Schedule("AB", at, "Mars/Olympus", now); err == nil || !strings.Contains(err.Error(), "not a time zone name") {
		t.Errorf("a bad zone: %v", err)
	}
	if _, _, err := Schedule("CD", at, "", now); err == nil || !strings.Contains(err.Error(), "no newcomer is called") {
		t.Errorf("an unknown newcomer: %v", err)
	}

	// The coach moves it 10 hours ahead: against the rule, not billable.
	b, _, err := Reschedule("AB", at.Add(24*time.Hour), ByCoach, "", at.Add(-10*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	moved := b.Moved
	if !moved.AgainstRule() || moved.Billable() || moved.State != Moved || !moved.At.Equal(at) {
		t.Errorf("moved by the coach inside 24 hours: %+v", moved)
	}
	// The newcomer cancels the new time 30 hours ahead: in time.
	cancelled, _, err := Cancel("AB", ByNewcomer, at.Add(-6*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if cancelled.Late() || cancelled.Billable() || cancelled.AgainstRule() {
		t.Errorf("cancelled 30 hours ahead: %+v", cancelled)
	}
	if _, _, err := Cancel("AB", ByNewcomer, at); err == nil || !strings.Contains(err.Error(), "no session booked") {
		t.Errorf("cancelling nothing: %v", err)
	}

	list, _, _ := ListNewcomers()
	n := list[0]
	if n.TimeZone != "Europe/Berlin" || len(n.Appointments) != 2 {
		t.Fatalf("kept: %+v", n)
	}
	if _, ok := n.Current(); ok {
		t.Error("a cancelled appointment still stands")
	}
}

func TestLateChanges(t *testing.T) {
	at := time.Date(2026, 3, 29, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		ahead                  time.Duration
		by                     Party
		late, billable, breach bool
	}{
		{25 * time.Hour, ByNewcomer, false, false, false},
		{24 * time.Hour, ByNewcomer, false, false, false},
		{24*time.Hour - time.Second, ByNewcomer, true, true, false},
		{time.Hour, ByCoach, true, false, true},
		{-time.Hour, ByNewcomer, true, true, false},
		{48 * time.Hour, ByCoach, false, false, false},
	}
	for _, tc := range tests {
		a := Appointment{At: at, State: Cancelled, By: tc.by, Changed: at.Add(-tc.ahead)}
		if a.Late() != tc.late || a.Billable() != tc.billable || a.AgainstRule() != tc.breach {
			t.Errorf("%v ahead by %s: late %v billable %v against %v", tc.ahead, tc.by, a.Late(), a.Billable(), a.AgainstRule())
		}
	}
}

func TestMissed(t *testing.T) {
	at := time.Date(2026, 3, 29, 9, 0, 0, 0, time.UTC)
	n := Newcomer{Name: "AB", Appointments: []Appointment{{At: at, Booked: at.AddDate(0, 0, -5), State: Booked}}}
	held := []session.Record{{Newcomer: "ab", Started: at.Add(5 * time.Minute), Outcome: session.Held}}
	other := []session.Record{{Newcomer: "CD", Started: at, Outcome: session.Held}}
	tests := []struct {
		name string
		recs []session.Record
		now  time.Time
		want bool
	}{
		{"still to come", nil, at.Add(-time.Hour), false},
		{"just passed", nil, at.Add(time.Hour), false},
		{"long passed, nothing on record", nil, at.Add(13 * time.Hour), true},
		{"long passed, someone else's session", other, at.Add(13 * time.Hour), true},
		{"held", held, at.Add(13 * time.Hour), false},
	}
	for _, tc := range tests {
		if _, got := Missed(n, tc.recs, tc.now); got != tc.want {
			t.Errorf("%s: missed %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDamagedAppointment(t *testing.T) {
	filetest.PrivateData(t)
	data := `{
  "format": 1,
  "newcomers": [
    {
      "name": "AB",
      "assigned": "2027-03-01",
      "time_zone": "Europe/Berlin",
      "appointments": [
        {"at": "2027-03-28T03:00:00-04:00", "booked": "2027-03-20T10:00:00-04:00", "state": "gone"}
      ]
    }
  ]
}
`
	if err := safefile.WriteFile(listPath(), []byte(data)); err != nil {
		t.Fatal(err)
	}
	_, problems, err := ListNewcomers()
	if err != nil || len(problems) != 1 {
		t.Fatalf("problems %v, %v", problems, err)
	}
	if got := problems[0].Error(); !strings.Contains(got, `newcomers.json:5:`) || !strings.Contains(got, `state "gone" is not one of booked, cancelled, rescheduled`) {
		t.Errorf("problem: %s", got)
	}
}

func TestChargeable(t *testing.T) {
	at := time.Date(2026, 3, 29, 9, 0, 0, 0, time.UTC)
	lateByNewcomer := Appointment{At: at, Booked: at.AddDate(0, 0, -5), State: Cancelled, By: ByNewcomer, Changed: at.Add(-2 * time.Hour)}
	lateByCoach := lateByNewcomer
	lateByCoach.By = ByCoach
	inTime := lateByNewcomer
	inTime.Changed = at.AddDate(0, 0, -2)
	missed := Appointment{At: at, Booked: at.AddDate(0, 0, -5), State: Booked}
	noShow := []session.Record{{Newcomer: "AB", Started: at, Outcome: session.NoShow}}
	tests := []struct {
		name string
		a    Appointment
		recs []session.Record
		want bool
	}{
		{"cancelled late by the newcomer", lateByNewcomer, nil, true},
		{"and already charged", lateByNewcomer, noShow, false},
		{"cancelled late by the coach", lateByCoach, nil, false},
		{"cancelled in time", inTime, nil, false},
		{"missed", missed, nil, true},
		{"missed and charged", missed, noShow, false},
	}
	for _, tc := range tests {
		n := Newcomer{Name: "AB", Appointments: []Appointment{tc.a}}
		if _, got := Chargeable(n, tc.recs, at.Add(24*time.Hour)); got != tc.want {
			t.Errorf("%s: chargeable %v, want %v", tc.name, got, tc.want)
		}
		// A session booked since leaves the earlier one chargeable.
		n.Appointments = append(n.Appointments, Appointment{At: at.AddDate(0, 0, 7), Booked: at.Add(20 * time.Hour), State: Booked})
		if got, ok := Chargeable(n, tc.recs, at.Add(24*time.Hour)); ok != tc.want || (ok && !got.At.Equal(at)) {
			t.Errorf("%s, with the next booked: chargeable %v %v, want %v", tc.name, got.At, ok, tc.want)
		}
	}
}

// TestListNewcomersRefusesTimesNoCalendarHolds gives the newcomer list an
// assigned day and appointment times in the year 9999: a contact deadline
// or a session's end would fall in the year 10000, which the calendar
// export wrote into its state and then could not read back. Each is
// refused at its newcomer, with the years a time may fall in.
func TestListNewcomersRefusesTimesNoCalendarHolds(t *testing.T) {
	tests := []struct{ assigned, at, booked, want string }{
		{"9999-12-31", "2027-03-28T10:00:00Z", "2027-03-20T10:00:00Z", `"AB": assigned is 9999-12-31: expected a day from the year 1970 to 2199`},
		{"2027-03-01", "9999-12-31T23:30:00Z", "2027-03-20T10:00:00Z", `"AB": appointment 1: at is 9999-12-31T23:30:00Z: expected a time from the year 1970 to 2199`},
		{"2027-03-01", "2027-03-28T10:00:00Z", "0001-01-02T00:00:00Z", `"AB": appointment 1: booked is 0001-01-02T00:00:00Z: expected a time from the year 1970 to 2199`},
	}
	for _, tc := range tests {
		filetest.PrivateData(t)
		data := `{"format": 3, "newcomers": [
  {"name": "AB", "assigned": "` + tc.assigned + `", "appointments": [
    {"at": "` + tc.at + `", "booked": "` + tc.booked + `", "state": "booked"}]}]}`
		if err := safefile.WriteFile(listPath(), []byte(data)); err != nil {
			t.Fatal(err)
		}
		_, problems, err := ListNewcomers()
		if err != nil || len(problems) != 1 {
			t.Fatalf("%s: problems %v, %v", tc.assigned, problems, err)
		}
		if got := problems[0].Error(); !strings.Contains(got, `newcomers.json:2:4: `+tc.want) {
			t.Errorf("problem: %s\nwant it to hold %s", got, tc.want)
		}
	}
}
