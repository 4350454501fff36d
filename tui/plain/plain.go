// Package plain is partnercoach's accessible front end: no alternate
// screen, no colour, no animation and no cursor movement, only plain lines
// that a screen reader can speak, and typed commands read one a line. It
// runs the same sessions as package tui, from the same tui.Config: the
// same autosave, the same notifications, the same coach log.
//
// The front end itself (frontEnd) is driven by its loop (Run) with input
// lines, wake-ups at the instants something falls due, and the outcomes of
// work done off the loop (autosaves, notifications, the record); it
// touches the session from the loop's goroutine only, so that tests can
// drive it with a fake clock and no goroutines.
package plain

import (
	"io"
	"time"

	"partnercoach/session"
	"partnercoach/timer"
	"partnercoach/tui"
)

// Options are how the front end meets its terminal.
type Options struct {
	// Interactive says the input is a terminal. The coach may then be
	// half-way through typing a line when an alert comes, so each alert
	// starts on a fresh line.
	Interactive bool
	// Bell rings the terminal bell with an alert that no desktop
	// notification carries: set it when the output is a terminal and the
	// run is not silent.
	Bell bool
}

// stage is where the front end is.
type stage int

// The stages, in their usual order.
const (
	choosing    stage = iota // the list of scripts
	running                  // a session
	logging                  // the coach log's questions
	writing                  // the record is being written
	writeFailed              // the record could not be written
	finished                 // the record is written
)

// frontEnd is the accessible front end's state. Only the loop's goroutine
// touches it.
type frontEnd struct {
	cfg   tui.Config
	clock timer.Clock
	opts  Options
	out   speaker
	stage stage
	ses   *session.Session
	ask   *question      // the question the next line answers, if any
	log   *logForm       // the coach log's answers, once the session is ended
	retry session.Record // the record that could not be written

	// spawn runs a job off the loop; the func it returns is then run on
	// the loop with the job's outcome. Tests run both at once.
	spawn func(job func() func())

	seq       uint64 // number of the last autosave asked for
	failedSeq uint64 // number of the last autosave that failed
	saveErr   bool   // an autosave failed and none has succeeded since
	notifyErr string // why the last desktop notification failed, if it did
	quitSoon  bool   // input has ended: quit once the record is written
	done      bool   // the front end has finished: the loop returns
}

// question is a question whose answer is the next line typed.
type question struct {
	prompt []string
	answer func(line string)
}

// newFrontEnd makes the front end of a configuration, writing to out.
func newFrontEnd(cfg tui.Config, out io.Writer, opts Options) *frontEnd {
	if cfg.Clock == nil {
		cfg.Clock = timer.Wall{}
	}
	return &frontEnd{cfg: cfg, clock: cfg.Clock, opts: opts, out: speaker{w: out}}
}

// begin says the notice, if any, and opens what the configuration asks
// for: a resumed session (or its coach log), a new session, or the list
// of scripts.
func (fe *frontEnd) begin() {
	fe.out.say("partnercoach, accessible mode. Type h and Enter for the commands.")
	if fe.cfg.Notice != "" {
		fe.out.say(fe.cfg.Notice)
	}
	r := fe.cfg.Resume
	switch {
	case r != nil && (fe.cfg.Finish || r.IsEnded()):
		fe.openLog(r, r.EndedOr(fe.cfg.Saved))
	case r != nil:
		fe.openSession(r)
	case fe.cfg.Start != nil:
		fe.openSession(session.New(fe.cfg.Start, fe.cfg.Session, fe.clock.Now()))
	default:
		fe.openStart()
	}
}

// askQ asks a question: its prompt is said, and the next line answers it.
func (fe *frontEnd) askQ(q question) {
	fe.ask = &q
	fe.out.say(q.prompt...)
}

// line takes one typed line: the answer to a pending question, or a
// command of the session.
func (fe *frontEnd) line(text string) {
	text = clean(text)
	if q := fe.ask; q != nil {
		fe.ask = nil
		q.answer(text)
		return
	}
	switch fe.stage {
	case running:
		fe.command(text)
	case writeFailed:
		fe.retryKey(text)
	default:
		fe.out.say("Wait a moment: the coach log is being written.")
	}
}

// nextWake returns the instant at which something falls due in the
// running session, and false when nothing will.
func (fe *frontEnd) nextWake() (time.Time, bool) {
	if fe.stage != running {
		return time.Time{}, false
	}
	at, due := fe.ses.NextDue()
	if w, ok := fe.cfg.Notifier.(timer.Warmer); ok && due {
		w.Warm() // connect now, so that the alert is not held up by it
	}
	return at, due
}

// wake brings the session up to the clock's now and says what fell due.
func (fe *frontEnd) wake() {
	if fe.stage != running {
		return
	}
	now := fe.clock.Now()
	fe.after(fe.ses.Advance(now), now)
}
