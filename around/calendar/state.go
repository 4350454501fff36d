package calendar

import (
	"time"

	"partnercoach/around/book"
)

// What an export remembers. A calendar program that imports a file never
// deletes an event the file lacks: an event that was exported and has
// gone (its newcomer forgotten or contacted, its session cancelled or
// moved) must be exported again as a cancellation, with the same UID, a
// higher SEQUENCE and STATUS:CANCELLED, for as long as an import could
// still need it: until its time has passed. So each export keeps, in a
// small file of the state folder, the UID of each event it wrote, its
// last SEQUENCE and its time, and nothing else: no name, no summary, no
// description. Its time is kept so that the cancellation can say when,
// as a calendar needs, and so that it is forgotten once past.

// stateFormat is the version of the state file's format.
const stateFormat = 1

// stateFile is the content of StatePath.
type stateFile struct {
	Format int        `json:"format"`
	Events []exported `json:"events"`
	// Outputs are the calendar files and vdir folders an older
	// partnercoach kept here; it is read and no longer written, since
	// around/outputs keeps them (and held them already).
	Outputs []string `json:"outputs,omitempty"`
}

// exported is what is kept of an event once it has been exported.
type exported struct {
	UID string `json:"uid"`
	// Sequence is the SEQUENCE it was last written with.
	Sequence int `json:"sequence"`
	// Start and End are the values of DTSTART and DTEND: a day
	// (20261207) or a time in UTC (20261207T090000Z).
	Start string `json:"start"`
	End   string `json:"end"`
	// Gone says that it was last written as a cancellation.
	Gone bool `json:"gone,omitempty"`
}

// reconcile returns the events to write at now: each event that stands,
// with its SEQUENCE, then a cancellation of each event exported before
// that has gone and whose time has not passed. It brings the state up to
// date: a new event is remembered, an event whose time changed or that
// went or came back gets a higher SEQUENCE, and an event that has gone
// and whose time has passed is forgotten.
func (s *stateFile) reconcile(standing []Event, now time.Time) []Event {
	known := map[string]exported{}
	for _, x := range s.Events {
		known[x.UID] = x
	}
	out := make([]Event, 0, len(standing))
	next := make([]exported, 0, len(s.Events))
	stands := map[string]bool{}
	for _, e := range standing {
		_, start, end := e.values()
		x, ok := known[e.UID]
		if !ok {
			x = exported{UID: e.UID, Start: start, End: end}
		} else if x.Gone || x.Start != start || x.End != end {
			x = exported{UID: e.UID, Sequence: x.Sequence + 1, Start: start, End: end}
		}
		e.Sequence = x.Sequence
		out = append(out, e)
		next = append(next, x)
		stands[e.UID] = true
	}
	for _, x := range s.Events {
		if stands[x.UID] || passed(x, now) {
			continue
		}
		if !x.Gone {
			x.Sequence++
			x.Gone = true
		}
		out = append(out, cancellation(x))
		next = append(next, x)
	}
	s.Events = next
	return out
}

// cancellation is the event that takes an exported event out of a
// calendar: its UID, its time and its SEQUENCE, marked cancelled, with a
// summary that says only what kind of event it was.
func cancellation(x exported) Event {
	when, _ := parseWhen(x.Start, x.End) // checked when the state was read
	return Event{UID: x.UID, When: when, Sequence: x.Sequence, Status: Cancelled, Summary: kindOf(x.UID), Transparent: true}
}

// passed reports whether an exported event's time is over at now. A day
// ends at midnight where the coach is.
func passed(x exported, now time.Time) bool {
	when, err := parseWhen(x.Start, x.End)
	if err != nil {
		return true
	}
	end := when.End
	if when.AllDay() {
		end = when.EndDay.Time(now.Location())
	}
	return !end.After(now)
}

// parseWhen reads the values of DTSTART and DTEND back: two days or two
// times in UTC, the end after the start.
func parseWhen(start, end string) (When, error) {
	layout := utcForm
	if len(start) == len(dateForm) {
		layout = dateForm
	}
	s, err := time.Parse(layout, start)
	if err != nil {
		return When{}, err
	}
	e, err := time.Parse(layout, end)
	if err != nil {
		return When{}, err
	}
	if !e.After(s) {
		return When{}, errEndFirst
	}
	if layout == dateForm {
		return When{FirstDay: book.DateOf(s), EndDay: book.DateOf(e)}, nil
	}
	return When{Start: s, End: e}, nil
}
