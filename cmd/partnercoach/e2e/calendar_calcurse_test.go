//go:build !windows

package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// calcursePurge is the filter the docs give to take out of calcurse what
// an earlier import of partnercoach's calendar brought: the events whose
// summaries start as partnercoach's do.
const calcursePurge = "^(Partnership coaching with|Last day to contact|Send the coaching invoice|Cancelled: )"

// calcurse runs calcurse, the calendar program, with its data and
// settings in folders of its own.
type calcurse struct {
	t         *testing.T
	c         *calendarCase
	data, cfg string
}

// newCalcurse sets calcurse up, with an appointment of the coach's own
// that no import may touch.
func newCalcurse(t *testing.T, c *calendarCase) *calcurse {
	t.Helper()
	requireTool(t, "calcurse", "calcurse")
	cc := &calcurse{t: t, c: c, data: filepath.Join(c.dir, "calcurse"), cfg: filepath.Join(c.dir, "calcurse-config")}
	for _, d := range []string{cc.data, cc.cfg} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	own := filepath.Join(c.dir, "dentist.ics")
	os.WriteFile(own, []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\nBEGIN:VEVENT\r\n"+
		"UID:dentist@test\r\nDTSTAMP:20261204T080000Z\r\nDTSTART:20261207T130000Z\r\nDTEND:20261207T140000Z\r\n"+
		"SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), 0o600)
	cc.run("-i", own)
	return cc
}

// run runs calcurse with the arguments and returns what it printed.
func (cc *calcurse) run(args ...string) string {
	cc.t.Helper()
	return runTool(cc.t, cc.c.env, "calcurse", append([]string{"-D", cc.data, "-C", cc.cfg, "-q"}, args...)...)
}

// replace does what the docs say to do with each export: take out what
// the last import brought, then import the new file.
func (cc *calcurse) replace(ics string) {
	cc.t.Helper()
	cc.run("-P", "--filter-pattern", calcursePurge)
	cc.run("-i", ics)
}

// expect checks that calcurse holds exactly the items want, in any
// order, from today for 60 days: "DAY HH:MM SUMMARY" for an appointment,
// "DAY SUMMARY" for a day's event.
func (cc *calcurse) expect(when string, want ...string) {
	cc.t.Helper()
	out := cc.run("-Q", "--from", cc.c.today.Format("01/02/2006"), "--days", "60",
		"--format-apt=%(start:%H:%M) %m\n", "--format-recur-apt=%(start:%H:%M) %m\n",
		"--format-event=%m\n", "--format-recur-event=%m\n")
	var got []string
	day := ""
	for _, l := range lines(out) {
		switch {
		case l == "":
		case strings.HasSuffix(l, ":") && len(l) == len("12/07/26:"):
			day = "20" + l[6:8] + "-" + l[0:2] + "-" + l[3:5]
		default:
			got = append(got, day+" "+l)
		}
	}
	expectListed(cc.t, "calcurse", when, got, want)
}

// TestCalendarImportsIntoCalcurse imports the calendar into calcurse as
// the docs say: calcurse reads neither UID nor STATUS, so each import
// adds every event again and a cancellation as an appointment; the export
// for it leaves the cancellations out (--no-cancellations), and each
// import first takes out what the last one brought. The first import,
// the same file again, a session moved and one cancelled, a newcomer
// forgotten: calcurse must hold what stands, nothing twice, nothing
// cancelled, and the coach's own appointment.
func TestCalendarImportsIntoCalcurse(t *testing.T) {
	t.Parallel()
	c := newCalendarCase(t)
	cc := newCalcurse(t, c)
	ics := filepath.Join(c.dir, "coaching.ics")
	export := func() {
		t.Helper()
		mustRun(t, c.env, "calendar", "export", "--no-cancellations", "--output", ics)
		cc.replace(ics)
	}
	end1, end2 := c.monthEnds()
	fixed := []string{c.day + " 14:00 Dentist", end1 + " Send the coaching invoice", end2 + " Send the coaching invoice"}
	alicePaid, carla := c.deadlines("")
	first := append([]string{
		c.day + " 10:00 Partnership coaching with A.E.",
		c.day + " 10:00 Partnership coaching with B.T.",
		alicePaid, carla,
	}, fixed...)
	export()
	cc.expect("after the first import", first...)
	export()
	cc.expect("after the same file is imported again", first...)

	mustRun(t, c.env, "newcomer", "reschedule", "Alice Example", c.date(4)+" 11:00")
	mustRun(t, c.env, "newcomer", "cancel", "Bob Tester")
	export()
	cc.expect("after Alice's session is moved and Bob's cancelled", append([]string{
		c.date(4) + " 11:00 Partnership coaching with A.E.",
		alicePaid, carla,
	}, fixed...)...)

	mustRun(t, c.env, "newcomer", "forget", "Alice Example", "--yes")
	export()
	afterForget := append([]string{carla}, fixed...)
	cc.expect("after Alice is forgotten", afterForget...)

	// Had the coach left --no-cancellations out, calcurse would take each
	// cancellation for an appointment: it would show under the title
	// "Cancelled: …", never as the session it cancels.
	mustRun(t, c.env, "calendar", "export", "--output", ics)
	cc.replace(ics)
	cc.expect("after an export with the cancellations", append([]string{
		c.day + " 10:00 Cancelled: partnership coaching session",
		c.day + " 10:00 Cancelled: partnership coaching session",
		c.date(4) + " 11:00 Cancelled: partnership coaching session",
		c.day + " 08:45 Cancelled: last day to contact a newcomer",
	}, afterForget...)...)
}
