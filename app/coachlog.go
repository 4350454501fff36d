package app

import (
	"strings"
	"time"

	"partnercoach/around/fees"
	"partnercoach/script"
	"partnercoach/session"
)

// FirstSession reports whether a session is the newcomer's first, which
// screens them for the partnership pool: by their session number when it
// is known, else by the script.
func FirstSession(s *session.Session) bool {
	if KindOf(s.Script()) != script.Coaching {
		return false
	}
	n := s.Options().Number
	return n == 1 || n == 0 && s.Script().Name == "first"
}

// Kept gathers the coach log's answers for the record, dropping those
// that do not apply to the outcome: the recommendation only for a session
// held, the screening only for a first session held. A screening that
// says the newcomer is not ready (session.Screening.NotReady) answers
// "ready for a partnership" with no, whatever the form sent (see
// EndForm.ReadySettled). Texts are trimmed. (A peer session keeps no
// recommendation either: see Core.kept.)
func Kept(c session.Closing, first bool) session.Closing {
	out := session.Closing{Outcome: c.Outcome, Summary: strings.TrimSpace(c.Summary), FeeCents: c.FeeCents}
	if c.Outcome == session.Held {
		r := c.Recommendation
		out.Recommendation = session.Recommendation{
			FurtherSessions: r.FurtherSessions, Learn: strings.TrimSpace(r.Learn), Ready: r.Ready,
		}
		if first {
			out.Screening = c.Screening
			out.Recommendation.Ready = r.Ready && !c.Screening.NotReady()
		}
	}
	return out
}

// recordState is how writing the record went.
type recordState struct {
	answers session.Closing // the answers last given to Finish
	id      string          // the record's id once written
	err     error           // why writing it failed
	left    error           // why the autosave stayed after the record was written
}

// End ends the running session now and opens its coach log.
func (c *Core) End() Effects {
	if c.stage != Running {
		return Effects{}
	}
	return c.openLog(c.ses, c.clock.Now())
}

// openLog ends a session at the given time, if it was not ended yet, and
// opens its coach log; it saves the session, so that a resume comes back
// to the log. A note draft is kept as a note first (DraftKept): the record
// has no draft, and it would be lost.
func (c *Core) openLog(s *session.Session, at time.Time) Effects {
	c.saves.real = s.Real
	_, was := s.Ended()
	var e Effects
	if d := s.NoteDraft(); strings.TrimSpace(d) != "" && !was {
		s.Apply(session.AddNote{Text: Cut(d, MaxNote)}, at)
		s.SetNoteDraft("")
		c.typing.open = false
		e.Notices = append(e.Notices, DraftKept)
	}
	s.Apply(session.End{}, at)
	c.endedNow, c.loggedBack = !was, false
	c.ses, c.stage, c.ended = s, Logging, s.EndedOr(at)
	s.SetLogAnswers(c.LogAnswers())
	e.add(c.save(c.ended))
	return e
}

// DraftKept says that the note being written when the session ended, in
// the note field or typed on the session screen and not yet kept or
// dropped, was kept as a note, as the record holds no draft.
const DraftKept = "The note being written was kept as a note of the session."

// Ended returns when the session on show ended, once it has.
func (c *Core) Ended() time.Time { return c.ended }

// LogAnswers returns the coach log's answers as written so far: those
// saved with the session, or the defaults (no further sessions, and the
// outcome defaultOutcome gives), with this run's fee.
func (c *Core) LogAnswers() session.Closing {
	d := session.Closing{Outcome: c.defaultOutcome()}
	if c.ses != nil {
		if saved, ok := c.ses.LogAnswers(); ok {
			d = saved
		}
	}
	d.FeeCents = c.fee()
	return d
}

// defaultOutcome is the outcome the coach log offers first: held, unless
// the call never started, when the likeliest reason is that the newcomer
// did not come. A coach who presses Enter through the form then records
// a no-show, not a held session of no length.
func (c *Core) defaultOutcome() session.Outcome {
	if c.ses != nil {
		if _, how := c.ses.CallStarted(); how == session.CallWaiting {
			return session.NoShow
		}
	}
	return session.Held
}

// fee is the fee of the session on show, worked out from its newcomer,
// number and script by the one rule (see fees.Fees.Of): none for a peer
// session or a rehearsal, which are never billed.
func (c *Core) fee() int {
	if c.ses == nil {
		return 0
	}
	return c.cfg.Fees.Of(fees.SessionFor(c.ses.Options(), c.ses.Script()))
}

// kept gathers the coach log's answers for the record of the session on
// show (see Kept), keeping of the recommendation only what its EndForm
// asks: none of a peer session, the further sessions of a client's.
func (c *Core) kept(answers session.Closing) session.Closing {
	k := Kept(answers, FirstSession(c.ses))
	f := c.EndForm()
	switch r := &k.Recommendation; {
	case !f.Asks(k.Outcome):
		*r = session.Recommendation{}
	default:
		if f.Further == "" {
			r.FurtherSessions = 0
		}
		if f.Learn == "" {
			r.Learn = ""
		}
		if f.Ready == "" {
			r.Ready = false
		}
	}
	return k
}

// Peer reports whether the session on show is a peer session between two
// partners: no newcomer, no fee, no screening or recommendation.
func (c *Core) Peer() bool { return c.ses != nil && c.ses.Script().Peer() }

// FirstSession reports whether the session on show is a first session.
func (c *Core) FirstSession() bool { return c.ses != nil && FirstSession(c.ses) }

// SaveLogAnswers keeps the coach log's answers so far with the session,
// cut to their limits, and saves it when they changed, so that nothing
// written is lost.
func (c *Core) SaveLogAnswers(answers session.Closing) Effects {
	if c.stage != Logging {
		return Effects{}
	}
	answers = bounded(answers)
	answers.FeeCents = c.fee()
	if d, ok := c.ses.LogAnswers(); ok && d == answers {
		return Effects{}
	}
	c.ses.SetLogAnswers(answers)
	return c.save(c.ended)
}

// Finish writes the record of the ended session with the answers kept
// for its outcome, cut to their limits. A rehearsal is never logged (see
// KeepsOf): its autosave goes instead. A run that keeps nothing writes
// nothing.
func (c *Core) Finish(answers session.Closing) Effects {
	if c.stage != Logging && c.stage != WriteFailed {
		return Effects{}
	}
	answers = bounded(answers)
	answers.FeeCents = c.fee()
	c.record = recordState{answers: answers}
	k := c.cfg.Keeper
	if k == nil {
		c.stage = Written
		return Effects{}
	}
	c.stage = Writing
	if !recorded(c.ses.Options()) {
		last := c.saves.seq
		return Effects{Jobs: []Job{func() Result { return FinishResult{Err: k.Discard(last)} }}}
	}
	rec := c.ses.Record("", c.kept(answers), c.ended)
	return Effects{Jobs: []Job{func() Result {
		id, err := k.Finish(rec)
		return FinishResult{ID: id, Err: err}
	}}}
}

// RetryFinish tries again to write the record that failed.
func (c *Core) RetryFinish() Effects {
	if c.stage != WriteFailed {
		return Effects{}
	}
	return c.Finish(c.record.answers)
}

// written records how writing the record went. A record written whose
// autosave could not be removed is written all the same: trying again
// would write it twice.
func (c *Core) written(r FinishResult) {
	if r.ID == "" && r.Err != nil {
		c.record.err = r.Err
		c.stage = WriteFailed
		return
	}
	c.record.id, c.record.left = r.ID, r.Err
	c.stage = Written
	c.saves.failure = "" // the record holds the session: nothing is left to save
}

// LeftBehind says that the autosave of a session whose record is written
// could not be removed, and what to do about it; "" when it was.
func (c *Core) LeftBehind() string {
	if c.stage != Written || c.record.left == nil {
		return ""
	}
	return "The session's autosave could not be removed (" + firstLine(c.record.left.Error()) + "), and would bring " +
		"the session back to be logged again: 'partnercoach resume --discard' removes it."
}

// RecordLines say where the record went, or why it could not be written
// and what that means.
func (c *Core) RecordLines() []string {
	switch {
	case c.stage == WriteFailed:
		lines := []string{c.EndForm().Kept + " could not be written: " + firstLine(c.record.err.Error()) + "."}
		switch {
		case c.unsaved():
			return append(lines, "The session is not saved either: quitting now loses "+c.saves.lost()+".")
		case c.cfg.Keeper == nil:
			return append(lines, Capital(c.noSaveWords())+".")
		}
		return append(lines, "Nothing is lost: the session stays saved, and 'partnercoach resume' brings it back.")
	case c.stage != Written:
		return nil
	case c.record.id == "":
		how := "started with --no-save"
		if c.rehearsing() {
			how = "was a rehearsal"
		}
		return []string{"Nothing was saved: this run " + how + "."}
	}
	id := c.record.id
	lines := []string{c.EndForm().Kept + " is saved as " + id + ". 'partnercoach log show " + id + "' prints it."}
	if left := c.LeftBehind(); left != "" {
		lines = append(lines, left)
	}
	return lines
}
