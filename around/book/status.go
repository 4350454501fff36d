package book

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/session"
)

// ContactDays is how many days the packet gives the coach to make contact
// after an assignment: "within three days of the assignment".
const ContactDays = 3

// PaymentWindow is how long the packet gives the coach to contact a
// newcomer after a payment notice: "within 72 hours".
const PaymentWindow = 72 * time.Hour

// The reasons of a deadline.
const (
	ForAssignment = "assignment"
	ForPayment    = "payment notice"
)

// Deadline is when the coach is to contact a newcomer by.
//
// An assignment is kept as a day, and the packet counts its three days as
// days: the deadline is the end of the third day after it, on the coach's
// clock. A payment notice's 72 hours are hours: the deadline is the
// instant 72 hours after the notice, or, for a notice given as a day
// alone, 72 hours after the start of that day (see Moment), so that it
// never ends after the programme's. Across a change of the clocks the 72
// hours stay 72 hours, so the hour on the clock moves.
//
// A deadline is met by a contact, a session booked (at the moment it was
// booked) or a session on record (at its start) that comes at or after
// the assignment or notice (see Moment.Answers) and has happened by now:
// a contact before it answers an earlier one, and one still to come has
// not happened yet. A contact after the deadline still meets it, late. A
// deadline is overdue when it is unmet and its instant has come.
type Deadline struct {
	// Reason is ForAssignment or ForPayment.
	Reason string
	// From is the assignment's day or the notice.
	From Moment
	// Due is the instant by which to make contact, on the coach's clock:
	// a contact before it is in time.
	Due time.Time
	// Met is the first contact from From up to now, or the zero Moment
	// when there has been none.
	Met Moment
	// Overdue is whether the deadline is unmet and Due has come.
	Overdue bool
}

// LastDay is the last day on the coach's clock to make contact: the day
// the deadline ends in, or the day before when it ends at the start of a
// day.
func (d Deadline) LastDay() Date { return DateOf(d.Due.Add(-time.Second)) }

// String says when the deadline is and why, as newcomer list shows it:
// "2026-11-28 (assignment)", the last day; "2026-12-04 14:05 (72 h from
// the payment notice)", the instant; or, for a notice given as a day,
// "2026-12-04 00:00 (72 h from the start of the notice's day)".
func (d Deadline) String() string {
	if d.Reason == ForAssignment {
		return fmt.Sprintf("%s (%s)", d.LastDay(), d.Reason)
	}
	from := "the payment notice"
	if !d.From.HasTime() {
		from = "the start of the notice's day"
	}
	return fmt.Sprintf("%s (72 h from %s)", d.Due.Format(dateLayout+" "+clockLayout), from)
}

// AssignmentDue is the deadline of an assignment on the given day, on the
// clock of loc: the start of the fourth day after it.
func AssignmentDue(assigned Date, loc *time.Location) time.Time {
	return assigned.AddDays(ContactDays + 1).Time(loc)
}

// PaymentDue is the deadline of a payment notice, on the clock of loc:
// 72 hours after it, a day alone counting from its start.
func PaymentDue(notice Moment, loc *time.Location) time.Time {
	return notice.Start(loc).Add(PaymentWindow)
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
	// Deadlines are the deadlines to make contact, the assignment's first.
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

// Deadlines lists a newcomer's deadlines to make contact at the time now,
// on now's clock: one for the assignment and one for each payment notice.
func Deadlines(n Newcomer, recs []session.Record, now time.Time) []Deadline {
	loc := now.Location()
	contacts := contactMoments(n, recs, loc)
	var out []Deadline
	add := func(reason string, from Moment, due time.Time) {
		d := Deadline{Reason: reason, From: from, Due: due}
		for _, c := range contacts {
			if c.Answers(from, loc) {
				if !c.Start(loc).After(now) {
					d.Met = c
				}
				break
			}
		}
		d.Overdue = d.Met.IsZero() && !now.Before(due)
		out = append(out, d)
	}
	if !n.Assigned.IsZero() {
		add(ForAssignment, OnDay(n.Assigned), AssignmentDue(n.Assigned, loc))
	}
	for _, p := range n.PaymentNotices {
		add(ForPayment, p, PaymentDue(p, loc))
	}
	return out
}

// CoordinatorDue returns, after a contact recorded at m, the
// assignment's deadline when m is the contact that met it: the programme
// asks the coach to tell its coordinator of that contact by the
// deadline's last day. passed says that the day is over at now, or was
// when the contact came. It reports false for a contact that answers a
// payment notice, or when an earlier contact met the assignment's.
func CoordinatorDue(n Newcomer, recs []session.Record, m Moment, now time.Time) (d Deadline, passed, ok bool) {
	loc := now.Location()
	for _, d := range Deadlines(n, recs, now) {
		if d.Reason == ForAssignment && !d.Met.IsZero() && d.Met.Start(loc).Equal(m.Start(loc)) {
			return d, !d.Met.Start(loc).Before(d.Due) || !now.Before(d.Due), true
		}
	}
	return Deadline{}, false, false
}

// contactMoments are the newcomer's contacts, the moments their sessions
// were booked (a session booked is a contact made) and the starts of
// their sessions on record of any outcome, in order on the clock of loc.
func contactMoments(n Newcomer, recs []session.Record, loc *time.Location) []Moment {
	out := slices.Clone(n.Contacts)
	for _, a := range n.Appointments {
		out = append(out, AtInstant(a.Booked))
	}
	for _, r := range recs {
		if names.Same(r.Newcomer, n.Name) {
			out = append(out, AtInstant(r.Started))
		}
	}
	slices.SortStableFunc(out, func(a, b Moment) int { return a.Start(loc).Compare(b.Start(loc)) })
	return out
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
