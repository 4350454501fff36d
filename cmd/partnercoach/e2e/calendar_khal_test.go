//go:build !windows

package e2e_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// khalConfig is a khal configuration with one calendar in the folder
// %[1]s, its database in %[2]s, in the zone %[3]s.
const khalConfig = `[calendars]
[[coaching]]
path = %[1]s
type = calendar
[locale]
timeformat = %%H:%%M
dateformat = %%Y-%%m-%%d
longdateformat = %%Y-%%m-%%d
datetimeformat = %%Y-%%m-%%d %%H:%%M
longdatetimeformat = %%Y-%%m-%%d %%H:%%M
local_timezone = %[3]s
default_timezone = %[3]s
[default]
default_calendar = coaching
[sqlite]
path = %[2]s/khal.db
`

// khal runs khal, the calendar program, on one calendar kept in a folder
// of one file per event (a vdir).
type khal struct {
	t      *testing.T
	c      *calendarCase
	config string
}

// newKhal sets khal up with its calendar in the folder vdir.
func newKhal(t *testing.T, c *calendarCase, vdir string) *khal {
	t.Helper()
	requireTool(t, "khal", "khal")
	if err := os.MkdirAll(vdir, 0o700); err != nil {
		t.Fatal(err)
	}
	k := &khal{t: t, c: c, config: filepath.Join(c.dir, "khal.conf")}
	if err := os.WriteFile(k.config, fmt.Appendf(nil, khalConfig, vdir, c.dir, c.zone), 0o600); err != nil {
		t.Fatal(err)
	}
	return k
}

// run runs khal with the arguments and returns what it printed.
func (k *khal) run(args ...string) string {
	k.t.Helper()
	return runTool(k.t, k.c.env, "khal", append([]string{"-c", k.config}, args...)...)
}

// list returns khal's events from today for 60 days, one a line: start,
// title, status and the alarm symbol when it has a reminder.
func (k *khal) list() []string {
	k.t.Helper()
	return lines(k.run("list", k.c.date(0), k.c.date(60), "--day-format", "", "--format", "{start} {title} {status} {alarm-symbol}"))
}

// expect checks that khal lists exactly the events want, in any order.
func (k *khal) expect(when string, want ...string) {
	k.t.Helper()
	expectListed(k.t, "khal", when, k.list(), want)
}

// TestCalendarImportsIntoKhal exports the calendar with the real binary
// and imports it into khal, again and again as the book changes: the
// first import, the same file imported twice, a session moved and one
// cancelled, a newcomer forgotten. Each import must leave khal with the
// events as they stand, those that have gone cancelled with no name, and
// nothing doubled.
func TestCalendarImportsIntoKhal(t *testing.T) {
	t.Parallel()
	c := newCalendarCase(t)
	k := newKhal(t, c, filepath.Join(c.dir, "khal"))
	ics := filepath.Join(c.dir, "coaching.ics")
	export := func() {
		t.Helper()
		if out := mustRun(t, c.env, "calendar", "export", "--output", ics); out != "Wrote the calendar to "+ics+".\n" {
			t.Errorf("export said %q", out)
		}
		k.run("import", "--batch", ics)
	}
	end1, end2 := c.monthEnds()
	monthEnds := []string{end1 + " Send the coaching invoice ⏰", end2 + " Send the coaching invoice ⏰"}
	alicePaid, carla := c.deadlines(" ⏰")
	first := append([]string{
		c.day + " 10:00 Partnership coaching with A.E. CONFIRMED ⏰",
		c.day + " 10:00 Partnership coaching with B.T. CONFIRMED ⏰",
		alicePaid, carla,
	}, monthEnds...)
	export()
	k.expect("after the first import", first...)
	export()
	k.expect("after the same file is imported again", first...)

	mustRun(t, c.env, "newcomer", "reschedule", "Alice Example", c.date(4)+" 11:00")
	mustRun(t, c.env, "newcomer", "cancel", "Bob Tester")
	export()
	k.expect("after Alice's session is moved and Bob's cancelled", append([]string{
		c.day + " 10:00 Cancelled: partnership coaching session CANCELLED",
		c.day + " 10:00 Cancelled: partnership coaching session CANCELLED",
		c.date(4) + " 11:00 Partnership coaching with A.E. CONFIRMED ⏰",
		alicePaid, carla,
	}, monthEnds...)...)

	mustRun(t, c.env, "newcomer", "forget", "Alice Example", "--yes")
	export()
	k.expect("after Alice is forgotten", append([]string{
		c.day + " 10:00 Cancelled: partnership coaching session CANCELLED",
		c.day + " 10:00 Cancelled: partnership coaching session CANCELLED",
		c.date(4) + " 11:00 Cancelled: partnership coaching session CANCELLED",
		c.day + " 08:45 Cancelled: last day to contact a newcomer CANCELLED",
		carla,
	}, monthEnds...)...)
	c.checkStateNamesNoOne(t)
}

// TestCalendarVdirInKhal writes the calendar as a folder of one file per
// event, which khal reads as its calendar: a session cancelled and a
// newcomer forgotten are files removed, and khal no longer lists them.
func TestCalendarVdirInKhal(t *testing.T) {
	t.Parallel()
	c := newCalendarCase(t)
	vdir := filepath.Join(c.dir, "coaching")
	export := func(want string) {
		t.Helper()
		if out := mustRun(t, c.env, "calendar", "export", "--vdir", vdir); out != "Wrote the calendar to "+vdir+": "+want+".\n" {
			t.Errorf("export said %q, want %q", out, want)
		}
	}
	export("5 written, 0 unchanged, 0 removed")
	k := newKhal(t, c, vdir)
	end1, end2 := c.monthEnds()
	monthEnds := []string{end1 + " Send the coaching invoice ⏰", end2 + " Send the coaching invoice ⏰"}
	alicePaid, carla := c.deadlines(" ⏰")
	k.expect("from the folder", append([]string{
		c.day + " 10:00 Partnership coaching with A.E. CONFIRMED ⏰",
		c.day + " 10:00 Partnership coaching with B.T. CONFIRMED ⏰",
		alicePaid, carla,
	}, monthEnds...)...)
	export("0 written, 5 unchanged, 0 removed")

	mustRun(t, c.env, "newcomer", "cancel", "Bob Tester")
	mustRun(t, c.env, "newcomer", "forget", "Alice Example", "--yes")
	export("0 written, 2 unchanged, 3 removed")
	k.expect("after Bob's session is cancelled and Alice forgotten", append([]string{carla}, monthEnds...)...)
	c.checkStateNamesNoOne(t)
}
