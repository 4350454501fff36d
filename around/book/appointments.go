package book

import (
	"errors"
	"fmt"
	"time"

	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/around/records"
	"partnercoach/internal/jsonfile"
	"partnercoach/session"
)

// notice is how far ahead the packet asks for a change to an appointment:
// the coach tells the newcomer at least 24 hours ahead when they must
// reschedule, and a newcomer who does not cancel 24 hours ahead is charged
// for the time.
const notice = 24 * time.Hour

// grace is how long after an appointment's time a session on record still
// counts as held for it, and how early one may have started: an
// appointment with no record of the newcomer's within grace of its time,
// and whose time is more than grace past, was missed.
const grace = 12 * time.Hour

// Party is who changed an appointment: the coach or the newcomer.
type Party string

// The parties to an appointment.
const (
	ByCoach    Party = "coach"
	ByNewcomer Party = "newcomer"
)

// ParseParty reads "coach" or "newcomer".
func ParseParty(s string) (Party, error) {
	switch p := Party(s); p {
	case ByCoach, ByNewcomer:
		return p, nil
	}
	return "", fmt.Errorf("expected coach or newcomer, got %q", s)
}

// State is what became of an appointment.
type State string

// The states of an appointment.
const (
	// Booked: the appointment stands.
	Booked State = "booked"
	// Cancelled: it was called off.
	Cancelled State = "cancelled"
	// Moved: it was rescheduled; the new time is the next appointment.
	Moved State = "rescheduled"
)

// Appointment is a session booked with a newcomer, kept in their entry of
// the newcomer list with what became of it.
type Appointment struct {
	// ID is the appointment's own id, which never changes (see ids.go).
	ID string `json:"id,omitempty"`
	// At is the time of the session.
	At time.Time `json:"at"`
	// Booked is when the coach recorded it.
	Booked time.Time `json:"booked"`
	// State is booked, cancelled or rescheduled.
	State State `json:"state"`
	// By is who cancelled or moved it; Changed is when that was recorded.
	By      Party     `json:"by,omitempty"`
	Changed time.Time `json:"changed,omitzero"`
}

// Late reports whether the appointment was cancelled or moved less than
// notice before its time (or after it).
func (a Appointment) Late() bool {
	return a.State != Booked && a.At.Sub(a.Changed) < notice
}

// AgainstRule reports whether the coach cancelled or moved the
// appointment less than 24 hours ahead, which the packet asks them not to.
func (a Appointment) AgainstRule() bool { return a.Late() && a.By == ByCoach }

// Billable reports whether the newcomer cancelled or moved the appointment
// less than 24 hours ahead: the packet charges them for the time, so the
// session counts as "did not come (billable)".
func (a Appointment) Billable() bool { return a.Late() && a.By == ByNewcomer }

// Current returns the newcomer's last appointment if it still stands.
func (n Newcomer) Current() (Appointment, bool) {
	if len(n.Appointments) == 0 {
		return Appointment{}, false
	}
	a := n.Appointments[len(n.Appointments)-1]
	return a, a.State == Booked
}

// Upcoming returns the newcomer's appointment still to come at now, if any.
func (n Newcomer) Upcoming(now time.Time) (Appointment, bool) {
	a, ok := n.Current()
	return a, ok && a.At.After(now)
}

// Missed returns the newcomer's standing appointment if it is more than
// grace past with no session of theirs on record, of any outcome, that
// started within grace of its time.
func Missed(n Newcomer, recs []session.Record, now time.Time) (Appointment, bool) {
	a, ok := n.Current()
	if !ok || now.Sub(a.At) <= grace || Covered(n.Name, a, recs) {
		return Appointment{}, false
	}
	return a, true
}

// Schedule books the newcomer's next session at the time at, recorded at
// now, and keeps their time zone if zone is not empty (it must name a
// place: see CheckZone). A standing appointment still to come is refused
// (reschedule it instead), and so is a time already past or too far ahead
// (see checkWhen). Other newcomers' sessions that overlap it are returned
// in the Booking: it is booked all the same (see ClashMargin).
func Schedule(name string, at time.Time, zone string, now time.Time) (Booking, []jsonfile.Problem, error) {
	return bookWith(name, at, zone, now, func(list []Newcomer, n *Newcomer, b *Booking) error {
		if a, ok := n.Upcoming(now); ok {
			return fmt.Errorf("%s already has a session booked for %s: use newcomer reschedule to move it",
				n.Name, FormatWhen(a.At, now, n.TimeZone))
		}
		if zone != "" {
			n.TimeZone = zone
		}
		n.Appointments = append(n.Appointments, Appointment{At: at, Booked: now, State: Booked})
		b.Clashes = clashes(list, n.Name, at)
		return nil
	})
}

// Reschedule moves the newcomer's standing appointment to the time at, as
// asked by by and recorded at now, and keeps their time zone if zone is
// not empty. The Booking holds the appointment as it was moved, to be
// checked against the 24-hour rule, and the sessions the new time
// overlaps. A time that is the standing appointment's own, with a new
// zone, moves nothing: only the zone changes (Booking.ZoneOnly); with no
// new zone it is refused, as there is nothing to change.
func Reschedule(name string, at time.Time, by Party, zone string, now time.Time) (Booking, []jsonfile.Problem, error) {
	return bookWith(name, at, zone, now, func(list []Newcomer, n *Newcomer, b *Booking) error {
		cur, ok := n.Current()
		if !ok {
			return fmt.Errorf("%s has no session booked: book one with newcomer schedule", n.Name)
		}
		if cur.At.Equal(at) {
			if zone == "" || zone == n.TimeZone {
				return fmt.Errorf("%s's session is already booked for %s: nothing to move", n.Name, FormatWhen(at, now, n.TimeZone))
			}
			n.TimeZone, b.ZoneOnly = zone, true
			return nil
		}
		b.Moved = endCurrent(n, Moved, by, now)
		if zone != "" {
			n.TimeZone = zone
		}
		n.Appointments = append(n.Appointments, Appointment{At: at, Booked: now, State: Booked})
		b.Clashes = clashes(list, n.Name, at)
		return nil
	})
}

// bookWith refuses a zone that is not the name of a place and a time that
// cannot be booked, then changes the newcomer's entry under the lock with
// change, which fills in what the Booking says. It returns the Booking
// with the entry as written and the appointment that stands.
func bookWith(name string, at time.Time, zone string, now time.Time, change func(list []Newcomer, n *Newcomer, b *Booking) error) (Booking, []jsonfile.Problem, error) {
	if err := CheckZone(zone); err != nil {
		return Booking{}, nil, err
	}
	if err := checkWhen(at, now); err != nil {
		return Booking{}, nil, err
	}
	var b Booking
	entry, problems, err := changeEntry(name, func(list []Newcomer, n *Newcomer) error {
		b.OldZone = n.TimeZone
		return change(list, n, &b)
	})
	if err != nil {
		return Booking{}, problems, err
	}
	b.Newcomer, b.Appointment = entry, entry.Appointments[len(entry.Appointments)-1]
	return b, problems, nil
}

// Cancel calls off the newcomer's standing appointment, as asked by by and
// recorded at now, and returns it as cancelled.
func Cancel(name string, by Party, now time.Time) (Appointment, []jsonfile.Problem, error) {
	var ended Appointment
	_, problems, err := changeEntry(name, func(_ []Newcomer, n *Newcomer) error {
		if _, ok := n.Current(); !ok {
			return fmt.Errorf("%s has no session booked: book one with newcomer schedule", n.Name)
		}
		ended = endCurrent(n, Cancelled, by, now)
		return nil
	})
	return ended, problems, err
}

// endCurrent marks the newcomer's standing appointment as cancelled or
// moved by by at now, and returns it so.
func endCurrent(n *Newcomer, to State, by Party, now time.Time) Appointment {
	a := &n.Appointments[len(n.Appointments)-1]
	a.State, a.By, a.Changed = to, by, now
	return *a
}

// checkWhen refuses an appointment's time that is already past at now,
// or that the files and a calendar cannot hold: outside the years a
// record may hold (see records.TimeProblem), such as 9999-12-31 23:59, whose end in a
// calendar would fall in the year 10000.
func checkWhen(at, now time.Time) error {
	if records.TimeProblem("the time", at) != "" {
		return fmt.Errorf("%s is too far ahead: expected a time %s", at.Format(time.RFC3339), records.Years())
	}
	if !at.After(now) {
		return fmt.Errorf("%s is already past", at.Format(time.RFC3339))
	}
	return nil
}

// FarAhead reports whether an appointment at at is more than a year after
// now: possible, but more often a year mistyped, which the coach is told.
func FarAhead(at, now time.Time) bool { return at.After(now.AddDate(1, 0, 0)) }

// appointmentProblem is what is wrong with a newcomer's time zone or
// appointments as read from the file, or "". On a machine with no zone
// database a stored zone cannot be checked: the book is still read, and
// what needs the zone says what to install.
func appointmentProblem(n Newcomer) string {
	if err := checkStoredZone(n.TimeZone); err != nil && !errors.Is(err, ErrNoZoneDatabase) {
		return fmt.Sprintf("%q: time_zone: %v", n.Name, err)
	}
	for i, a := range n.Appointments {
		switch {
		case a.At.IsZero() || a.Booked.IsZero():
			return fmt.Sprintf("%q: appointment %d needs both at and booked times", n.Name, i+1)
		case timesProblem(a) != "":
			return fmt.Sprintf("%q: appointment %d: %s", n.Name, i+1, timesProblem(a))
		case a.State != Booked && a.State != Cancelled && a.State != Moved:
			return fmt.Sprintf("%q: appointment %d: state %q is not one of booked, cancelled, rescheduled", n.Name, i+1, a.State)
		case a.State != Booked && (a.Changed.IsZero() || (a.By != ByCoach && a.By != ByNewcomer)):
			return fmt.Sprintf("%q: appointment %d is %s: it needs changed (a time) and by (coach or newcomer)", n.Name, i+1, a.State)
		}
	}
	return ""
}

// timesProblem says which of an appointment's times falls outside the
// years a record may hold (see records.TimeProblem), or returns "": a
// time in the year 9999, say, would give a calendar event that ends in the
// year 10000, which neither a calendar nor the export's state can hold.
func timesProblem(a Appointment) string {
	for _, t := range []struct {
		key string
		at  time.Time
	}{{"at", a.At}, {"booked", a.Booked}, {"changed", a.Changed}} {
		if msg := records.TimeProblem(t.key, t.at); msg != "" && !t.at.IsZero() {
			return msg
		}
	}
	return ""
}

// Chargeable returns the newcomer's latest appointment that the packet
// lets the Institute charge for and that no record covers yet: one that
// stood and whose time is more than grace past (see Missed), or one the
// newcomer cancelled or moved less than 24 hours ahead.
func Chargeable(n Newcomer, recs []session.Record, now time.Time) (Appointment, bool) {
	for i := len(n.Appointments) - 1; i >= 0; i-- {
		a := n.Appointments[i]
		passed := a.State == Booked && now.Sub(a.At) > grace
		if (passed || a.Billable()) && !Covered(n.Name, a, recs) {
			return a, true
		}
	}
	return Appointment{}, false
}

// Covered reports whether a record of the newcomer's covers an
// appointment: one that started within the grace of its time, such as
// the no-show recorded for a late cancellation.
func Covered(name string, a Appointment, recs []session.Record) bool {
	for _, r := range recs {
		if names.Same(r.Newcomer, name) && r.Started.Sub(a.At).Abs() <= grace {
			return true
		}
	}
	return false
}

// RecordNoShow saves the coach log of a session the newcomer did not come
// to and is charged for, at the time of the appointment: it counts as
// their next session, with its fee, and goes on that month's invoice. No
// call started, so it ends as it starts, with no steps. The
// records are read again under the data lock, so that two runs at once
// record the appointment once: one that a record covers by then is
// refused.
func RecordNoShow(n Newcomer, a Appointment, f fees.Fees) (session.Record, error) {
	return records.Append(func(recs []session.Record) (session.Record, error) {
		if Covered(n.Name, a, recs) {
			return session.Record{}, fmt.Errorf("%s's session of %s is already on record", n.Name, a.At.Format(time.RFC3339))
		}
		next := fees.NextSession(n.Name, recs, f)
		return session.Record{
			Format: session.RecordFormat, Newcomer: n.Name, Number: next.Number,
			Script: next.Script, Started: a.At, Ended: a.At, Steps: []session.StepRecord{},
			Outcome: session.NoShow, FeeCents: next.FeeCents,
		}, nil
	})
}
