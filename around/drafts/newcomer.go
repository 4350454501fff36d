package drafts

import (
	"fmt"
	"strings"

	"partnercoach/around/book"
)

// The packet's 24-hour rule, as the newcomer reads it.
const chargeRule = "If you need to cancel or move it, please tell me at least 24 hours before: " +
	"a session not called off 24 hours ahead is charged for the time."

// contact asks the newcomer for a time, or to confirm the one pencilled
// in, how the call is made, and to have the short form ready. A newcomer
// who missed their first session is still before it.
func contact(in Input) (Draft, error) {
	n, h := in.Newcomer, historyOf(in)
	d := Draft{To: toNewcomer(n)}
	var b strings.Builder
	b.WriteString(greeting(n))
	switch {
	case h.held == 0 && h.noShows == 0:
		d.Subject = "Your Focusing partnership coaching session"
		fmt.Fprintf(&b, "I am %s, and I will be your coach in the Focusing partnership programme. "+
			"Let us find a time for our first session: fifty minutes by phone.\n\n", coachName(in))
	case h.held == 0:
		d.Subject = "Your first Focusing coaching session"
		b.WriteString("We did not manage to speak at the time we had set, so our first session is still to come. " +
			"Let us find a new time for it: fifty minutes by phone.\n\n")
	case h.paidSinceLast(n, in.Now.Location()):
		d.Subject = "Your next Focusing coaching session"
		b.WriteString("Thank you for booking more sessions. Let us find a time for the next one: " +
			"fifty minutes by phone, as before.\n\n")
	default:
		d.Subject = "Your next Focusing coaching session"
		b.WriteString("Let us find a time for our next session: fifty minutes by phone, as before.\n\n")
	}
	at := ""
	if a, ok := n.Upcoming(in.Now); ok {
		theirs, _ := book.FormatTheirs(a.At, in.Now, n.TimeZone)
		fmt.Fprintf(&b, "I have pencilled in %s. Does that suit you? If not, which days and times would?", theirs)
		at = " then"
	} else if n.TimeZone != "" {
		fmt.Fprintf(&b, "Which days and times suit you? Please give them on your own clock (%s).", n.TimeZone)
	} else {
		b.WriteString("Which days and times suit you? Please tell me your time zone as well, " +
			"so that we are sure to call at the same moment.")
	}
	line, note := callLine(n.Call, at)
	b.WriteString(" " + line + "\n\n")
	d.Notes = appendNote(d.Notes, note)
	b.WriteString(shortForm(in, h, &d))
	b.WriteString(signOff(in))
	d.Body = b.String()
	d.Notes = append(d.Notes, "Nothing was sent. Once you have made contact, record it with: partnercoach newcomer contacted NAME")
	return d, nil
}

// shortForm asks the newcomer to download the short form before their
// first session, or to have it in front of them again.
func shortForm(in Input, h history, d *Draft) string {
	form := in.ShortForm
	if form == "" {
		form = "[the short form]"
		d.Notes = append(d.Notes, "Name the short form you work with in the settings (short_form: in the file partnercoach config path shows), or fill it in above.")
	} else {
		form = `"` + form + `"`
	}
	if h.held == 0 {
		return fmt.Sprintf("Before we talk, please download the self-guiding short form %s from the partnership site, "+
			"so that we both have the same instructions in front of us during the call.\n\n", form)
	}
	return fmt.Sprintf("Please have the short form %s in front of you again when we talk.\n\n", form)
}

// booked confirms to the newcomer the session booked: its time on their
// clock, who calls whom and on what, the 24-hour rule and the short form.
func booked(in Input) (Draft, error) {
	n, h := in.Newcomer, historyOf(in)
	a, ok := n.Upcoming(in.Now)
	if !ok {
		return Draft{}, fmt.Errorf("%s has no session booked to come: book one with newcomer schedule", n.Name)
	}
	when, known := book.FormatTheirs(a.At, in.Now, n.TimeZone)
	which := "our next Focusing coaching session"
	if h.held == 0 {
		which = "our first Focusing partnership coaching session"
	}
	d := Draft{To: toNewcomer(n), Subject: "Our coaching session is booked"}
	var b strings.Builder
	b.WriteString(greeting(n))
	fmt.Fprintf(&b, "This is to confirm %s: %s, fifty minutes by phone.", which, when)
	line, note := callLine(n.Call, " then")
	b.WriteString(" " + line + "\n\n" + chargeRule + "\n\n")
	d.Notes = appendNote(d.Notes, note)
	b.WriteString(shortForm(in, h, &d))
	return finish(d, &b, in, known)
}

// reschedule gives the newcomer the new time of their session, in their
// own zone, and how the call is made.
func reschedule(in Input) (Draft, error) {
	n := in.Newcomer
	a, ok := n.Upcoming(in.Now)
	if !ok {
		return Draft{}, fmt.Errorf("%s has no session booked to come: book one with newcomer schedule, or move it with newcomer reschedule", n.Name)
	}
	d := Draft{To: toNewcomer(n), Subject: "A new time for our coaching session"}
	newTime, known := book.FormatTheirs(a.At, in.Now, n.TimeZone)
	line, note := callLine(n.Call, " then")
	var b strings.Builder
	b.WriteString(greeting(n))
	prev, moved := previous(n)
	switch {
	case moved && prev.By == book.ByNewcomer:
		old, _ := book.FormatTheirs(prev.At, in.Now, n.TimeZone)
		fmt.Fprintf(&b, "As you asked, our session of %s has moved. The new time is %s. %s\n\n", old, newTime, line)
	case moved:
		old, _ := book.FormatTheirs(prev.At, in.Now, n.TimeZone)
		fmt.Fprintf(&b, "I am sorry, but I need to move our session of %s. Could we talk on %s instead? "+
			"If that does not suit you, please tell me a time that does.\n\n", old, newTime)
		if prev.AgainstRule() {
			d.Notes = append(d.Notes, "You moved it less than 24 hours ahead: the packet asks you to tell the newcomer at least 24 hours before.")
		}
	default:
		fmt.Fprintf(&b, "Our session is now at %s. %s\n\n", newTime, line)
	}
	if !moved || prev.By == book.ByNewcomer {
		d.Notes = appendNote(d.Notes, note)
	}
	return finish(d, &b, in, known)
}

// previous is the appointment the standing one replaced, if it was moved
// to another time. A book written before a change of zone alone moved
// nothing may hold a "move" to the same instant: that is no move, and the
// message does not ask to move a session to the time it has.
func previous(n book.Newcomer) (book.Appointment, bool) {
	if len(n.Appointments) < 2 {
		return book.Appointment{}, false
	}
	p, cur := n.Appointments[len(n.Appointments)-2], n.Appointments[len(n.Appointments)-1]
	return p, p.State == book.Moved && !p.At.Equal(cur.At)
}

// finish signs a message to the newcomer and ends its notes: when their
// zone is not known, that the times are on the coach's clock; and that
// nothing was sent.
func finish(d Draft, b *strings.Builder, in Input, zoneKnown bool) (Draft, error) {
	b.WriteString(signOff(in))
	d.Body = b.String()
	if !zoneKnown {
		d.Notes = append(d.Notes, "Their time zone is not known, so the time is given in yours with its offset from UTC; "+
			"keep it with them with --tz on newcomer schedule or reschedule.")
	}
	d.Notes = append(d.Notes, "Nothing was sent.")
	return d, nil
}

// appendNote adds a note that is not empty.
func appendNote(notes []string, note string) []string {
	if note == "" {
		return notes
	}
	return append(notes, note)
}
