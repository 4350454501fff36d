package drafts

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"partnercoach/around/book"
)

// confirm tells the programme coordinator that contact was made, with the
// session booked on the coach's clock, its zone named, and on the
// newcomer's where their zone is known. How the call is made is left
// out: the coordinator does not need the newcomer's number.
func confirm(in Input) (Draft, error) {
	n := in.Newcomer
	d := Draft{To: "the programme coordinator", Subject: "Contact made with " + n.Name}
	var b strings.Builder
	b.WriteString("Hello,\n\n")
	fmt.Fprintf(&b, "I have made contact with %s", n.Name)
	if !n.Assigned.IsZero() {
		fmt.Fprintf(&b, ", who was assigned to me on %s", n.Assigned)
	}
	b.WriteString(".")
	if a, ok := n.Upcoming(in.Now); ok {
		fmt.Fprintf(&b, " Our session is booked for %s", myClock(a.At, in.Now.Location()))
		if theirs, known := book.FormatTheirs(a.At, in.Now.Location(), n.TimeZone); known {
			fmt.Fprintf(&b, ", which is %s for %s", theirs, n.Name)
		}
		b.WriteString(".")
	} else {
		b.WriteString(" We are setting up a time for our session.")
	}
	b.WriteString("\n\n" + signOff(in))
	d.Body = b.String()
	if len(n.Contacts) == 0 {
		d.Notes = append(d.Notes, "No contact is recorded yet: once you have made it, record it with: partnercoach newcomer contacted NAME")
	}
	if !n.Assigned.IsZero() {
		by := n.Assigned.AddDays(book.ContactDays)
		note := fmt.Sprintf("The programme asks for this message within three days of the assignment: by %s", by)
		if book.DateOf(in.Now).After(by) {
			note += ", which has passed"
		}
		d.Notes = append(d.Notes, note+".")
	}
	return d, nil
}

// myClock writes a time on the coach's clock with its zone named, so that
// someone elsewhere reads it right: "Sat 28 Mar 17:00 my time
// (Asia/Tokyo, UTC+09:00)". A location with no name of its own (the
// machine's, or a fixed offset) gives its abbreviation where it has one:
// "(CET, UTC+01:00)".
func myClock(at time.Time, loc *time.Location) string {
	t := at.In(loc)
	zone := loc.String()
	if zone == "Local" || zone == "" || zone == "UTC" {
		zone, _ = t.Zone()
	}
	offset := "UTC" + t.Format("-07:00")
	names := offset
	if zone != "" && strings.ContainsFunc(zone, unicode.IsLetter) && zone != "UTC" {
		names = zone + ", " + offset
	}
	return book.FormatWhen(at, loc, "") + " my time (" + names + ")"
}
