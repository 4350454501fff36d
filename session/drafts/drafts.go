// Package drafts writes the messages the programme asks a coach to send
// around the calls: to a newcomer to set up a time, to the programme
// coordinator to confirm that contact was made, and to a newcomer when a
// session moves. It only drafts them; the coach sends them, and nothing
// here sends anything or records that it was sent.
package drafts

import (
	"fmt"
	"strings"
	"time"

	"partnercoach/session/store"
)

// Kind is which message to draft.
type Kind string

// The messages a coach can have drafted.
const (
	// Contact is to the newcomer, to set up a time.
	Contact Kind = "contact"
	// Confirm is to the programme coordinator: contact was made.
	Confirm Kind = "confirm"
	// Reschedule is to the newcomer: the session has a new time.
	Reschedule Kind = "reschedule"
)

// Kinds lists the messages in the order help text names them.
var Kinds = []Kind{Contact, Confirm, Reschedule}

// ParseKind reads contact, confirm or reschedule.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("expected contact, confirm or reschedule, got %q", s)
}

// Input is what a draft is made from.
type Input struct {
	// Newcomer is the newcomer the message is about.
	Newcomer store.Newcomer
	// Held is how many of their sessions count so far.
	Held int
	// Coach is the coach's name from the settings; "" if not set.
	Coach string
	// ShortForm names the self-guiding short form the coach works with;
	// "" if not set.
	ShortForm string
	// Now is the time of drafting; its location is the coach's.
	Now time.Time
}

// Draft is a message for the coach to send, with notes for the coach
// that are not part of it.
type Draft struct {
	// To says who the message is for.
	To string
	// Subject and Body are the message.
	Subject, Body string
	// Notes are for the coach: what is missing, what to do next.
	Notes []string
}

// String writes the message as the coach copies it.
func (d Draft) String() string {
	return "To: " + d.To + "\nSubject: " + d.Subject + "\n\n" + d.Body
}

// Make drafts the message of the given kind.
func Make(kind Kind, in Input) (Draft, error) {
	var (
		d   Draft
		err error
	)
	switch kind {
	case Contact:
		d = contact(in)
	case Confirm:
		d = confirm(in)
	case Reschedule:
		d, err = reschedule(in)
	default:
		return Draft{}, fmt.Errorf("no message is called %q", kind)
	}
	if err == nil && in.Coach == "" {
		d.Notes = append(d.Notes, "Put your name in the settings (coach: in the file partnercoach config path shows), or fill it in above.")
	}
	return d, err
}

// contact asks the newcomer for a time and to have the short form ready.
func contact(in Input) Draft {
	n := in.Newcomer
	d := Draft{To: n.Name + " (the newcomer)"}
	var b strings.Builder
	fmt.Fprintf(&b, "Dear %s,\n\n", n.Name)
	if in.Held == 0 {
		d.Subject = "Your Focusing partnership coaching session"
		fmt.Fprintf(&b, "I am %s, and I will be your coach in the Focusing partnership programme. "+
			"Let us find a time for our first session: fifty minutes by phone.\n\n", coachName(in))
	} else {
		d.Subject = "Your next Focusing coaching session"
		b.WriteString("Thank you for booking more sessions. Let us find a time for the next one: " +
			"fifty minutes by phone, as before.\n\n")
	}
	if a, ok := n.Upcoming(in.Now); ok {
		theirs, _ := store.FormatTheirs(a.At, in.Now.Location(), n.TimeZone)
		fmt.Fprintf(&b, "I have pencilled in %s. Does that suit you? If not, which days and times would?\n\n", theirs)
	} else {
		b.WriteString("Which days and times suit you? Please tell me your time zone as well, so that we are " +
			"sure to call at the same moment.\n\n")
	}
	form := in.ShortForm
	if form == "" {
		form = "[the short form]"
		d.Notes = append(d.Notes, "Name the short form you work with in the settings (short_form: in the file partnercoach config path shows), or fill it in above.")
	} else {
		form = `"` + form + `"`
	}
	if in.Held == 0 {
		fmt.Fprintf(&b, "Before we talk, please download the self-guiding short form %s from the partnership site, "+
			"so that we both have the same instructions in front of us during the call.\n\n", form)
	} else {
		fmt.Fprintf(&b, "Please have the short form %s in front of you again when we talk.\n\n", form)
	}
	b.WriteString(signOff(in))
	d.Body = b.String()
	d.Notes = append(d.Notes, "Nothing was sent. Once you have made contact, record it with: partnercoach newcomer contacted NAME")
	return d
}

// confirm tells the programme coordinator that contact was made.
func confirm(in Input) Draft {
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
		fmt.Fprintf(&b, " Our session is booked for %s.", store.FormatWhen(a.At, in.Now.Location(), "")+" (my time)")
	} else {
		b.WriteString(" We are setting up a time for our session.")
	}
	b.WriteString("\n\n" + signOff(in))
	d.Body = b.String()
	if len(n.Contacts) == 0 {
		d.Notes = append(d.Notes, "No contact is recorded yet: once you have made it, record it with: partnercoach newcomer contacted NAME")
	}
	if !n.Assigned.IsZero() {
		by := n.Assigned.AddDays(store.ContactDays)
		note := fmt.Sprintf("The programme asks for this message within three days of the assignment: by %s", by)
		if store.DateOf(in.Now).After(by) {
			note += ", which has passed"
		}
		d.Notes = append(d.Notes, note+".")
	}
	return d
}

// reschedule gives the newcomer the new time of their session, in their
// own zone.
func reschedule(in Input) (Draft, error) {
	n := in.Newcomer
	a, ok := n.Upcoming(in.Now)
	if !ok {
		return Draft{}, fmt.Errorf("%s has no session booked to come: book one with newcomer schedule, or move it with newcomer reschedule", n.Name)
	}
	loc := in.Now.Location()
	d := Draft{To: n.Name + " (the newcomer)", Subject: "A new time for our coaching session"}
	newTime, known := store.FormatTheirs(a.At, loc, n.TimeZone)
	var b strings.Builder
	fmt.Fprintf(&b, "Dear %s,\n\n", n.Name)
	prev, moved := previous(n)
	switch {
	case moved && prev.By == store.ByNewcomer:
		old, _ := store.FormatTheirs(prev.At, loc, n.TimeZone)
		fmt.Fprintf(&b, "As you asked, our session of %s has moved. The new time is %s, and I will call you then.\n\n", old, newTime)
	case moved:
		old, _ := store.FormatTheirs(prev.At, loc, n.TimeZone)
		fmt.Fprintf(&b, "I am sorry, but I need to move our session of %s. Could we talk on %s instead? "+
			"If that does not suit you, please tell me a time that does.\n\n", old, newTime)
		if prev.AgainstRule() {
			d.Notes = append(d.Notes, "You moved it less than 24 hours ahead: the packet asks you to tell the newcomer at least 24 hours before.")
		}
	default:
		fmt.Fprintf(&b, "Our session is now at %s, and I will call you then.\n\n", newTime)
	}
	b.WriteString(signOff(in))
	d.Body = b.String()
	if !known {
		d.Notes = append(d.Notes, "Their time zone is not known, so the time is given in yours with its offset from UTC; keep it with them with --tz on newcomer schedule or reschedule.")
	}
	d.Notes = append(d.Notes, "Nothing was sent.")
	return d, nil
}

// previous is the appointment the standing one replaced, if it was moved.
func previous(n store.Newcomer) (store.Appointment, bool) {
	if len(n.Appointments) < 2 {
		return store.Appointment{}, false
	}
	p := n.Appointments[len(n.Appointments)-2]
	return p, p.State == store.Moved
}

// coachName is the coach's name, or how they stand to the newcomer.
func coachName(in Input) string {
	if in.Coach == "" {
		return "[your name]"
	}
	return in.Coach
}

// signOff ends a message with the coach's name.
func signOff(in Input) string {
	return "With warm wishes,\n" + coachName(in) + "\n"
}
