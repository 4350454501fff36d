package app

import (
	"time"

	"partnercoach/around/availability"
	"partnercoach/around/book"
)

// This file holds the coach's answer to "are you available to coach
// another newcomer?": asked at the end of a session (see After), kept by
// around/availability, and said the same way on both front ends' start
// screens, at the end of a session and by 'partnercoach newcomer list'
// and 'partnercoach available'.

// Availability is what the coach last said of coaching again, and how a
// new answer is kept.
type Availability struct {
	// Said is the last answer, read as the run starts; a zero one was
	// never given.
	Said availability.Answer
	// Keep keeps a new answer; it runs off the front end's loop. Nil
	// keeps nothing, and the question is not asked (a run that keeps
	// nothing).
	Keep func(availability.Answer) error
}

// AvailableResult is how keeping the coach's answer went.
type AvailableResult struct {
	Answer availability.Answer
	Err    error
}

func (AvailableResult) result() {}

// answerState is what became of this run's answer.
type answerState struct {
	given   bool
	answer  availability.Answer
	keeping bool
	err     error
}

// Available takes the coach's answer, yes or not now, and keeps it as a
// job. Answering again keeps the new answer. It does nothing while the
// question is not asked (see Asking).
func (c *Core) Available(yes bool) Effects {
	if !c.Asking() {
		return Effects{}
	}
	a := availability.Answer{Available: yes, Said: c.clock.Now()}
	c.answer = answerState{given: true, answer: a, keeping: true}
	keep := c.cfg.Availability.Keep
	return Effects{Jobs: []Job{func() Result { return AvailableResult{Answer: a, Err: keep(a)} }}}
}

// availableKept takes how keeping an answer went, and tells it once. A
// result of an answer given before the last is dropped.
func (c *Core) availableKept(r AvailableResult) Effects {
	if !c.answer.given || !r.Answer.Said.Equal(c.answer.answer.Said) || r.Answer.Available != c.answer.answer.Available {
		return Effects{}
	}
	c.answer.keeping, c.answer.err = false, r.Err
	if r.Err == nil {
		c.cfg.Availability.Said = r.Answer
	}
	return Effects{Notices: []string{c.availableAnswer()}}
}

// availableAnswer says what became of this run's answer, or else what the
// coach said before.
func (c *Core) availableAnswer() string {
	a := c.answer
	switch {
	case !a.given:
		return SaidAvailable(c.cfg.Availability.Said, c.clock.Now())
	case a.keeping:
		return "Keeping your answer…"
	case a.err != nil:
		return "Your answer could not be kept (" + firstLine(a.err.Error()) + "): " + availableCommand(a.answer.Available) + " keeps it later."
	case a.answer.Available:
		return "Kept: you are available to coach another newcomer; " + availableCommand(!a.answer.Available) + " changes it."
	}
	return "Kept: you are not available to coach for now; " + availableCommand(!a.answer.Available) + " changes it."
}

// availableCommand is the command that keeps an answer of yes, or of
// not now.
func availableCommand(yes bool) string {
	if yes {
		return "'partnercoach available yes'"
	}
	return "'partnercoach available no'"
}

// AvailabilityLine says what the coach last said of coaching again, for
// the start screen, or "" when they never said.
func (c *Core) AvailabilityLine() string {
	return SaidAvailable(c.cfg.Availability.Said, c.clock.Now())
}

// SaidAvailable says an answer at the time now, as one sentence: "You
// said on Fri 4 Dec you are available to coach again.", "You said today
// you are not available to coach until Sun 10 Jan.", or, once that day
// has come, that the coach expected to be available again from it. It is
// "" for an answer never given.
func SaidAvailable(a availability.Answer, now time.Time) string {
	if !a.Given() {
		return ""
	}
	said := "You said " + dayWords(book.DateOf(a.Said.In(now.Location())), now, "on ", "today")
	switch today := book.DateOf(now); {
	case a.Available:
		return said + " you are available to coach again."
	case a.Until.IsZero():
		return said + " you are not available to coach for now."
	case a.Until.After(today):
		return said + " you are not available to coach until " + dayWords(a.Until, now, "", "") + "."
	}
	return said + " you would be available to coach again from " + dayWords(a.Until, now, "", "") +
		": 'partnercoach available yes' says you are."
}

// dayWords writes a day as "Fri 4 Dec" after the word before it, with
// its year when that is not now's ("Fri 4 Dec 2025"), or as today when it
// is today and today is not "".
func dayWords(d book.Date, now time.Time, before, today string) string {
	if today != "" && d == book.DateOf(now) {
		return today
	}
	layout := "Mon 2 Jan"
	if t := d.Time(time.UTC); t.Year() != now.Year() {
		layout += " 2006"
	}
	return before + d.Time(time.UTC).Format(layout)
}
