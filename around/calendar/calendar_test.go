package calendar

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
)

func TestLabel(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Alice Example", "A.E."},
		{"AB", "A.B."},
		{"alice", "A."},
		{"Jean-Luc Picard", "J.L.P."},
		{"  Zoë  o'Brien ", "Z.O."},
		{"A.B.", "A.B."},
		{"Bob", "B."},
		{"MARIANNE", "M."},
		{"...", "a newcomer"},
	}
	for _, tc := range tests {
		if got := Label(tc.name, false); got != tc.want {
			t.Errorf("Label(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	if got := Label(" Alice Example ", true); got != "Alice Example" {
		t.Errorf("full name: %q", got)
	}
}

// event is what Debian's python3-icalendar read from an event.
type event struct {
	UID, Summary, Start, End, Status, Description, RRule, Transp string
	Sequence                                                     int
	Alarms                                                       []struct {
		Action, Description string
		Trigger             int
	}
}

// pythonICalendar is the interpreter that has Debian's python3-icalendar;
// the first python3 on PATH may be another.
const pythonICalendar = "/usr/bin/python3"

// readWithPython writes the calendar to a file and reads it back with
// python3-icalendar, a parser that knows nothing of this program. Without
// it the test is skipped, or fails when CI is "true".
func readWithPython(t *testing.T, data []byte) []event {
	t.Helper()
	if err := exec.Command(pythonICalendar, "-c", "import icalendar").Run(); err != nil {
		msg := "python3-icalendar is not installed at " + pythonICalendar + " (apt-get install python3-icalendar): " + err.Error()
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: " + msg)
		}
		t.Skip("skipping: " + msg)
	}
	path := filepath.Join(t.TempDir(), "coaching.ics")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pythonICalendar, filepath.Join("testdata", "dump.py"), path).Output()
	if err != nil {
		t.Fatalf("python3-icalendar could not read the calendar: %v\n%s", err, data)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var head struct{ Version, Prodid string }
	if err := json.Unmarshal([]byte(lines[0]), &head); err != nil || head.Version != "2.0" {
		t.Errorf("calendar head %q: %v", lines[0], err)
	}
	var events []event
	for _, l := range lines[1:] {
		var e event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		events = append(events, e)
	}
	return events
}

// build makes the calendar for the newcomers at now and returns the file.
func build(t *testing.T, list []book.Newcomer, now time.Time, full bool) []byte {
	t.Helper()
	events, err := Build(list, nil, Options{Now: now, FullNames: full})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, events, now); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// in returns the wall time in the named zone.
func in(t *testing.T, zone string, y int, m time.Month, d, h, min int) time.Time {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	return time.Date(y, m, d, h, min, 0, 0, loc)
}

// booked is an appointment at the given time with the given id, booked
// a month before: a booking is a contact made, and one made that early
// comes before the assignments and notices of the tests, so it meets none
// of their deadlines.
func booked(at time.Time, id string) book.Appointment {
	return book.Appointment{ID: id, At: at, Booked: at.AddDate(0, -1, 0), State: book.Booked}
}

// Ids of the newcomer book for the tests.
const (
	idA  = "aaaaaaaaaaaaaaa1"
	idB  = "bbbbbbbbbbbbbbb2"
	app1 = "0000000000000001"
	app2 = "0000000000000002"
)

// TestExportAcrossDaylightSaving exports, and reads back with a real
// parser, appointments either side of a change of the clocks on the
// newcomer's side only (coach in Tokyo, newcomer in Berlin, which moves to
// summer time on 29 March 2026), and one on the coach's side only (coach
// in London, which moves the same night, newcomer in Kolkata).
func TestExportAcrossDaylightSaving(t *testing.T) {
	tests := []struct {
		name     string
		coach    string
		newcomer book.Newcomer
		want     []event
	}{
		{
			name:  "the newcomer's clocks change",
			coach: "Asia/Tokyo",
			newcomer: book.Newcomer{
				ID: idB, Name: "Berta Berliner", Assigned: book.NewDate(2026, 3, 19), TimeZone: "Europe/Berlin",
				Appointments: []book.Appointment{
					booked(in(t, "Asia/Tokyo", 2026, 3, 28, 17, 0), app1),
					booked(in(t, "Asia/Tokyo", 2026, 3, 29, 17, 0), app2),
				},
			},
			want: []event{
				{Summary: "Partnership coaching with B.B.", Start: "2026-03-28T08:00:00Z", End: "2026-03-28T08:50:00Z", Status: "CONFIRMED",
					Description: "A 50-minute phone session. Their time: Sat 28 Mar 09:00 (Europe/Berlin)."},
				{Summary: "Partnership coaching with B.B.", Start: "2026-03-29T08:00:00Z", End: "2026-03-29T08:50:00Z", Status: "CONFIRMED",
					Description: "A 50-minute phone session. Their time: Sun 29 Mar 10:00 (Europe/Berlin)."},
				{Summary: "Last day to contact B.B. (assigned 2026-03-19)", Start: "2026-03-22", End: "2026-03-23"},
			},
		},
		{
			name:  "the coach's clocks change",
			coach: "Europe/London",
			newcomer: book.Newcomer{
				ID: idA, Name: "KL", Assigned: book.NewDate(2026, 3, 10), TimeZone: "Asia/Kolkata",
				Contacts:       []book.Moment{book.OnDay(book.NewDate(2026, 3, 11))},
				PaymentNotices: []book.Moment{book.OnDay(book.NewDate(2026, 3, 18))},
				Appointments: []book.Appointment{
					booked(in(t, "Europe/London", 2026, 3, 28, 9, 0), app1),
					booked(in(t, "Europe/London", 2026, 3, 29, 9, 0), app2),
				},
			},
			want: []event{
				{Summary: "Partnership coaching with K.L.", Start: "2026-03-28T09:00:00Z", End: "2026-03-28T09:50:00Z", Status: "CONFIRMED",
					Description: "A 50-minute phone session. Their time: Sat 28 Mar 14:30 (Asia/Kolkata)."},
				{Summary: "Partnership coaching with K.L.", Start: "2026-03-29T08:00:00Z", End: "2026-03-29T08:50:00Z", Status: "CONFIRMED",
					Description: "A 50-minute phone session. Their time: Sun 29 Mar 13:30 (Asia/Kolkata)."},
				// A notice given as a day counts from its start: its 72 hours
				// end at midnight, and their last hour is the event.
				{Summary: "Last day to contact K.L. by 00:00 (72 hours from the payment notice of 2026-03-18)", Start: "2026-03-20T23:00:00Z", End: "2026-03-21T00:00:00Z"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			now := in(t, tc.coach, 2026, 3, 20, 10, 0)
			data := build(t, []book.Newcomer{tc.newcomer}, now, false)
			got := readWithPython(t, data)
			monthEnd := event{Summary: "Send the coaching invoice", Start: "2026-03-31", End: "2026-04-01", RRule: "FREQ=MONTHLY;BYMONTHDAY=-1"}
			want := append(tc.want, monthEnd)
			if len(got) != len(want) {
				t.Fatalf("%d events, want %d:\n%s", len(got), len(want), data)
			}
			for i, w := range want {
				checkEvent(t, got[i], w)
			}
		})
	}
}

// checkEvent compares what the parser read with what is expected, and
// checks the alarm each kind of event has.
func checkEvent(t *testing.T, got, want event) {
	t.Helper()
	if got.Summary != want.Summary || got.Start != want.Start || got.End != want.End || got.RRule != want.RRule ||
		(want.Description != "" && got.Description != want.Description) || (want.Status != "" && got.Status != want.Status) {
		t.Errorf("event\n got %+v\nwant %+v", got, want)
	}
	wantTrigger := 9 * 3600 // nine in the morning of a day-long event
	switch {
	case got.Status == "CANCELLED":
		if len(got.Alarms) != 0 {
			t.Errorf("%s: a cancelled session has alarms %+v", got.Summary, got.Alarms)
		}
		return
	case strings.HasPrefix(got.Summary, "Partnership coaching"):
		wantTrigger = -15 * 60
	case strings.Contains(got.Summary, "72 hours"):
		wantTrigger = -23 * 3600 // 24 hours before the end of the hour-long event
	}
	if len(got.Alarms) != 1 || got.Alarms[0].Action != "DISPLAY" || got.Alarms[0].Trigger != wantTrigger || got.Alarms[0].Description == "" {
		t.Errorf("%s: alarms %+v, want one DISPLAY at %ds", got.Summary, got.Alarms, wantTrigger)
	}
}

// TestNamesStayOutOfTheCalendar checks that by default no part of a
// newcomer's name but the initials reaches the file, and that the setting
// brings the full name in.
func TestNamesStayOutOfTheCalendar(t *testing.T) {
	now := in(t, "Europe/Berlin", 2026, 11, 20, 10, 0)
	list := []book.Newcomer{{
		ID: idA, Name: "Alice Example", Assigned: book.NewDate(2026, 11, 19), TimeZone: "America/New_York",
		Appointments: []book.Appointment{booked(now.Add(48*time.Hour), app1)},
	}}
	data := build(t, list, now, false)
	for _, word := range []string{"Alice", "Example", "alice", "example"} {
		if bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n "), nil), []byte(word)) {
			t.Errorf("the calendar holds %q:\n%s", word, data)
		}
	}
	events := readWithPython(t, data)
	if events[0].Summary != "Partnership coaching with A.E." {
		t.Errorf("summary %q", events[0].Summary)
	}
	full := readWithPython(t, build(t, list, now, true))
	if full[0].Summary != "Partnership coaching with Alice Example" || full[1].Summary != "Last day to contact Alice Example (assigned 2026-11-19)" {
		t.Errorf("with full names: %q, %q", full[0].Summary, full[1].Summary)
	}
}

// TestLinesEndInCRLF checks the line endings and folding RFC 5545 asks
// for: CR LF, and no line longer than 75 octets.
func TestLinesEndInCRLF(t *testing.T) {
	now := in(t, "Europe/Berlin", 2026, 11, 20, 10, 0)
	data := build(t, []book.Newcomer{{ID: idA, Name: "AB", Assigned: book.NewDate(2026, 11, 19)}}, now, false)
	if !bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("the file ends %q", data[max(0, len(data)-20):])
	}
	for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\r\n")), []byte("\r\n")) {
		if len(line) > 75 || bytes.ContainsAny(line, "\r\n") {
			t.Errorf("line %d is %d octets or holds a bare line break: %q", i+1, len(line), line)
		}
	}
}
