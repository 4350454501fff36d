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
		fmt.Fprintf(&b, " Our session is booked for %s", myClock(a.At, in.Now))
		if theirs, known := book.FormatTheirs(a.At, in.Now, n.TimeZone); known {
			fmt.Fprintf(&b, ", which is %s for %s", theirs, n.Name)
		}
		b.WriteString(".")
	} else {
		b.WriteString(" We are setting up a time for our session.")
	}
	b.WriteString("\n\n" + signOff(in))
	d.Body = b.String()
	d.Notes = append(d.Notes, assignmentNotes(n, in)...)
	return d, nil
}

// assignmentNotes say whether a contact is on record since the assignment
// (one recorded, a session booked or one held), and by when the programme
// asks for the message.
func assignmentNotes(n book.Newcomer, in Input) []string {
	for _, dl := range book.Deadlines(n, in.Records, in.Now) {
		if dl.Reason != book.ForAssignment {
			continue
		}
		var notes []string
		if dl.Met.IsZero() {
			notes = append(notes, "No contact is recorded yet: once you have made it, record it with: partnercoach newcomer contacted NAME")
		}
		note := fmt.Sprintf("The programme asks for this message within three days of the assignment: by %s", dl.LastDay())
		if !in.Now.Before(dl.Due) {
			note += ", which has passed"
		}
		return append(notes, note+".")
	}
	if len(n.Contacts) == 0 {
		return []string{"No contact is recorded yet: once you have made it, record it with: partnercoach newcomer contacted NAME"}
	}
	return nil
}

// myClock writes a time on the coach's clock (now's location) with its
// zone named, so that someone elsewhere reads it right: "Sat 28 Mar 17:00
// my time (Asia/Tokyo, UTC+09:00)". A location with no name of its own
// (the machine's, or a fixed offset) gives its abbreviation where it has
// one: "(CET, UTC+01:00)".
func myClock(at, now time.Time) string {
	loc := now.Location()
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
	return book.FormatWhen(at, now, "") + " my time (" + names + ")"
}
