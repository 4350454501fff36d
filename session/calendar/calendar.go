// Package calendar makes the coach's calendar of the work around the
// calls as an iCalendar file (RFC 5545), for any calendar program to
// import: each booked session with a reminder 15 minutes before it and the
// newcomer's own time in its description, each day by which the programme
// asks the coach to contact a newcomer, and a reminder at the end of each
// month to send the invoice.
//
// A calendar file leaves partnercoach's private folders and often the
// machine, so it holds nothing confidential: a newcomer appears by their
// initials unless the coach asks for full names, and no event says more
// than when and what for. See docs/around-the-call.md.
package calendar

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	ics "github.com/arran4/golang-ical"

	"partnercoach/internal/textsafe"
	"partnercoach/session"
	"partnercoach/session/store"
)

// SessionLength is how long a booked session lasts in the calendar.
const SessionLength = 50 * time.Minute

// AlarmBefore is how long before a session its reminder comes.
const AlarmBefore = 15 * time.Minute

// morningAlarm is when a reminder of a day-long event comes: nine in the
// morning of its day.
const morningAlarm = "PT9H"

// Options say how the calendar is made.
type Options struct {
	// Now is the time of the export; the month-end reminder starts in its
	// month, and deadlines are worked out at it, in its location.
	Now time.Time
	// FullNames names newcomers in full; by default they appear by their
	// initials.
	FullNames bool
}

// Build makes the calendar of the newcomers' appointments and contact-by
// days, with the records telling which deadlines were met, and the
// month-end reminder.
func Build(list []store.Newcomer, recs []session.Record, o Options) *ics.Calendar {
	cal := ics.NewCalendarFor("partnercoach")
	cal.SetProductId("-//partnercoach//partnercoach//EN")
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName("Partnership coaching")
	byDay := map[string]int{}
	for _, n := range list {
		who := Label(n.Name, o.FullNames)
		for _, a := range n.Appointments {
			addAppointment(cal, a, n.TimeZone, who, o.Now)
		}
		for _, d := range store.Deadlines(n, recs, o.Now) {
			if d.Met.IsZero() {
				key := d.Reason + d.From.String()
				byDay[key]++
				addDeadline(cal, d, who, byDay[key], o.Now)
			}
		}
	}
	addMonthEnd(cal, o.Now)
	return cal
}

// Write writes the calendar in the iCalendar format, with lines ending in
// CR LF as RFC 5545 asks.
func Write(w io.Writer, cal *ics.Calendar) error {
	return cal.SerializeTo(w, ics.WithNewLine("\r\n"))
}

// addAppointment adds a booked session. One cancelled or moved stays in
// the file as cancelled, so that importing the file again takes it out of
// a calendar that had it.
func addAppointment(cal *ics.Calendar, a store.Appointment, zone, who string, now time.Time) {
	e := cal.AddEvent("appointment-" + a.Booked.UTC().Format("20060102T150405.000000000Z") + "@partnercoach")
	e.SetDtStampTime(now)
	e.SetStartAt(a.At)
	e.SetEndAt(a.At.Add(SessionLength))
	e.SetSummary("Partnership coaching with " + who)
	e.SetLocation("Phone")
	theirs, known := store.FormatTheirs(a.At, now.Location(), zone)
	desc := "A 50-minute phone session. Their time: " + theirs + "."
	if !known {
		desc = "A 50-minute phone session. Their time zone is not known: give it with partnercoach newcomer schedule --tz."
	}
	e.SetDescription(desc)
	if a.State != store.Booked {
		e.SetStatus(ics.ObjectStatusCancelled)
		e.SetSequence(1)
		return
	}
	e.SetStatus(ics.ObjectStatusConfirmed)
	alarm := e.AddAlarm()
	alarm.SetAction(ics.ActionDisplay)
	alarm.SetTrigger(fmt.Sprintf("-PT%dM", int(AlarmBefore/time.Minute)))
	alarm.SetProperty(ics.ComponentPropertyDescription, "Partnership coaching in 15 minutes")
}

// addDeadline adds the last day to contact a newcomer as a day-long event.
// nth tells apart deadlines of the same reason and day.
func addDeadline(cal *ics.Calendar, d store.Deadline, who string, nth int, now time.Time) {
	e := cal.AddEvent(fmt.Sprintf("contact-%s-%s-%d@partnercoach", strings.ReplaceAll(d.Reason, " ", "-"), d.From, nth))
	e.SetDtStampTime(now)
	e.SetAllDayStartAt(d.By.Time(time.UTC))
	e.SetAllDayEndAt(d.By.AddDays(1).Time(time.UTC))
	e.SetTimeTransparency(ics.TransparencyTransparent)
	if d.Reason == "assignment" {
		e.SetSummary("Last day to contact " + who + " (assigned " + d.From.String() + ")")
		e.SetDescription("The programme asks you to contact a newcomer within three days of the assignment " +
			"and to tell the coordinator, or the newcomer is reassigned. Then record it with partnercoach newcomer contacted.")
	} else {
		e.SetSummary("Last day to contact " + who + " (payment notice " + d.From.String() + ")")
		e.SetDescription("The programme asks you to contact a newcomer within 72 hours of a payment notice " +
			"to set up the next sessions. Then record it with partnercoach newcomer contacted.")
	}
	addMorningAlarm(e, "Last day to make contact")
}

// addMonthEnd adds the reminder to send the invoice on the last day of
// each month, from now's month on.
func addMonthEnd(cal *ics.Calendar, now time.Time) {
	last := store.DateOf(store.MonthOf(now).AddDate(0, 1, -1))
	e := cal.AddEvent("invoice-month-end@partnercoach")
	e.SetDtStampTime(now)
	e.SetAllDayStartAt(last.Time(time.UTC))
	e.SetAllDayEndAt(last.AddDays(1).Time(time.UTC))
	e.AddRrule("FREQ=MONTHLY;BYMONTHDAY=-1")
	e.SetTimeTransparency(ics.TransparencyTransparent)
	e.SetSummary("Send the coaching invoice")
	e.SetDescription("The Institute pays coaches at the end of each month, for sessions whose coach log " +
		"is filled in. partnercoach invoice lists the month's billable sessions.")
	addMorningAlarm(e, "Send the coaching invoice")
}

// addMorningAlarm adds a reminder at nine in the morning of a day-long
// event.
func addMorningAlarm(e *ics.VEvent, text string) {
	alarm := e.AddAlarm()
	alarm.SetAction(ics.ActionDisplay)
	alarm.SetTrigger(morningAlarm)
	alarm.SetProperty(ics.ComponentPropertyDescription, text)
}

// Label is how a newcomer appears in the calendar: their initials, such
// as "A.E." for "Alice Example", or their name in full when full is true.
// A name of capitals only, such as "AB", is taken as initials already.
func Label(name string, full bool) string {
	name = textsafe.Line(strings.TrimSpace(name))
	if full {
		return name
	}
	var b strings.Builder
	for _, word := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '.' }) {
		letters := []rune(word)
		if isCapitals(letters) {
			for _, r := range letters {
				b.WriteString(string(r) + ".")
			}
			continue
		}
		for _, r := range letters {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteString(string(unicode.ToUpper(r)) + ".")
				break
			}
		}
	}
	if b.Len() == 0 {
		return "a newcomer"
	}
	return b.String()
}

// isCapitals reports whether a word is up to four capital letters, which
// a coach writes as initials.
func isCapitals(word []rune) bool {
	if len(word) == 0 || len(word) > 4 {
		return false
	}
	for _, r := range word {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
