package plain

import "strings"

// quit leaves the front end, asking first while something would be lost
// or left: a session under way (it stays saved), or its coach log not yet
// written. A session in which nothing was done is discarded at once.
func (fe *frontEnd) quit() {
	switch {
	case fe.stage == choosing:
		fe.out.say("Quit.")
		fe.done = true
	case fe.stage == running && !fe.ses.UnderWay():
		fe.discard()
		fe.out.say("Quit. Nothing was done in the session, so nothing of it is kept.")
		fe.done = true
	case fe.cfg.Keeper == nil:
		fe.confirmQuit("Nothing is saved in this run (a rehearsal, or --no-save). Quit anyway? y = quit, n = stay", false)
	case fe.stage == running:
		fe.confirmQuit("Quit? The session is saved: 'partnercoach resume' brings it back. "+
			"y = quit, e = end and write the log, n = stay", true)
	default:
		fe.confirmQuit("Quit before the coach log is written? The session stays saved for "+
			"'partnercoach resume'. y = quit, n = stay", false)
	}
}

// confirmQuit asks whether to quit, and acts on the answer; withEnd
// offers to end the session and write its coach log instead.
func (fe *frontEnd) confirmQuit(prompt string, withEnd bool) {
	fe.askQ(question{prompt: []string{prompt}, answer: func(line string) {
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "y", "yes", "q", "quit":
			fe.out.say("Quit." + fe.keptLine())
			fe.done = true
		case "e", "end":
			if withEnd {
				fe.endSession()
				return
			}
			fe.out.say("Expected y to quit or n to stay.")
			fe.confirmQuit(prompt, withEnd)
		case "n", "no", "":
			fe.out.say("Staying.")
			if fe.stage == logging {
				fe.askLog()
			}
		default:
			if withEnd {
				fe.out.say("Expected y to quit, n to stay, or e to end and write the log.")
			} else {
				fe.out.say("Expected y to quit or n to stay.")
			}
			fe.confirmQuit(prompt, withEnd)
		}
	}})
}

// keptLine says, after a word, what becomes of the session on quitting.
func (fe *frontEnd) keptLine() string {
	switch {
	case fe.ses == nil:
		return ""
	case fe.cfg.Keeper == nil:
		return " Nothing of the session is saved (a rehearsal, or --no-save)."
	}
	return " The session is saved: 'partnercoach resume' brings it back."
}

// eof quits because the input has ended, as q would without its
// question: the autosave stays, unless nothing was done in the session.
// While the record is being written, it waits for that first.
func (fe *frontEnd) eof() {
	fe.ask = nil
	switch fe.stage {
	case writing:
		fe.quitSoon = true
	case running:
		if !fe.ses.UnderWay() {
			fe.discard()
			fe.out.say("End of input: quit. Nothing was done in the session, so nothing of it is kept.")
			fe.done = true
			return
		}
		fallthrough
	default:
		fe.out.say("End of input: quit." + fe.keptLine())
		fe.done = true
	}
}

// interrupt quits at once, as ctrl+c does on the session screen: the
// autosave stays as it is.
func (fe *frontEnd) interrupt() {
	fe.ask = nil
	fe.out.say("Interrupted: quit." + fe.keptLine())
	fe.done = true
}
