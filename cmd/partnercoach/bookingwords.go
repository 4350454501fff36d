package main

import (
	"fmt"
	"io"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/drafts"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
)

// sayBooking says what else a booking or a move did and what to check:
// a change of the newcomer's time zone, a zone kept that names no place,
// other sessions it overlaps, a time in the newcomer's night, and a time
// more than a year ahead.
func sayBooking(out io.Writer, b book.Booking, now time.Time) {
	sayZoneChange(out, b)
	warnZoneKept(out, b.Newcomer)
	warnClashes(out, b.Clashes, now)
	warnNight(out, b.Appointment.At, b.Newcomer.TimeZone)
	warnFarAhead(out, b.Appointment.At, now)
}

// sayZoneOnly says that a reschedule changed only the newcomer's time
// zone: the session was not moved, so there is no new calendar event and
// no message about a move.
func sayZoneOnly(out io.Writer, b book.Booking, now time.Time) {
	n := b.Newcomer
	sayZoneChange(out, b)
	fmt.Fprintf(out, "Nothing was moved: the session stays at %s.\n", textsafe.Line(book.FormatWhen(b.Appointment.At, now, n.TimeZone)))
	warnNight(out, b.Appointment.At, n.TimeZone)
	fmt.Fprintf(out, "To give them the time on their clock: partnercoach newcomer draft %s %s\n", shellword.Quote(n.Name, "NAME"), drafts.Booked)
}

// sayZoneChange says that the newcomer's time zone changed, and from what.
func sayZoneChange(out io.Writer, b book.Booking) {
	if !b.ZoneChanged() {
		return
	}
	was := ""
	if b.OldZone != "" {
		was = " (it was " + textsafe.Line(b.OldZone) + ")"
	}
	fmt.Fprintf(out, "%s's time zone is now %s%s.\n", textsafe.Line(b.Newcomer.Name), textsafe.Line(b.Newcomer.TimeZone), was)
}

// warnZoneKept says so when the zone kept with the newcomer, from before
// zones had to name a place, is an abbreviation or an offset.
func warnZoneKept(out io.Writer, n book.Newcomer) {
	if n.TimeZone == "" {
		return
	}
	if err := book.ZoneProblem(n.TimeZone); err != nil {
		fmt.Fprintf(out, "CHECK THEIR TIME ZONE: %s. Keep theirs with: partnercoach newcomer reschedule %s --tz ZONE\n",
			textsafe.Line(err.Error()), shellword.Quote(n.Name, "NAME"))
	}
}

// warnClashes names each other newcomer's session that overlaps the one
// booked. Both stand: the coach may mean it, and one command moves
// either.
func warnClashes(out io.Writer, clashes []book.Clash, now time.Time) {
	for _, c := range clashes {
		fmt.Fprintf(out, "DOUBLE BOOKING: %s has a session at %s, less than an hour from this one.\n",
			textsafe.Line(c.Name), textsafe.Line(book.FormatWhen(c.At, now, c.Zone)))
	}
	if len(clashes) > 0 {
		fmt.Fprintf(out, "Both are booked. A session takes %d minutes and %d more are kept free before the next; "+
			"to move one: partnercoach newcomer reschedule NAME WHEN\n",
			int(book.SessionLength/time.Minute), int(book.ClashMargin/time.Minute))
	}
}

// warnNight says so when a session starts in the newcomer's night.
func warnNight(out io.Writer, at time.Time, zone string) {
	if t, night := book.AtNight(at, zone); night {
		fmt.Fprintf(out, "AT NIGHT FOR THEM: it starts at %s on their clock (%s), between %02d:00 and %02d:00. "+
			"It is booked; check the time and their time zone.\n",
			t.Format("15:04"), textsafe.Line(zone), book.NightStarts, book.NightEnds)
	}
}

// warnFarAhead says so when an appointment is more than a year ahead,
// which is more often a year mistyped than a plan.
func warnFarAhead(out io.Writer, at, now time.Time) {
	if book.FarAhead(at, now) {
		fmt.Fprintf(out, "That is more than a year ahead (%s): check the year; newcomer reschedule moves it.\n",
			at.In(now.Location()).Format("2 January 2006"))
	}
}
