package calendar

import (
	"strconv"
	"time"

	"partnercoach/around/book"
)

// Status is an event's STATUS: whether it stands or has gone.
type Status string

// The statuses an export writes.
const (
	Confirmed Status = "CONFIRMED"
	Cancelled Status = "CANCELLED"
)

// When is when an event is: a span of time, or whole days.
type When struct {
	// Start and End bound a timed event; End is after Start.
	Start, End time.Time
	// FirstDay and EndDay bound an event of whole days: from the start of
	// FirstDay to the start of EndDay, which is not included. They are
	// set, and Start and End are zero, for a day-long event.
	FirstDay, EndDay book.Date
}

// AllDay reports whether the event is of whole days.
func (w When) AllDay() bool { return !w.FirstDay.IsZero() }

// values returns DTSTART's and DTEND's values, and the parameter they
// need: a day for a day-long event, a time in UTC otherwise.
func (w When) values() (param, start, end string) {
	if w.AllDay() {
		return ";VALUE=DATE", w.FirstDay.Time(time.UTC).Format(dateForm), w.EndDay.Time(time.UTC).Format(dateForm)
	}
	return "", w.Start.UTC().Format(utcForm), w.End.UTC().Format(utcForm)
}

// Alarm is an event's reminder: a message shown at a time relative to
// the event's start.
type Alarm struct {
	// Trigger is the TRIGGER's value, a duration such as -PT15M.
	Trigger string
	// Text is what the reminder says.
	Text string
}

// Event is one event of the calendar.
type Event struct {
	// UID is the event's identity, which never changes (see uid.go).
	UID string
	When
	// Sequence counts the event's revisions; a cancellation has a higher
	// one than the event it cancels.
	Sequence int
	// Status is CONFIRMED for a session that stands, CANCELLED for an
	// event that has gone, and empty for the other events.
	Status Status
	// Summary, Description and Location are the event's text.
	Summary, Description, Location string
	// Transparent marks an event that does not make the coach busy.
	Transparent bool
	// RRule is a recurrence rule, such as FREQ=MONTHLY;BYMONTHDAY=-1.
	RRule string
	// Alarm is the event's reminder, if it has one.
	Alarm *Alarm
}

// write writes the event as a VEVENT, stamped at stamp.
func (e Event) write(w *icsWriter, stamp time.Time) {
	w.line("BEGIN", "VEVENT")
	w.text("UID", e.UID)
	w.utc("DTSTAMP", stamp)
	param, start, end := e.values()
	w.line("DTSTART"+param, start)
	w.line("DTEND"+param, end)
	if e.Sequence > 0 {
		w.line("SEQUENCE", strconv.Itoa(e.Sequence))
	}
	if e.RRule != "" {
		w.line("RRULE", e.RRule)
	}
	if e.Transparent {
		w.line("TRANSP", "TRANSPARENT")
	}
	w.text("SUMMARY", e.Summary)
	if e.Location != "" {
		w.text("LOCATION", e.Location)
	}
	if e.Description != "" {
		w.text("DESCRIPTION", e.Description)
	}
	if e.Status != "" {
		w.line("STATUS", string(e.Status))
	}
	if e.Alarm != nil {
		w.line("BEGIN", "VALARM")
		w.line("ACTION", "DISPLAY")
		w.line("TRIGGER", e.Alarm.Trigger)
		w.text("DESCRIPTION", e.Alarm.Text)
		w.line("END", "VALARM")
	}
	w.line("END", "VEVENT")
}
