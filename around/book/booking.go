package book

import (
	"slices"
	"time"

	"partnercoach/around/names"
)

// SessionLength is how long a coaching session lasts: the packet's fifty
// minutes.
const SessionLength = 50 * time.Minute

// ClashMargin is the time kept free after a session before the next: ten
// minutes to finish the coach log and be ready for the next call. Two
// sessions whose starts are less than SessionLength + ClashMargin (an
// hour) apart are a double booking.
const ClashMargin = 10 * time.Minute

// The newcomer's night, on their clock: a session that starts from
// NightStarts (22:00) up to NightEnds (07:00) is at night for them. It is
// booked all the same, with a word, since some people do keep such hours,
// but it is more often a time zone or an hour mistaken.
const (
	NightStarts = 22
	NightEnds   = 7
)

// Clash is another newcomer's session that overlaps one being booked.
type Clash struct {
	// Name is the other newcomer's name as the coach wrote it, and Zone
	// their time zone, or "".
	Name, Zone string
	// At is the time of their session.
	At time.Time
}

// Booking is what a booking or a move did, for the command to say.
type Booking struct {
	// Newcomer is the entry as written.
	Newcomer Newcomer
	// Appointment is the session that stands now: the one booked, or on
	// a change of zone alone, the one kept.
	Appointment Appointment
	// Moved is the appointment a move ended, as it was moved; zero for a
	// booking and for a change of zone alone.
	Moved Appointment
	// ZoneOnly says that the session kept its time and only the
	// newcomer's time zone changed: nothing was moved.
	ZoneOnly bool
	// OldZone is the newcomer's time zone before, when it changed.
	OldZone string
	// Clashes are the other newcomers' sessions that overlap it.
	Clashes []Clash
}

// ZoneChanged reports whether the booking changed the newcomer's zone.
func (b Booking) ZoneChanged() bool { return b.Newcomer.TimeZone != b.OldZone }

// clashes lists the standing sessions of newcomers other than name whose
// starts are less than SessionLength + ClashMargin from at, soonest
// first. The instants are compared, so a change of the clocks between the
// two sessions neither hides a clash nor makes one.
func clashes(list []Newcomer, name string, at time.Time) []Clash {
	var out []Clash
	for _, n := range list {
		if names.Same(n.Name, name) {
			continue
		}
		a, ok := n.Current()
		if ok && a.At.Sub(at).Abs() < SessionLength+ClashMargin {
			out = append(out, Clash{Name: n.Name, Zone: n.TimeZone, At: a.At})
		}
	}
	slices.SortStableFunc(out, func(a, b Clash) int { return a.At.Compare(b.At) })
	return out
}

// AtNight returns a session's time on the newcomer's clock and reports
// whether it starts in their night (see NightStarts). With no zone known
// it reports false.
func AtNight(at time.Time, zone string) (time.Time, bool) {
	t, ok := theirTime(at, zone)
	if !ok {
		return time.Time{}, false
	}
	h := t.Hour()
	return t, h >= NightStarts || h < NightEnds
}
