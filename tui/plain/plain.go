// Package plain is partnercoach's accessible front end: no alternate
// screen, no colour, no animation and no cursor movement, only plain lines
// that a screen reader can speak, and typed commands read one a line. It
// drives the same application core as the full screen (package app), from
// the same app.Config: the same autosave, the same notifications, the
// same coach log, the same rules; it only says and reads lines.
//
// The front end itself (frontEnd) is driven by its loop (Run) with input
// lines, wake-ups at the instants something falls due, and the outcomes of
// work done off the loop (autosaves, notifications, the record); it
// touches the session from the loop's goroutine only, so that tests can
// drive it with a fake clock and no goroutines.
package plain

import (
	"io"
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/timer"
)

// Options are how the front end meets its terminal.
type Options struct {
	// Interactive says the input is a terminal. The coach may then be
	// half-way through typing a line when an alert comes, so each alert
	// starts on a fresh line.
	Interactive bool
	// Bell says the output is a terminal that can ring its bell. Whether
	// an alert rings it is the core's to decide (app.Config.Sound).
	Bell bool
}

// frontEnd is the accessible front end's state. Only the loop's goroutine
// touches it.
type frontEnd struct {
	core  *app.Core
	clock timer.Clock
	opts  Options
	out   speaker
	ask   *question // the question the next line answers, if any
	log   *logForm  // the coach log's answers, once the session is ended

	// spawn runs a job off the loop; the func it returns is then run on
	// the loop with the job's outcome. Tests run both at once.
	spawn func(job func() func())

	retrying bool // a failed save is tried again before the quit question
	quitSoon bool // input has ended: quit once the record is written
	done     bool // the front end has finished: the loop returns
}

// question is a question whose answer is the next line typed.
type question struct {
	prompt []string
	answer func(line string)
}

// newFrontEnd makes the front end of a configuration, writing to out.
func newFrontEnd(cfg app.Config, out io.Writer, opts Options) *frontEnd {
	core := app.New(cfg)
	return &frontEnd{core: core, clock: core.Clock(), opts: opts, out: speaker{w: out}}
}

// begin says the notice, if any, and opens what the configuration asks
// for: a resumed session (or its coach log), a new session, or the list
// of scripts.
func (fe *frontEnd) begin() {
	fe.out.say("partnercoach, accessible mode. Type h and Enter for the commands.")
	if n := fe.core.Config().Notice; n != "" {
		fe.out.say(n)
	}
	fe.opened(fe.core.Begin())
}

// opened says the stage the core has just opened, and does what it asked.
// A session brought back says, after where it is, the alert that fell
// due while partnercoach was not running (app's caughtUp).
func (fe *frontEnd) opened(e app.Effects) {
	switch fe.core.Stage() {
	case app.Choosing:
		fe.openStart()
	case app.Running:
		fe.openSession()
		for _, a := range e.Alerts {
			fe.out.say(a.Line)
		}
	default:
		fe.openLog()
	}
	fe.do(e)
}

// do does what the core asked: it says the notices, rings the bell, and
// runs the jobs off the loop, handing their results back to the core.
func (fe *frontEnd) do(e app.Effects) {
	if e.Bell && fe.opts.Bell {
		fe.out.bell()
	}
	fe.out.say(e.Notices...)
	for _, job := range e.Jobs {
		fe.spawn(func() func() {
			r := job()
			return func() { fe.reported(r) }
		})
	}
}

// reported takes the result of a job back on the loop.
func (fe *frontEnd) reported(r app.Result) {
	fe.do(fe.core.Report(r))
	switch r := r.(type) {
	case app.FinishResult:
		fe.written()
	case app.AvailableResult:
		fe.done = true // the last step after the coach log: its notice said what became of it
	case app.DiscardResult:
		if r.Err == nil && fe.core.Stage() == app.Choosing {
			fe.out.say("Discarded.")
		}
	case app.SaveResult:
		if fe.retrying {
			fe.retrying = false
			fe.quit()
		}
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
	text, keys := dropEscapes(text)
	text = clean(text)
	if keys && strings.TrimSpace(text) == "" {
		fe.out.say(noKeys) // a question asked stays asked
		return
	}
	if fe.retrying {
		fe.out.say("Wait a moment: the last save is being tried again.")
		return
	}
	if q := fe.ask; q != nil {
		fe.ask = nil
		q.answer(text)
		return
	}
	switch fe.core.Stage() {
	case app.Running:
		fe.command(text)
	case app.WriteFailed:
		fe.retryKey(text)
	default:
		fe.out.say("Wait a moment: the coach log is being written.")
	}
}

// nextWake returns the instant at which something falls due in the
// running session, and false when nothing will.
func (fe *frontEnd) nextWake() (time.Time, bool) { return fe.core.NextWake() }

// wake brings the session up to the clock's now and says what fell due.
func (fe *frontEnd) wake() { fe.after(fe.core.Advance()) }
