package records

import (
	"fmt"
	"slices"
	"strings"

	"partnercoach/around/datalock"
	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/problem"
	"partnercoach/session"
)

// Change is a correction of a record made after its session: the
// newcomer it was with, how it turned out, and its number. A field left
// at its zero value is not changed.
type Change struct {
	// Newcomer is the newcomer's name; it must pass names.Check.
	Newcomer string
	// Outcome is one of session.Outcomes.
	Outcome session.Outcome
	// Number is the session's number for the newcomer, from 1.
	Number int
}

// Edited is a record before and after a correction.
type Edited struct {
	Before, After session.Record
	// Changes say what changed, one line each, such as "outcome: held →
	// no-show"; none when the record already was as asked. Names in them
	// are as the coach wrote them: print them through textsafe.
	Changes []string
	// Clashes are the other records of the same newcomer, with an outcome
	// that counts, that have the same session number.
	Clashes []string
	// OutOfStep are the records of the newcomer (before or after the
	// correction) whose numbers it has put out of step.
	OutOfStep []Renumber
}

// ParseOutcome reads an outcome as it is written in a record: held,
// no-show, rescheduled or transferred, in any case.
func ParseOutcome(s string) (session.Outcome, error) {
	for _, o := range session.Outcomes {
		if strings.EqualFold(strings.TrimSpace(s), string(o)) {
			return o, nil
		}
	}
	return "", fmt.Errorf("expected one of %s, got %q", outcomeNames(), s)
}

// EditRecord corrects the record with the given id and saves it in place,
// atomically, by the rules of Save. The fee follows (see fees.Fees.OfRecord):
// nothing for a session that is not billed; for one that is, the fee the
// record holds while the session keeps its number and was billed before,
// else the fee f gives it. Attaching a newcomer without a number numbers
// the session after their sessions held before it (see fees.Counts). An id that is
// not a record is refused, naming the ids close to it. When nothing
// changes, nothing is written. A record of that id found damaged is moved
// aside, and the error is its *jsonfile.Problem. The problems are those of other
// records found damaged (and moved aside) on the way.
func EditRecord(id string, c Change, f fees.Fees) (Edited, []jsonfile.Problem, error) {
	if err := c.check(); err != nil {
		return Edited{}, nil, err
	}
	var (
		ed       Edited
		problems []jsonfile.Problem
	)
	err := datalock.With(func(*datalock.Held) error {
		var err error
		ed, problems, err = editRecord(id, c, f)
		return err
	})
	return ed, problems, err
}

// editRecord is EditRecord for a caller that holds the data lock: the
// records are read, changed and written back under it, so that another
// correction or a forget is never lost between the reading and the
// writing.
func editRecord(id string, c Change, f fees.Fees) (Edited, []jsonfile.Problem, error) {
	recs, problems := List()
	i := slices.IndexFunc(recs, func(r session.Record) bool { return r.ID == id })
	if i < 0 {
		if j := slices.IndexFunc(problems, func(p jsonfile.Problem) bool { return p.Path == recordPath(id) }); j >= 0 {
			p := problems[j]
			return Edited{}, slices.Delete(problems, j, j+1), &p
		}
		return Edited{}, problems, notARecord(id, recs)
	}
	ed := Edited{Before: recs[i], After: apply(recs[i], c, recs, f)}
	ed.Changes = describeChanges(ed.Before, ed.After)
	ed.Clashes = clashes(ed.After, recs)
	ed.OutOfStep = outOfStep(ed.Before, ed.After, recs)
	if len(ed.Changes) == 0 {
		return ed, problems, nil
	}
	return ed, problems, save(ed.After)
}

// notARecord refuses an id that names no record, naming the ids close to
// it.
func notARecord(id string, recs []session.Record) error {
	ids := make([]string, len(recs))
	for i, r := range recs {
		ids[i] = r.ID
	}
	near := closeIDs(id, ids)
	if len(near) == 0 {
		return fmt.Errorf("no record has the id %q (partnercoach log lists them)", id)
	}
	return fmt.Errorf("no record has the id %q; close ones: %s (partnercoach log lists them)", id, strings.Join(near, ", "))
}

// maxClose is how many close ids a refusal names.
const maxClose = 5

// closeIDs picks from ids those close to id, the closest first: those a
// few characters away, and those of the same day. At most maxClose; none
// for an id too long to be one.
func closeIDs(id string, ids []string) []string {
	type near struct {
		id   string
		dist int
	}
	if len(id) > names.MaxLength {
		return nil
	}
	var out []near
	day := id[:min(len(id), len("2006-01-02"))]
	for _, other := range ids {
		d := problem.EditDistance(strings.ToLower(id), strings.ToLower(other))
		if d <= 2 || (len(day) == len("2006-01-02") && strings.HasPrefix(other, day)) {
			out = append(out, near{other, d})
		}
	}
	slices.SortStableFunc(out, func(a, b near) int { return a.dist - b.dist })
	var picked []string
	for _, n := range out[:min(len(out), maxClose)] {
		picked = append(picked, n.id)
	}
	return picked
}

// check refuses a change that asks for nothing, or for a value no record
// may hold.
func (c *Change) check() error {
	if c.Newcomer == "" && c.Outcome == "" && c.Number == 0 {
		return fmt.Errorf("nothing to change: give a newcomer, an outcome or a session number")
	}
	if c.Newcomer != "" {
		name, err := names.Check(c.Newcomer)
		if err != nil {
			return err
		}
		c.Newcomer = name
	}
	if c.Outcome != "" && !slices.Contains(session.Outcomes, c.Outcome) {
		return fmt.Errorf("outcome %q is not one of %s", c.Outcome, outcomeNames())
	}
	if c.Number < 0 {
		return fmt.Errorf("session number %d: expected 1 or more", c.Number)
	}
	return nil
}

// apply makes the change to rec, numbering and billing it as EditRecord
// says.
func apply(rec session.Record, c Change, recs []session.Record, f fees.Fees) session.Record {
	before := rec
	if c.Newcomer != "" {
		rec.Newcomer = c.Newcomer
	}
	if c.Outcome != "" {
		rec.Outcome = c.Outcome
	}
	switch {
	case c.Number > 0:
		rec.Number = c.Number
	case rec.Newcomer != "" && (!names.Same(rec.Newcomer, before.Newcomer) || rec.Number == 0):
		rec.Number = countedBefore(rec, recs) + 1
	}
	if !fees.Billed(before) || before.FeeCents == 0 || rec.Number != before.Number || !fees.Billed(rec) {
		rec.FeeCents = f.OfRecord(rec)
	}
	return rec
}

// countedBefore counts the sessions of rec's newcomer, other than rec,
// that count towards their number (see fees.Counts) and started before
// it.
func countedBefore(rec session.Record, recs []session.Record) int {
	n := 0
	for _, r := range recs {
		if r.ID != rec.ID && names.Same(r.Newcomer, rec.Newcomer) && fees.Counts(r) && r.Started.Before(rec.Started) {
			n++
		}
	}
	return n
}

// clashes lists the other records of rec's newcomer whose outcome counts
// and whose number is rec's, when rec's outcome counts too.
func clashes(rec session.Record, recs []session.Record) []string {
	if rec.Newcomer == "" || rec.Number == 0 || !fees.Counts(rec) {
		return nil
	}
	var ids []string
	for _, r := range recs {
		if r.ID != rec.ID && names.Same(r.Newcomer, rec.Newcomer) && fees.Counts(r) && r.Number == rec.Number {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// describeChanges says what differs between two versions of a record.
func describeChanges(a, b session.Record) []string {
	var out []string
	add := func(what, from, to string) {
		if from != to {
			out = append(out, fmt.Sprintf("%s: %s → %s", what, from, to))
		}
	}
	add("newcomer", orNone(a.Newcomer), orNone(b.Newcomer))
	add("outcome", string(a.Outcome), string(b.Outcome))
	add("session number", orNone(numberOrEmpty(a.Number)), orNone(numberOrEmpty(b.Number)))
	add("fee", fees.FormatCents(a.FeeCents), fees.FormatCents(b.FeeCents))
	return out
}

// orNone is s, or "none" when it is empty.
func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// numberOrEmpty is a session number, or "" when it is not known.
func numberOrEmpty(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprint(n)
}
