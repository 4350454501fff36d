// Package calendar makes the coach's calendar of the work around the
// calls in the iCalendar format (RFC 5545), for any calendar program:
// each booked session with a reminder 15 minutes before it and the
// newcomer's own time in its description, each deadline by which the
// programme asks the coach to contact a newcomer (the last day after an
// assignment, the last hour of the 72 after a payment notice), and a
// reminder at the end of each month to send the invoice.
//
// A calendar leaves partnercoach's private folders and often the machine,
// so it holds nothing confidential: a newcomer appears by their initials
// unless the coach asks for full names, and no event says more than when
// and what for. An event keeps its identity for good (uid.go); one that
// was exported and has gone is exported again as a cancellation with no
// name until its time has passed (state.go), or, in a folder of one file
// per event, its file is removed (vdir.go). See docs/around-the-call.md.
package calendar

import (
	"fmt"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/records"
	"partnercoach/session"
)

// AlarmBefore is how long before a session its reminder comes.
const AlarmBefore = 15 * time.Minute

// morningAlarm is when a reminder of a day-long event comes: nine in the
// morning of its day.
const morningAlarm = "PT9H"

// LastHour is how long the event of a payment notice's deadline lasts: the
// last hour of the 72, ending at the deadline.
const LastHour = time.Hour

// PaymentAlarmBefore is how long before a payment notice's deadline its
// reminder comes: a day ahead, while there is time to reach a newcomer
// on another continent.
const PaymentAlarmBefore = 24 * time.Hour

// Options say how the calendar is made.
type Options struct {
	// Now is the time of the export; the month-end reminder starts in its
	// month, and deadlines are worked out at it, in its location.
	Now time.Time
	// FullNames names newcomers in full; by default they appear by their
	// initials.
	FullNames bool
}

// Build returns the events that stand: the sessions booked (those
// cancelled or moved have gone), the deadlines to make contact not yet met, with the
// records telling which were, and the month-end reminder. An entry of the
// newcomer list without its ids is an error: its events would have no
// identity that lasts.
func Build(list []book.Newcomer, recs []session.Record, o Options) ([]Event, error) {
	var events []Event
	seen := map[string]bool{}
	add := func(e Event, err error) error {
		if err != nil || seen[e.UID] {
			return err
		}
		seen[e.UID] = true
		events = append(events, e)
		return nil
	}
	for _, n := range list {
		who := Label(n.Name, o.FullNames)
		for _, a := range n.Appointments {
			if a.State != book.Booked {
				continue
			}
			if err := add(appointment(n, a, who, o.Now)); err != nil {
				return nil, err
			}
		}
		for _, d := range book.Deadlines(n, recs, o.Now) {
			if !d.Met.IsZero() {
				continue
			}
			if err := add(deadline(n, d, who, o.Now)); err != nil {
				return nil, err
			}
		}
	}
	events = append(events, monthEnd(o.Now))
	return events, nil
}

// appointment is the event of a booked session.
func appointment(n book.Newcomer, a book.Appointment, who string, now time.Time) (Event, error) {
	uid, err := appointmentUID(n, a)
	theirs, known := book.FormatTheirs(a.At, now, n.TimeZone)
	desc := "A 50-minute phone session. Their time: " + theirs + "."
	if !known {
		desc = "A 50-minute phone session. Their time zone is not known: give it with partnercoach newcomer reschedule NAME --tz ZONE."
	}
	return Event{
		UID:    uid,
		When:   When{Start: a.At, End: a.At.Add(book.SessionLength)},
		Status: Confirmed, Summary: "Partnership coaching with " + who,
		Location: "Phone", Description: desc,
		Alarm: &Alarm{Trigger: fmt.Sprintf("-PT%dM", int(AlarmBefore/time.Minute)), Text: "Partnership coaching in 15 minutes"},
	}, err
}

// deadline is the event of a deadline to contact a newcomer, read at now.
func deadline(n book.Newcomer, d book.Deadline, who string, now time.Time) (Event, error) {
	uid, err := contactUID(n, d)
	if d.Reason == book.ForPayment {
		e := paymentDeadline(d, who, now)
		e.UID = uid
		return e, err
	}
	last := d.LastDay()
	return Event{
		UID: uid, When: When{FirstDay: last, EndDay: last.AddDays(1)}, Transparent: true,
		Alarm:   &Alarm{Trigger: morningAlarm, Text: "Last day to make contact"},
		Summary: "Last day to contact " + who + " (assigned " + d.From.Day().String() + ")",
		Description: "The programme asks you to contact a newcomer within three days of the assignment " +
			"and to tell the coordinator, or the newcomer is reassigned. Then record it with partnercoach newcomer contacted.",
	}, err
}

// paymentDeadline is the event of a payment notice's 72 hours: their last
// hour, ending at the deadline, with a reminder PaymentAlarmBefore it. Its
// UID is the caller's to set.
func paymentDeadline(d book.Deadline, who string, now time.Time) Event {
	loc := now.Location()
	notice := "the notice came " + d.From.Format(loc)
	if !d.From.HasTime() {
		notice = "the notice was recorded as a day, " + d.From.Format(loc) + ", which counts from its start"
	}
	return Event{
		When: When{Start: d.Due.Add(-LastHour), End: d.Due}, Transparent: true,
		Alarm: &Alarm{
			Trigger: fmt.Sprintf("-PT%dH", int((PaymentAlarmBefore-LastHour)/time.Hour)),
			Text:    "24 hours left to make contact",
		},
		Summary: "Last day to contact " + who + " by " + d.Due.In(loc).Format("15:04") +
			" (72 hours from the payment notice of " + d.From.Format(loc) + ")",
		Description: "The programme asks you to contact a newcomer within 72 hours of a payment notice " +
			"to set up the next sessions: " + notice + ", so the 72 hours end " + book.FormatWhen(d.Due, now, "") +
			" (your time). Then record it with partnercoach newcomer contacted.",
	}
}

// monthEnd is the reminder to send the invoice on the last day of each
// month, from now's month on.
func monthEnd(now time.Time) Event {
	last := book.DateOf(records.MonthOf(now).AddDate(0, 1, -1))
	return Event{
		UID: monthEndUID, When: When{FirstDay: last, EndDay: last.AddDays(1)},
		RRule: "FREQ=MONTHLY;BYMONTHDAY=-1", Transparent: true,
		Summary: "Send the coaching invoice",
		Description: "The Institute pays coaches at the end of each month, for sessions whose coach log " +
			"is filled in. partnercoach invoice lists the month's billable sessions.",
		Alarm: &Alarm{Trigger: morningAlarm, Text: "Send the coaching invoice"},
	}
}
