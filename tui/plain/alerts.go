package plain

import (
	"context"

	"partnercoach/session"
	"partnercoach/timer"
)

// alert says an alert event on a line of its own and sends its desktop
// notification off the loop, or rings the bell when there is none to send.
func (fe *frontEnd) alert(ev session.Event) {
	if fe.opts.Interactive {
		fe.out.say("") // the coach may be half-way through a line
	}
	n := fe.cfg.Notifier
	note := ev.Note(fe.cfg.Silent, "type s")
	if fe.opts.Bell && (n == nil || note.Urgent) {
		fe.out.bell() // no notification, or the end of a turn
	}
	fe.out.say(alertLine(ev, fe.checkIn(ev.Step)))
	if n == nil {
		return
	}
	fe.spawn(func() func() {
		err := n.Notify(context.Background(), note)
		return func() { fe.notified(err) }
	})
}

// checkIn returns the check-in prompt of a step's turn, or "".
func (fe *frontEnd) checkIn(stepID string) string {
	sc := fe.ses.Script()
	if i := sc.StepIndex(stepID); i >= 0 && sc.Steps[i].Turn != nil {
		return sc.Steps[i].Turn.CheckIn
	}
	return ""
}

// notified says that a desktop notification failed, once for each new
// reason, and rings the bell instead; the session goes on either way.
func (fe *frontEnd) notified(err error) {
	if err == nil {
		fe.notifyErr = ""
		return
	}
	why := timer.Reason(err)
	if fe.opts.Bell {
		fe.out.bell()
	}
	if why == fe.notifyErr {
		return
	}
	fe.notifyErr = why
	fe.out.say("The desktop notification failed (" + why + "); the alerts are printed here, and the session goes on.")
}
