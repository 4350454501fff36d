package plain

import (
	"strings"

	"partnercoach/app"
)

// afterSteps says the steps after the coach log (app.AfterSteps): where
// the invoice line goes and when the Institute pays, the line itself as
// 'partnercoach invoice' lists it, what the coach said before of coaching
// again, and the word to the coordinator if the session left the coach
// uncomfortable; then it asks whether they are available. It reports
// whether the question waits for its answer.
func (fe *frontEnd) afterSteps() bool {
	a := fe.core.After()
	if !a.Shown() {
		return false
	}
	fe.out.say(a.Billing)
	fe.out.say(a.Invoice...)
	if a.Answer != "" {
		fe.out.say(a.Answer)
	}
	fe.out.say(a.Care)
	if a.Ask == "" {
		return false
	}
	fe.askAvailable(a.Ask)
	return true
}

// askAvailable asks whether the coach is available to coach again: y or
// n keeps the answer, and the front end is done once it is kept; Enter
// alone or q leaves it as it was.
func (fe *frontEnd) askAvailable(ask string) {
	yes, _ := app.KeyOf(app.OnAfter, app.CmdYes)
	no, _ := app.KeyOf(app.OnAfter, app.CmdNo)
	prompt := ask + " " + yes.Names() + " = available, " + no.Names() + " = not now (Enter alone: leave it as it was; q quits)."
	fe.askQ(question{prompt: []string{prompt}, answer: func(line string) {
		switch c := answer(app.OnAfter, line); {
		case c == app.CmdYes, c == app.CmdNo:
			fe.do(fe.core.Available(c == app.CmdYes))
		case strings.TrimSpace(line) == "", everywhere(strings.TrimSpace(line), app.CmdQuit):
			fe.quit()
		default:
			fe.out.say("Expected " + yes.Names() + " (available), " + no.Names() + " (not now), or Enter alone to leave it as it was.")
			fe.askAvailable(ask)
		}
	}})
}
