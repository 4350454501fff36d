package book

import (
	"slices"
	"strings"
	"time"

	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/session"
)

// ContactDays is how many days the packet gives the coach to make contact
// after an assignment ("within three days") and after a payment notice
// ("within 72 hours").
const ContactDays = 3

// Deadline is a day by which the coach is to contact a newcomer.
//
// The files keep days, not hours, so a deadline falls ContactDays after
// the day of the assignment or notice and lasts to the end of that day.
// It is met by a contact or a session on record on a day from the day of
// the assignment or notice up to today: a contact before it answers an
// earlier one, and a day still to come has not happened yet. A contact
// after the deadline still meets it, late. A deadline is overdue when it
// is unmet and its day is over.
type Deadline struct {
	// Reason is "assignment" or "payment notice".
	Reason string
	// From is the day of the assignment or the notice; By is the last
	// day to make contact.
	From, By Date
	// Met is the first day of contact from From up to today, or the zero
	// Date when there has been none.
	Met Date
	// Overdue is whether the deadline is unmet and By is past.
	Overdue bool
}

// countSessions counts the newcomer's sessions whose outcome is picked.
func countSessions(name string, recs []session.Record, pick func(session.Outcome) bool) int {
	n := 0
	for _, r := range recs {
		if names.Same(r.Newcomer, name) && pick(r.Outcome) && !r.Peer() {
			n++
		}
	}
	return n
}

// Status is a newcomer with what follows from the records.
type Status struct {
	Newcomer
	// Listed is whether the newcomer is in the newcomer list; one known
	// only from records has no assigned day or notices.
	Listed bool
	// Held is how many of the newcomer's sessions were held, and NoShows
	// how many they did not come to (billable, and counted in the
	// numbering, but not held).
	Held, NoShows int
	// Next is the newcomer's next session.
	Next fees.Next
	// Deadlines are the contact-by days, the assignment's first.
	Deadlines []Deadline
}

// Pending returns the earliest deadline not yet met, if any.
func (s Status) Pending() (Deadline, bool) {
	for _, d := range s.Deadlines {
		if d.Met.IsZero() {
			return d, true
		}
	}
	return Deadline{}, false
}

// StatusOf works out a newcomer's status at the time now; days are read in
// now's location.
func StatusOf(n Newcomer, recs []session.Record, f fees.Fees, now time.Time) Status {
	return Status{
		Newcomer:  n,
		Listed:    true,
		Held:      countSessions(n.Name, recs, func(o session.Outcome) bool { return o == session.Held }),
		NoShows:   countSessions(n.Name, recs, func(o session.Outcome) bool { return o == session.NoShow }),
		Next:      fees.NextSession(n.Name, recs, f),
		Deadlines: Deadlines(n, recs, now),
	}
}

// Deadlines lists a newcomer's contact-by days at the time now: one for
// the assignment and one for each payment notice.
func Deadlines(n Newcomer, recs []session.Record, now time.Time) []Deadline {
	today := DateOf(now)
	contacts := contactDays(n, recs, now.Location())
	var out []Deadline
	add := func(reason string, from Date) {
		d := Deadline{Reason: reason, From: from, By: from.AddDays(ContactDays)}
		i, _ := slices.BinarySearchFunc(contacts, from, Date.Compare)
		if i < len(contacts) && !contacts[i].After(today) {
			d.Met = contacts[i]
		}
		d.Overdue = d.Met.IsZero() && today.After(d.By)
		out = append(out, d)
	}
	if !n.Assigned.IsZero() {
		add("assignment", n.Assigned)
	}
	for _, p := range n.PaymentNotices {
		add("payment notice", p)
	}
	return out
}

// contactDays are the sorted days of the newcomer's contacts and of their
// sessions of any outcome (a session booked is a contact made).
func contactDays(n Newcomer, recs []session.Record, loc *time.Location) []Date {
	days := slices.Clone(n.Contacts)
	for _, r := range recs {
		if names.Same(r.Newcomer, n.Name) {
			days = append(days, DateOf(r.Started.In(loc)))
		}
	}
	slices.SortFunc(days, Date.Compare)
	return days
}

// Statuses works out the status of every listed newcomer, and of every
// newcomer named in the records but not listed, sorted by assigned day
// and then by name; the unlisted come last.
func Statuses(list []Newcomer, recs []session.Record, f fees.Fees, now time.Time) []Status {
	byName := GroupRecords(recs)
	out := make([]Status, 0, len(list))
	seen := make(map[string]bool, len(list))
	for _, n := range list {
		out = append(out, StatusOf(n, byName.Of(n.Name), f, now))
		seen[names.Key(n.Name)] = true
	}
	for _, r := range recs {
		if key := names.Key(r.Newcomer); r.Newcomer != "" && !seen[key] {
			seen[key] = true
			s := StatusOf(Newcomer{Name: r.Newcomer}, byName.Of(r.Newcomer), f, now)
			s.Listed = false
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, compareStatus)
	return out
}

// Grouped are records grouped by their newcomer, so that each newcomer's
// are found at once, however many there are.
type Grouped map[string][]session.Record

// GroupRecords groups records by their newcomer (see names.Same), each
// group in the records' order.
func GroupRecords(recs []session.Record) Grouped {
	g := Grouped{}
	for _, r := range recs {
		if r.Newcomer != "" {
			key := names.Key(r.Newcomer)
			g[key] = append(g[key], r)
		}
	}
	return g
}

// Of returns the records of the newcomer of that name.
func (g Grouped) Of(name string) []session.Record { return g[names.Key(name)] }

// compareStatus orders listed newcomers before unlisted ones, then by
// assigned day, then by name.
func compareStatus(a, b Status) int {
	if a.Listed != b.Listed {
		if a.Listed {
			return -1
		}
		return 1
	}
	if c := a.Assigned.Compare(b.Assigned); c != 0 {
		return c
	}
	return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
}
