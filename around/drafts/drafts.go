// Package drafts writes the messages the programme asks a coach to send
// around the calls: to a newcomer to set up a time, to confirm the time
// booked, to move or call off a session, or to send them to the programme
// coordinator when they want to waive or transfer it; and to the
// coordinator to confirm that contact was made. It only drafts them; the
// coach sends them, and nothing here sends anything or records that it
// was sent.
//
// A message is text for an e-mail: each paragraph is one line, so that
// the mail program wraps it to its own width.
package drafts

import (
	"fmt"
	"strings"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/names"
	"partnercoach/session"
)

// Kind is which message to draft.
type Kind string

// The messages a coach can have drafted.
const (
	// Contact is to the newcomer, to set up a time.
	Contact Kind = "contact"
	// Booked is to the newcomer: the time booked, who calls whom and on
	// what, and the 24-hour rule.
	Booked Kind = "booked"
	// Confirm is to the programme coordinator: contact was made.
	Confirm Kind = "confirm"
	// Reschedule is to the newcomer: the session has a new time.
	Reschedule Kind = "reschedule"
	// Cancel is to the newcomer: the session is called off.
	Cancel Kind = "cancel"
	// Transfer is to the newcomer who wants to waive their session or
	// pass it on to someone else: the coordinator arranges that.
	Transfer Kind = "transfer"
)

// Kinds lists the messages in the order help text names them.
var Kinds = []Kind{Contact, Booked, Confirm, Reschedule, Cancel, Transfer}

// KindNames is Kinds as the command line writes them, "contact|booked|…".
func KindNames(sep string) string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, sep)
}

// ParseKind reads the name of a message.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("expected one of %s, got %q (transfer is for a newcomer who wants to waive or transfer their session)",
		KindNames(", "), s)
}

// Input is what a draft is made from.
type Input struct {
	// Newcomer is the newcomer the message is about.
	Newcomer book.Newcomer
	// Records are the coach's records; the newcomer's own are read.
	Records []session.Record
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
	// Notes are for the coach: what is missing, what to do next. NAME in
	// a note stands for the newcomer's name, quoted for the shell by the
	// command that prints it.
	Notes []string
}

// String writes the message as the coach copies it.
func (d Draft) String() string {
	return "To: " + d.To + "\nSubject: " + d.Subject + "\n\n" + d.Body
}

// Make drafts the message of the given kind.
func Make(kind Kind, in Input) (Draft, error) {
	write, ok := map[Kind]func(Input) (Draft, error){
		Contact: contact, Booked: booked, Confirm: confirm,
		Reschedule: reschedule, Cancel: cancel, Transfer: transfer,
	}[kind]
	if !ok {
		return Draft{}, fmt.Errorf("no message is called %q", kind)
	}
	d, err := write(in)
	if err == nil && in.Coach == "" {
		d.Notes = append(d.Notes, "Put your name in the settings (coach: in the file partnercoach config path shows), or fill it in above.")
	}
	return d, err
}

// history is how far the newcomer has come, from the records: sessions
// held and sessions they did not come to, and the day of the last one
// held in the coach's location.
type history struct {
	held, noShows int
	lastHeld      book.Date
}

// historyOf reads the newcomer's coaching sessions from the records; peer
// sessions between two partners are none of them.
func historyOf(in Input) history {
	var h history
	for _, r := range in.Records {
		if r.Peer() || !names.Same(r.Newcomer, in.Newcomer.Name) {
			continue
		}
		switch r.Outcome {
		case session.Held:
			h.held++
			if d := book.DateOf(r.Started.In(in.Now.Location())); d.After(h.lastHeld) {
				h.lastHeld = d
			}
		case session.NoShow:
			h.noShows++
		}
	}
	return h
}

// paidSinceLast reports whether a payment notice came on or after the day
// of the last session held, on the clock of loc: the newcomer has booked
// more sessions.
func (h history) paidSinceLast(n book.Newcomer, loc *time.Location) bool {
	for _, p := range n.PaymentNotices {
		if !p.DayIn(loc).Before(h.lastHeld) {
			return true
		}
	}
	return false
}

// greeting opens a message to the newcomer.
func greeting(n book.Newcomer) string {
	return fmt.Sprintf("Dear %s,\n\n", n.Name)
}

// toNewcomer is the To line of a message to the newcomer.
func toNewcomer(n book.Newcomer) string {
	return n.Name + " (the newcomer)"
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
