package calendar

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"partnercoach/around/book"
)

// The identities of the events. A calendar program knows an event by its
// UID: an import with a UID it has replaces its event, so a UID must
// never move while its event stands, and two events must never share one.
// Each is made of ids that the newcomer book gives once and never changes
// (book.Newcomer.ID, book.Appointment.ID) and of days, so none holds
// anything derived from a name, and none depends on the order of the
// book:
//
//	appointment-NEWCOMER-APPOINTMENT@partnercoach   a booked session
//	contact-NEWCOMER-assignment-YYYYMMDD@partnercoach  the deadline of an assignment
//	contact-NEWCOMER-payment-YYYYMMDD@partnercoach     that of a payment notice (its own day)
//	invoice-month-end@partnercoach                  the month-end reminder

// uidDomain ends every UID, as RFC 5545 suggests, so that partnercoach's
// never meet another program's.
const uidDomain = "@partnercoach"

// monthEndUID is the UID of the month-end reminder.
const monthEndUID = "invoice-month-end" + uidDomain

// uidRE matches the UIDs partnercoach makes, and nothing else; it tells
// partnercoach's files in a vdir from the coach's own.
var uidRE = regexp.MustCompile(`^(appointment-[0-9a-f]{16}-[0-9a-f]{16}|contact-[0-9a-f]{16}-(assignment|payment)-[0-9]{8}|invoice-month-end)@partnercoach$`)

// idRE matches an id of the newcomer book.
var idRE = regexp.MustCompile(`^[0-9a-f]{16}$`)

// appointmentUID is the UID of a booked session.
func appointmentUID(n book.Newcomer, a book.Appointment) (string, error) {
	if !idRE.MatchString(n.ID) || !idRE.MatchString(a.ID) {
		return "", fmt.Errorf("an appointment of the newcomer list has no id (newcomer %q, appointment %q): list the newcomers once to give it one", n.ID, a.ID)
	}
	return "appointment-" + n.ID + "-" + a.ID + uidDomain, nil
}

// contactUID is the UID of a deadline to make contact: the newcomer, the reason and
// the day it counts from, of which a newcomer has one of each.
func contactUID(n book.Newcomer, d book.Deadline) (string, error) {
	if !idRE.MatchString(n.ID) {
		return "", fmt.Errorf("a newcomer of the newcomer list has no id (%q): list the newcomers once to give them one", n.ID)
	}
	reason := strings.Fields(d.Reason)
	if len(reason) == 0 {
		return "", fmt.Errorf("a deadline to make contact has no reason")
	}
	return "contact-" + n.ID + "-" + reason[0] + "-" + d.From.Day().Time(time.UTC).Format(dateForm) + uidDomain, nil
}

// kindOf names the kind of event a UID is of, for the summary of its
// cancellation, which holds no name.
func kindOf(uid string) string {
	switch {
	case strings.HasPrefix(uid, "appointment-"):
		return "Cancelled: partnership coaching session"
	case strings.HasPrefix(uid, "contact-"):
		return "Cancelled: last day to contact a newcomer"
	}
	return "Cancelled"
}
