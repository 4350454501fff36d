package records

import (
	"strings"

	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// safeRecord returns a copy of a record whose text can be printed on a
// terminal or put in an export: every text that is one line in the log
// (names, titles, checklist items, choices) goes through textsafe.Line,
// and every text that may run over lines (notes, answers, the summary)
// through textsafe.Text. A record's text is data: a control character or
// an escape sequence in it is shown escaped, never sent to the terminal.
func safeRecord(r session.Record) session.Record {
	l, tx := textsafe.Line, textsafe.Text
	r.ID, r.Newcomer, r.Script, r.ScriptTitle = l(r.ID), l(r.Newcomer), l(r.Script), l(r.ScriptTitle)
	r.Outcome, r.Screening = session.Outcome(l(string(r.Outcome))), session.Screening(l(string(r.Screening)))
	r.Summary = tx(r.Summary)
	r.Recommendation.Learn = tx(r.Recommendation.Learn)
	steps := make([]session.StepRecord, len(r.Steps))
	for i, s := range r.Steps {
		s.ID, s.Title, s.Chosen = l(s.ID), l(s.Title), l(s.Chosen)
		s.Covered, s.Missed = lines(s.Covered), lines(s.Missed)
		if s.Answers != nil {
			answers := make(map[string]string, len(s.Answers))
			for q, a := range s.Answers {
				answers[l(q)] = tx(a)
			}
			s.Answers = answers
		}
		if s.Turn != nil {
			t := *s.Turn
			t.Name, s.Turn = l(t.Name), &t
		}
		steps[i] = s
	}
	r.Steps = steps
	notes := make([]session.Note, len(r.Notes))
	for i, n := range r.Notes {
		n.Step, n.Text = l(n.Step), tx(n.Text)
		notes[i] = n
	}
	r.Notes = notes
	marks := make([]session.Mark, len(r.Marks))
	for i, m := range r.Marks {
		m.Step = l(m.Step)
		marks[i] = m
	}
	r.Marks = marks
	return r
}

// lines passes each text of a list through textsafe.Line.
func lines(list []string) []string {
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = textsafe.Line(s)
	}
	return out
}

// csvCell makes a text safe for a CSV cell that a spreadsheet will open:
// one line without control characters (textsafe.Line), and, when it
// starts with a character a spreadsheet reads as the start of a formula
// (= + - @), an apostrophe before it, which spreadsheets show as text and
// do not print. It is for the cells of text; the cells of numbers and
// dates are written by partnercoach and are left as they are.
func csvCell(s string) string {
	s = textsafe.Line(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
