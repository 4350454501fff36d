package app

import (
	"strings"
	"time"

	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// Stage is where a run of the program is.
type Stage int

// The stages, in their usual order.
const (
	Choosing    Stage = iota // the choice of script (and an unfinished session on offer)
	Running                  // a session
	Logging                  // the session is ended: its coach log is being written
	Writing                  // the record is being written
	WriteFailed              // the record could not be written
	Written                  // the record is written (or, in a run that keeps nothing, not kept)
)

// Core is one run of the program: the session on show from its start to
// its record, its saves, its alerts and the quit question. A front end
// calls it from its own loop only; the Jobs it returns run elsewhere and
// their Results come back through Report.
type Core struct {
	cfg   Config
	clock timer.Clock
	stage Stage
	ses   *session.Session
	offer *session.Session
	ended time.Time // when the session on show ended, once it has
	// endedNow is whether this run ended the session, so that undoing
	// the end takes the coach log back to the session.
	endedNow bool
	// loggedBack is whether the coach log on show is of a session brought
	// back to it, ended when it was last saved or before (see
	// finishBroughtBack).
	loggedBack bool

	saves  saves
	typing typing
	notify string // why the last desktop notification failed, until one succeeds
	// probed is whether notify was found by asking at the start, before
	// any notification was sent.
	probed  bool
	record  recordState
	discard bool        // the session was left with nothing in it and discarded
	who     *Who        // whom the session is with, as set on the start screen
	answer  answerState // this run's answer to whether the coach is available again
}

// New returns the core of a run. It opens nothing yet: see Begin.
func New(cfg Config) *Core {
	if cfg.Clock == nil {
		cfg.Clock = timer.Wall{}
	}
	c := &Core{cfg: cfg, clock: cfg.Clock, offer: cfg.Offer}
	c.saves.keeper = cfg.Keeper
	return c
}

// Config returns the configuration the run started with.
func (c *Core) Config() Config { return c.cfg }

// Clock returns the clock of the run.
func (c *Core) Clock() timer.Clock { return c.clock }

// Stage returns where the run is.
func (c *Core) Stage() Stage { return c.stage }

// Session returns the session on show, or nil before one is opened.
func (c *Core) Session() *session.Session { return c.ses }

// Offer returns the unfinished session on offer, or nil.
func (c *Core) Offer() *session.Session { return c.offer }

// Begin opens what the configuration asks for: a resumed session (or its
// coach log), a new session of Start, or the choice of script; and asks
// whether desktop notifications would reach the desktop.
func (c *Core) Begin() Effects {
	e := c.beginStage()
	if c.cfg.Notifier != nil {
		if job := probeJob(c.cfg.Notifier); job != nil {
			e.Jobs = append(e.Jobs, job)
		}
	}
	return e
}

// beginStage opens what the configuration asks for (see Begin).
func (c *Core) beginStage() Effects {
	r := c.cfg.Resume
	switch {
	case r != nil && (c.cfg.Finish || r.IsEnded()):
		return c.finishBroughtBack(r)
	case r != nil:
		c.saves.onDisk(c.cfg.Saved)
		return c.open(r)
	case c.cfg.Start != nil:
		return c.StartScript(c.cfg.Start)
	}
	c.stage = Choosing
	return Effects{}
}

// StartScript opens a new session of the script at the clock's now, if
// no session is open yet, with whom the start screen set (see SetWho),
// else with the configuration's newcomer.
func (c *Core) StartScript(s *script.Script) Effects {
	if c.ses != nil {
		return Effects{}
	}
	c.offer = nil // the new session's autosave takes its place: the front end asked first
	opts, e := c.whoStart(s)
	e.add(c.open(session.New(s, opts, c.clock.Now())))
	return e
}

// ResumeOffer opens the unfinished session on offer or, with finish or
// when it had ended, its coach log. A session brought back says so, and
// when it was saved, in the notice it opens with (Config().Notice).
func (c *Core) ResumeOffer(finish bool) Effects {
	o := c.offer
	if o == nil {
		return Effects{}
	}
	c.offer = nil
	if finish || o.IsEnded() {
		return c.finishBroughtBack(o)
	}
	c.saves.onDisk(c.cfg.Saved)
	if !o.Options().Rehearsal.On() { // a rehearsal's clock is not the wall's
		c.cfg.Notice = ResumedNotice(o, c.cfg.Saved, c.clock.Now())
	}
	return c.open(o)
}

// finishBroughtBack opens the coach log of the unfinished session s,
// brought back from its autosave: it ended when it was last saved, unless
// it had ended before.
func (c *Core) finishBroughtBack(s *session.Session) Effects {
	c.saves.onDisk(c.cfg.Saved)
	e := c.openLog(s, s.EndedOr(savedOn(s, c.cfg.Saved)))
	c.loggedBack = true
	return e
}

// savedOn returns the instant of the session's own clock at which it was
// last saved, the wall clock's saved: a rehearsal's runs fast, and its
// times are on it.
func savedOn(s *session.Session, saved time.Time) time.Time {
	return s.Options().Rehearsal.Scaled(saved)
}

// DiscardOffer drops the unfinished session on offer for good.
func (c *Core) DiscardOffer() Effects {
	c.offer = nil
	if k, last := c.cfg.Keeper, c.saves.seq; k != nil {
		return Effects{Jobs: []Job{func() Result { return DiscardResult{Err: k.Discard(last)} }}}
	}
	return Effects{}
}

// open shows a session, new or brought back, and saves it at once so
// that it can be resumed from the first moment. A session brought back
// is first brought up to now, so that the first words said of it are
// true: a segment whose end passed while the program was not running
// waits at its check-in, a turn whose time ran out is over; the latest
// alert that fell due meanwhile is shown (see caughtUp).
func (c *Core) open(s *session.Session) Effects {
	c.ses, c.stage, c.ended = s, Running, time.Time{}
	c.saves.real = s.Real
	now := c.clock.Now()
	e := c.caughtUp(s.Advance(now))
	e.add(c.save(now))
	return e
}

// Apply carries out an action now: the session's events, its alerts as
// decided, and its autosave when anything happened.
func (c *Core) Apply(a session.Action) Effects {
	if c.stage != Running {
		return Effects{}
	}
	now := c.clock.Now()
	evs := c.ses.Apply(a, now)
	_, undo := a.(session.Undo)
	c.counted(undo, evs)
	return c.after(evs, now)
}

// Advance brings the session up to the clock's now.
func (c *Core) Advance() Effects {
	if c.stage != Running {
		return Effects{}
	}
	now := c.clock.Now()
	return c.after(c.ses.Advance(now), now)
}

// NextWake returns the next instant something falls due in the running
// session, and false when nothing will. While an alert is to come, it has
// the notifier get ready for it, so that the alert goes out at its
// instant rather than after a connection is set up.
func (c *Core) NextWake() (time.Time, bool) {
	if c.stage != Running {
		return time.Time{}, false
	}
	at, due := c.ses.NextDue()
	if due {
		warm(c.cfg.Notifier)
	}
	return at, due
}

// SetNoteDraft keeps the note being typed with the session, and saves it
// when it changed: typed text on screen is kept safe too.
func (c *Core) SetNoteDraft(text string) Effects {
	if c.ses == nil || c.ses.NoteDraft() == text {
		return Effects{}
	}
	c.ses.SetNoteDraft(text)
	return c.save(c.clock.Now())
}

// after deals with what a change brought: it decides the alerts among the
// events and, when anything happened, saves the session.
func (c *Core) after(evs []session.Event, now time.Time) Effects {
	if len(evs) == 0 {
		return Effects{}
	}
	e := c.alerts(evs)
	e.Events = evs
	e.add(c.save(now))
	return e
}

// Report takes the result of a job and says what follows from it.
func (c *Core) Report(r Result) Effects {
	switch r := r.(type) {
	case SaveResult:
		return c.saves.result(r)
	case NotifyResult:
		return c.notified(r.Err, !r.Quiet, false)
	case ProbeResult:
		if r.Err != nil && c.notify == "" { // a notification's own failure says more
			return c.notified(r.Err, false, true)
		}
	case FinishResult:
		c.written(r)
	case AddedResult:
		return c.added(r)
	case AvailableResult:
		return c.availableKept(r)
	case DiscardResult:
		if r.Err != nil {
			return Effects{Notices: []string{"Could not remove the autosave: " + firstLine(r.Err.Error()) + "."}}
		}
	}
	return Effects{}
}

// firstLine returns the text up to its first line break.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// AddNote keeps a note for the coach log, cut to MaxNote (and says so,
// as NoteCut), and clears the note being typed.
func (c *Core) AddNote(text string) Effects {
	if c.stage != Running {
		return Effects{}
	}
	c.ses.SetNoteDraft("")
	c.typing.open = false // what was typed is kept
	kept := Cut(text, MaxNote)
	e := c.Apply(session.AddNote{Text: kept})
	if kept != text {
		e.Notices = append(e.Notices, NoteCut)
	}
	return e
}
