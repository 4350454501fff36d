package calendar

import (
	"io"
	"time"
)

// prodID names the program that made a calendar, as RFC 5545 asks.
const prodID = "-//partnercoach//partnercoach//EN"

// Write writes the events as one iCalendar file to import, stamped at
// stamp, with lines ending in CR LF as RFC 5545 asks.
func Write(w io.Writer, events []Event, stamp time.Time) error {
	var c icsWriter
	begin(&c)
	c.line("METHOD", "PUBLISH")
	c.text("X-WR-CALNAME", "Partnership coaching")
	for _, e := range events {
		e.write(&c, stamp)
	}
	c.line("END", "VCALENDAR")
	_, err := io.WriteString(w, c.String())
	return err
}

// eventFile is the iCalendar object of one event, as a file of a vdir
// holds it. It has no METHOD: a stored calendar object may not (RFC 4791,
// section 4.1).
func eventFile(e Event, stamp time.Time) string {
	var c icsWriter
	begin(&c)
	e.write(&c, stamp)
	c.line("END", "VCALENDAR")
	return c.String()
}

// begin writes the head every calendar object starts with.
func begin(c *icsWriter) {
	c.line("BEGIN", "VCALENDAR")
	c.line("VERSION", "2.0")
	c.text("PRODID", prodID)
	c.line("CALSCALE", "GREGORIAN")
}
