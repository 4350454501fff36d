package main

import (
	"fmt"
	"io"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/drafts"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// The packet gives a coach three days from an assignment to make contact
// with the newcomer and to tell the programme coordinator so, or the
// newcomer is reassigned. Contact is what partnercoach records; the
// message to the coordinator is the coach's to send, and these lines say
// so where the deadline is set and where it is met.

// addedLine says a newcomer was added, and by when the contact and the
// word to the coordinator are due, or that the day has passed for an
// assignment given with a day long gone (today is the day of now).
func addedLine(name string, assigned book.Date, now time.Time) string {
	due, late := assigned.AddDays(book.ContactDays), ""
	if due.Before(book.DateOf(now)) {
		late = ", which has passed"
	}
	return fmt.Sprintf("Added %s, assigned %s: make contact, and tell the programme coordinator you have, by %s%s "+
		"(the message: partnercoach newcomer draft %s %s).\n",
		textsafe.Line(name), assigned, due, late, shellword.Quote(name, "NAME"), drafts.Confirm)
}

// sayCoordinator writes, after a contact recorded at m, that the
// programme coordinator is to be told and by when, when m is the contact
// that meets the newcomer's assignment deadline (book.CoordinatorDue).
func sayCoordinator(out io.Writer, n book.Newcomer, recs []session.Record, m book.Moment, now time.Time) {
	d, passed, ok := book.CoordinatorDue(n, recs, m, now)
	if !ok {
		return
	}
	late := ""
	if passed {
		late = ", which has passed"
	}
	fmt.Fprintf(out, "Tell the programme coordinator you made contact; the programme asks for it by %s%s: "+
		"partnercoach newcomer draft %s %s\n", d.LastDay(), late, shellword.Quote(n.Name, "NAME"), drafts.Confirm)
}

// coordinatorAfterContact reads the newcomer list and the records again,
// with the contact at m recorded, and says whether the coordinator is to
// be told of it (see sayCoordinator).
func coordinatorAfterContact(out, errw io.Writer, name string, m book.Moment, now time.Time) error {
	list, recs, err := readBook(errw)
	if err != nil {
		return err
	}
	n, err := findIn(list, name)
	if err != nil {
		return err
	}
	sayCoordinator(out, n, recs, m, now)
	return nil
}
