package records

import (
	"slices"

	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/session"
)

// Renumber is another record of a newcomer whose session number a
// correction has put out of step with the sessions held before it: it
// holds Number, and the sessions on record now make it session Want.
type Renumber struct {
	ID           string
	Number, Want int
}

// outOfStep lists the records, other than the one corrected, whose place
// among their newcomer's counted sessions (see fees.Counts) the correction
// from before to after has moved, and whose number is no longer that
// place: a first session corrected to "rescheduled" makes the second one
// held the first, at the first session's fee. It changes none of them;
// the coach decides, with log edit ID --number N.
func outOfStep(before, after session.Record, recs []session.Record) []Renumber {
	edited := slices.Clone(recs)
	for i := range edited {
		if edited[i].ID == after.ID {
			edited[i] = after
		}
	}
	var out []Renumber
	for _, r := range recs {
		if r.ID == after.ID || !fees.Counts(r) ||
			!(names.Same(r.Newcomer, before.Newcomer) || names.Same(r.Newcomer, after.Newcomer)) {
			continue
		}
		was, now := countedBefore(r, recs)+1, countedBefore(r, edited)+1
		if was != now && r.Number != now {
			out = append(out, Renumber{ID: r.ID, Number: r.Number, Want: now})
		}
	}
	return out
}
