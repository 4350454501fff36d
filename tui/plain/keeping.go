package plain

import (
	"partnercoach/app"
)

// writeRecord has the core write the record of the ended session, off the
// loop (a rehearsal's is never written: its autosave goes instead).
func (fe *frontEnd) writeRecord() {
	e := fe.core.Finish(fe.log.c)
	if fe.core.Stage() == app.Writing {
		fe.out.say(fe.core.EndForm().Writing() + ".")
	}
	fe.do(e)
	if fe.core.Stage() == app.Written {
		fe.written()
	}
}

// written says where the record went, or why it could not be written.
func (fe *frontEnd) written() {
	lines := fe.core.RecordLines()
	switch fe.core.Stage() {
	case app.WriteFailed:
		fe.out.say(lines...)
		fe.out.say("Type r to try again, or q to quit.")
		if fe.quitSoon {
			fe.done = true
		}
	case app.Written:
		fe.out.say(append(lines, fe.core.ReviewWords()...)...)
		if !fe.quitSoon && fe.afterSteps() {
			return // done once the answer is given and kept
		}
		fe.done = true
	}
}

// retryKey answers the line typed after the record failed.
func (fe *frontEnd) retryKey(line string) {
	switch {
	case answer(app.OnLog, line) == app.CmdRetry:
		fe.out.say(fe.core.EndForm().Writing() + ".")
		fe.do(fe.core.RetryFinish())
	case answer(app.Everywhere, line) == app.CmdQuit:
		fe.quit()
	default:
		fe.out.say("Expected r to try again, or q to quit.")
	}
}
