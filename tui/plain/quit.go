package plain

import (
	"strings"

	"partnercoach/app"
)

// quit leaves the front end as the core says quitting means now: at once,
// dropping a session in which nothing was done, after a failed save is
// tried again, or after asking.
func (fe *frontEnd) quit() {
	q, e := fe.core.Quit()
	switch q.Kind {
	case app.QuitNow, app.QuitDiscard:
		fe.leave("Quit.")
	case app.QuitRetrying:
		fe.retrying = true
		fe.out.say("The last save failed: trying it again before quitting.")
		fe.do(e)
	default:
		fe.confirmQuit(q)
	}
}

// leave quits for good, saying what becomes of the session.
func (fe *frontEnd) leave(word string) {
	fe.do(fe.core.Leave())
	if p := fe.core.Parting(); p != "" {
		word += " " + p
	}
	if fe.opts.Interactive {
		fe.out.say("") // after the "^C" the terminal echoed
	}
	fe.out.say(word)
	fe.done = true
}

// confirmQuit asks whether to quit, and acts on the answer: the word
// quit quits and, where q.CanEnd offers it, end ends the session and
// writes its coach log; any other line stays (see stayed).
func (fe *frontEnd) confirmQuit(q app.QuitQuestion) {
	a := q.Ask()
	fe.askQ(question{prompt: []string{q.Question + " " + a.Typed()}, answer: func(line string) {
		switch a.Answer(line) {
		case app.CmdYes:
			fe.leave("Quit.")
			return
		case app.CmdEndInstead:
			fe.endSession()
			return
		}
		if fe.core.Stage() == app.Running {
			fe.stayed("Staying.", line)
			return
		}
		fe.out.say("Staying.")
		if fe.core.Stage() == app.Logging {
			fe.askLog()
		}
	}})
}

// answer returns the command of a group that a typed answer asks for, or
// 0 for none.
func answer(g app.KeyGroup, line string) app.Command {
	c, _ := app.CommandFor(g, strings.TrimSpace(line))
	return c
}

// eof quits because the input has ended, as q would without its
// question: the autosave stays, unless nothing was done in the session.
// While the record is being written, it waits for that first.
func (fe *frontEnd) eof() {
	fe.ask = nil
	if fe.core.Stage() == app.Writing {
		fe.quitSoon = true
		return
	}
	fe.leave("End of input: quit.")
}

// interrupt quits at once, as ctrl+c does on the session screen: the
// autosave stays as it is.
func (fe *frontEnd) interrupt() {
	fe.ask = nil
	word := "Interrupted: quit."
	if p := fe.core.Parting(); p != "" {
		word += " " + p
	}
	if fe.opts.Interactive {
		fe.out.say("") // after the "^C" the terminal echoed
	}
	fe.out.say(word)
	fe.done = true
}
