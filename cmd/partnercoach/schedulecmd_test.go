package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/records"
	"partnercoach/session"
)

// useTempHome points the data and config folders at a fresh folder.
func useTempHome(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	return dir
}

// newYork loads the coach's zone of these tests.
func newYork(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestAppointmentCommands(t *testing.T) {
	useTempHome(t)
	ny := newYork(t)
	now := time.Date(2027, 3, 20, 10, 0, 0, 0, ny)
	if _, err := book.AddNewcomer("Alice Example", book.DateOf(now)); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	steps := []struct {
		run  func() error
		want []string
	}{
		{func() error {
			return schedule(&out, &errw, "alice example", slot{when: "2027-03-28 03:00", zone: "Europe/Berlin"}, now)
		},
			[]string{"Booked Alice Example for Sun 28 Mar 03:00 (09:00 for them, Europe/Berlin).\n",
				"The message to send: partnercoach newcomer draft 'Alice Example' booked\n"}},
		// The coach moves it 5 hours ahead.
		{func() error {
			return reschedule(&out, &errw, "Alice Example", slot{when: "2027-03-29 03:00"}, "coach", time.Date(2027, 3, 27, 22, 0, 0, 0, ny))
		}, []string{
			"Moved Alice Example's session from Sun 28 Mar 03:00 (09:00 for them, Europe/Berlin) to Mon 29 Mar 03:00 (09:00 for them, Europe/Berlin).\n",
			"AGAINST THE RULE: you moved it 5 hours ahead; the packet asks you to tell the newcomer at least 24 hours ahead.\n",
			"The message to send: partnercoach newcomer draft 'Alice Example' reschedule\n",
		}},
		// The newcomer cancels 2 hours ahead.
		{func() error {
			return cancelAppointment(&out, &errw, "Alice Example", "newcomer", time.Date(2027, 3, 29, 1, 0, 0, 0, ny))
		},
			[]string{
				"Cancelled Alice Example's session of Mon 29 Mar 03:00 (09:00 for them, Europe/Berlin).\n",
				"The newcomer cancelled it 2 hours ahead, less than 24 hours: the packet charges them for the time and you are paid.\n",
				"Proposed outcome: newcomer did not come (billable).",
				"The message to send: partnercoach newcomer draft 'Alice Example' cancel\n",
			}},
	}
	for i, s := range steps {
		out.Reset()
		if err := s.run(); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
		for _, w := range s.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("step %d said:\n%s\nwant it to hold %q", i+1, out.String(), w)
			}
		}
	}
	// The late cancellation is charged.
	out.Reset()
	if err := recordNoShow(&out, &errw, "alice example", time.Date(2027, 3, 29, 2, 0, 0, 0, ny)); err != nil {
		t.Fatal(err)
	}
	if want := "Recorded Alice Example's session of Mon 29 Mar 03:00 (09:00 for them, Europe/Berlin) as session 1, newcomer did not come (billable), $25.00 (partnercoach log show "; !strings.HasPrefix(out.String(), want) {
		t.Errorf("no-show said %q, want %q…", out.String(), want)
	}
	recs, _ := records.List()
	if len(recs) != 1 || recs[0].Outcome != session.NoShow || recs[0].FeeCents != 2500 || !recs[0].Started.Equal(time.Date(2027, 3, 29, 3, 0, 0, 0, ny)) {
		t.Errorf("records: %+v", recs)
	}
	// No call started: it ends as it starts, with no steps (on the code
	// before, "ended" was the zero time and "steps" null).
	if len(recs) == 1 && (!recs[0].Ended.Equal(recs[0].Started) || recs[0].Steps == nil) {
		t.Errorf("the no-show ended %v, steps %v: want its start, and none", recs[0].Ended, recs[0].Steps)
	}
	// The session charged stood for her first: her next is still her
	// first, with the introduction and the screening, at its fee. On the
	// code before, the list proposed session 2, followup, at $50.
	out.Reset()
	if err := listNewcomers(&out, &errw, time.Date(2027, 3, 29, 12, 0, 0, 0, ny)); err != nil {
		t.Fatal(err)
	}
	if got := row(t, out.String(), "Alice Example"); !strings.Contains(got, " 0 1 1 · first · $25.00 ") {
		t.Errorf("the list after the no-show: %q, want 0 held, 1 no-show, next 1 · first · $25.00", got)
	}
	if err := recordNoShow(&out, &errw, "Alice Example", time.Date(2027, 3, 29, 2, 0, 0, 0, ny)); err == nil || !strings.Contains(err.Error(), "no missed session") {
		t.Errorf("charged twice: %v", err)
	}
	if err := reschedule(&out, &errw, "Alice Example", slot{when: "2027-04-01 09:00"}, "somebody", now); err == nil || !strings.Contains(err.Error(), "--by: expected coach or newcomer") {
		t.Errorf("--by somebody: %v", err)
	}
	if err := cancelAppointment(&out, &errw, "Alice Example", "coach", now); err == nil || !strings.Contains(err.Error(), "no session booked") {
		t.Errorf("cancelling a cancelled session: %v", err)
	}
}

func TestNewcomerListShowsAppointments(t *testing.T) {
	useTempHome(t)
	ny := newYork(t)
	now := time.Date(2027, 3, 20, 10, 0, 0, 0, ny)
	for _, name := range []string{"AB", "CD", "EF"} {
		if _, err := book.AddNewcomer(name, book.DateOf(now)); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := book.Schedule("AB", time.Date(2027, 3, 28, 3, 0, 0, 0, ny), "Europe/Berlin", now); err != nil {
		t.Fatal(err)
	}
	if _, _, err := book.Schedule("CD", time.Date(2027, 3, 21, 9, 0, 0, 0, ny), "", now); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	// Three days on, CD's session has passed with nothing on record.
	if err := listNewcomers(&out, &errw, now.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
	want := "\nBOOKED SESSIONS\n" +
		"CD  MISSED Sun 21 Mar 09:00: no session on record\n" +
		"AB  Sun 28 Mar 03:00 (09:00 for them, Europe/Berlin)\n" +
		"For a MISSED session, record the session held, book the next, or charge it as\n" +
		"\"did not come (billable)\" with: partnercoach newcomer no-show NAME\n"
	if !strings.HasSuffix(out.String(), want) {
		t.Errorf("newcomer list:\n%s\nwant it to end with:\n%s", out.String(), want)
	}
}

// row returns the fields of the line of a table that starts with name.
func row(t *testing.T, table, name string) string {
	t.Helper()
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, name+" ") {
			return strings.Join(strings.Fields(line), " ")
		}
	}
	t.Fatalf("no line for %s in:\n%s", name, table)
	return ""
}

// TestScheduleWithoutAZoneSaysHowToGiveOne books a newcomer whose zone is
// not known: the command it points to must work and give the zone. On the
// code before, it said to add --tz to schedule, which then refused as the
// session was booked already.
func TestScheduleWithoutAZoneSaysHowToGiveOne(t *testing.T) {
	useTempHome(t)
	ny := newYork(t)
	now := time.Date(2027, 3, 20, 10, 0, 0, 0, ny)
	if _, err := book.AddNewcomer("Bob Example", book.DateOf(now)); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	if err := schedule(&out, &errw, "Bob Example", slot{when: "2027-03-28 09:00"}, now); err != nil {
		t.Fatal(err)
	}
	if want := "give it with: partnercoach newcomer reschedule 'Bob Example' --tz ZONE\n"; !strings.Contains(out.String(), want) {
		t.Fatalf("schedule said:\n%s\nwant it to hold %q", out.String(), want)
	}
	out.Reset()
	if err := reschedule(&out, &errw, "Bob Example", slot{zone: "Europe/Berlin"}, "coach", now); err != nil {
		t.Fatalf("the command pointed to: %v", err)
	}
	if !strings.Contains(out.String(), "Europe/Berlin") {
		t.Errorf("reschedule --tz said:\n%s", out.String())
	}
}
