package app

import (
	"strings"

	"partnercoach/around/review"
	"partnercoach/session"
)

// The review at the end of a session: once the coach log is written, both
// front ends show what the session's time was, step by step, planned
// against taken, from here; the full screen draws review.Picture, the
// accessible mode says review.Words.

// reviewed returns the record of the session on show as it was kept, and
// false until the coach log is written. A rehearsal and a run that keeps
// nothing get their review too: the time of a practice teaches as well.
func (c *Core) reviewed() (session.Record, bool) {
	if c.stage != Written || c.ses == nil {
		return session.Record{}, false
	}
	return c.ses.Record(c.record.id, Kept(c.record.answers, FirstSession(c.ses)), c.ended), true
}

// Review draws the review of the session just logged at most width cells
// wide (it reads at 80): a heading, then review.Picture. It is empty until
// the coach log is written.
func (c *Core) Review(width int) string {
	rec, ok := c.reviewed()
	if !ok {
		return ""
	}
	return review.Heading + "\n" + strings.TrimSuffix(review.Picture(rec, width), "\n")
}

// ReviewWords says the review of the session just logged in sentences, for
// the accessible mode: a heading, then review.Words. It is empty until the
// coach log is written.
func (c *Core) ReviewWords() []string {
	rec, ok := c.reviewed()
	if !ok {
		return nil
	}
	return append([]string{"The time of each step, planned and taken:"}, review.Words(rec)...)
}
