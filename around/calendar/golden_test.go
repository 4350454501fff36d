package calendar

import (
	"bytes"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/around/book"
)

// The goldens are the files byte for byte, CR LF and folding included;
// go test ./around/calendar -update rewrites them. Each is read by
// python3-icalendar too.

// writeAt reconciles the state with the calendar of list at now and
// writes the file, with the cancellations.
func writeAt(t *testing.T, s *stateFile, list []book.Newcomer, now time.Time) []byte {
	t.Helper()
	standing, err := Build(list, nil, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, s.reconcile(standing, now), now); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// statuses lists the status of each event python3-icalendar read.
func statuses(events []event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.Status)
	}
	return out
}

// TestGoldenExports writes a first export of two newcomers booked at the
// same instant, then the next one after the second is forgotten and the
// first's session cancelled.
func TestGoldenExports(t *testing.T) {
	now := fixedNow(t)
	s := &stateFile{Format: stateFormat}
	t.Run("first", func(t *testing.T) {
		data := writeAt(t, s, []book.Newcomer{alice(now), bob(now)}, now)
		golden.RequireEqual(t, data)
		events := readWithPython(t, data)
		if got := statuses(events); len(got) != 6 || got[0] != "CONFIRMED" || got[3] != "CONFIRMED" {
			t.Errorf("statuses %q", got)
		}
	})
	t.Run("after a forget and a cancel", func(t *testing.T) {
		data := writeAt(t, s, []book.Newcomer{cancelled(alice(now), now)}, now.Add(time.Hour))
		golden.RequireEqual(t, data)
		events := readWithPython(t, data)
		want := []string{"", "", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED"}
		if got := statuses(events); len(got) != len(want) {
			t.Fatalf("statuses %q, want %q", got, want)
		}
		for i, e := range events {
			if e.Status != want[i] || (e.Status == "CANCELLED" && (e.Sequence != 1 || e.Transp != "TRANSPARENT" || len(e.Alarms) != 0)) {
				t.Errorf("event %d: %+v", i, e)
			}
		}
	})
}

// TestGoldenEventFile writes the file of one event, as a vdir holds it.
func TestGoldenEventFile(t *testing.T) {
	now := fixedNow(t)
	events, err := Build([]book.Newcomer{alice(now)}, nil, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	data := []byte(eventFile(events[0], now))
	golden.RequireEqual(t, data)
	if got := readWithPython(t, data); len(got) != 1 || got[0].UID != events[0].UID {
		t.Errorf("python3-icalendar read %+v", got)
	}
}
