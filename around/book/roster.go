package book

import (
	"slices"
	"time"

	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/around/records"
	"partnercoach/internal/jsonfile"
	"partnercoach/session"
)

// RosterEntry is one newcomer on the start screen: who, and what their
// next session will be.
type RosterEntry struct {
	// Name is the newcomer's name as the coach wrote it: print it through
	// textsafe.
	Name string
	// Listed is whether the newcomer is in the newcomer list; one known
	// only from records is not.
	Listed bool
	// Next is their next session: its number, the script proposed and
	// the fee.
	Next fees.Next
	// At is their appointment still to come, or the zero time when none
	// is booked; When is it as the coach reads it, such as "Sun 28 Mar
	// 03:00 (09:00 for them, Europe/Berlin)", or "".
	At   time.Time
	When string
}

// Roster lists the newcomers on record, those in the list and those known
// only from records, with their next session and their appointment still
// to come at now, read in now's location. Those with an appointment come
// first, the soonest first; the others follow in the order of Statuses.
func Roster(list []Newcomer, recs []session.Record, f fees.Fees, now time.Time) []RosterEntry {
	var out []RosterEntry
	for _, s := range Statuses(list, recs, f, now) {
		e := RosterEntry{Name: s.Name, Listed: s.Listed, Next: s.Next}
		if a, ok := s.Upcoming(now); ok {
			e.At, e.When = a.At, FormatWhen(a.At, now, s.TimeZone)
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b RosterEntry) int {
		switch {
		case a.At.IsZero() && b.At.IsZero():
			return 0
		case a.At.IsZero():
			return 1
		case b.At.IsZero():
			return -1
		}
		return a.At.Compare(b.At)
	})
	return out
}

// LoadRoster reads the newcomer list and the records and returns Roster
// at now, with the problems of damaged files (moved aside, as List and
// ListNewcomers do). The error is one of reading the newcomer list.
func LoadRoster(f fees.Fees, now time.Time) ([]RosterEntry, []jsonfile.Problem, error) {
	list, problems, err := ListNewcomers()
	recs, recProblems := records.List()
	problems = append(problems, recProblems...)
	if err != nil {
		return nil, problems, err
	}
	return Roster(list, recs, f, now), problems, nil
}

// Known returns the newcomers on record, in the list or named only in
// records, as the names a name typed is looked up among (Lookup).
func Known(list []Newcomer, recs []session.Record) []Newcomer {
	out := slices.Clone(list)
	seen := make(map[string]bool, len(list))
	for _, n := range list {
		seen[names.Key(n.Name)] = true
	}
	for _, r := range recs {
		if key := names.Key(r.Newcomer); r.Newcomer != "" && !seen[key] {
			seen[key] = true
			out = append(out, Newcomer{Name: r.Newcomer})
		}
	}
	return out
}
