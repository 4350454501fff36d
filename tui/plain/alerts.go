package plain

import (
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// liveLines say where a live turn is while the coach looks back at an
// earlier step, or nothing.
func (fe *frontEnd) liveLines(now time.Time) []string {
	if r, pos, ok := fe.core.Live(now); ok {
		return []string{app.LiveSpoken(r, pos)}
	}
	return nil
}

// after says what a change brought, in order: each alert on a line of its
// own, a step entered in full, and the other changes in a line; then it
// does what the core decided (the bell, the notifications, the save).
func (fe *frontEnd) after(e app.Effects) {
	now := fe.clock.Now()
	ses := fe.core.Session()
	alerts := e.Alerts // the alert events, in order, as the core worded them
	for _, ev := range e.Events {
		switch {
		case ev.Alert() && len(alerts) > 0:
			if fe.opts.Interactive {
				fe.out.say("") // the coach may be half-way through a line
			}
			if e.Bell && fe.opts.Bell {
				fe.out.bell() // with the first alert, not after the lines
				e.Bell = false
			}
			fe.out.say(alerts[0].Line)
			alerts = alerts[1:]
		case ev.Kind == session.StepEntered:
			fe.out.say(stepLines(ses, now)...)
			fe.out.say(fe.liveLines(now)...)
		default:
			if line := changeLine(ses, ev, now); line != "" {
				fe.out.say(line)
			}
		}
	}
	fe.do(e)
}
