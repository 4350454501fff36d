package plain

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// openStart says the unfinished session on offer, if there is one, and
// asks whom the session is with; a newcomer named on the command line
// goes straight to the choice of script.
func (fe *frontEnd) openStart() {
	fe.out.say("Choose the session to run.")
	if line := fe.core.AvailabilityLine(); line != "" {
		fe.out.say(line)
	}
	if o := fe.core.Offer(); o != nil {
		fe.out.say(offerLine(o, fe.core.Config().Saved, fe.clock.Now()),
			"resume: resume it where it was. finish: "+strings.TrimPrefix(fe.core.FinishLabel(), "Finish it: ")+". discard: drop it.")
	}
	if w, ok := fe.core.Given(); ok && fe.core.Offer() == nil {
		fe.toScripts(w)
		return
	}
	fe.sayWho(false)
	fe.askWho()
}

// whoSaid is how many newcomers the question of whom the session is with
// reads out unasked: the first of the roster, the soonest appointments
// first. A book of 200 read out whole, each time the question comes back,
// is 200 lines to listen through; h reads them all.
const whoSaid = 10

// sayWho lists the newcomers on record, numbered, with their next
// session: all of them, or the first whoSaid and how many more there are.
func (fe *frontEnd) sayWho(all bool) {
	roster := fe.core.Roster()
	if len(roster) == 0 {
		fe.out.say("Who is the session with? No newcomers are on record yet.")
		return
	}
	fe.out.say("Who is the session with? Newcomers on record:")
	shown := roster
	if !all && len(roster) > whoSaid {
		shown = roster[:whoSaid]
	}
	for i, e := range shown {
		fe.out.say(fmt.Sprintf("%d. %s: %s", i+1, e.Name, nextSpoken(e)))
	}
	if more := len(roster) - len(shown); more > 0 {
		fe.out.say(fmt.Sprintf("And %d more, %d to %d: type a name or a number, or h to hear them all.", more, len(shown)+1, len(roster)))
	}
}

// nextSpoken says a newcomer's next session: "session 3, followup,
// $50.00, next appointment Tue 24 Nov 18:00."
func nextSpoken(e app.Who) string {
	t := fmt.Sprintf("session %d, %s, %s", e.Number, e.Script, app.Money(e.FeeCents))
	if e.When != "" {
		t += ", next appointment " + e.When
	}
	return t + "."
}

// askWho asks whom the session is with, saying what Enter alone takes.
func (fe *frontEnd) askWho() {
	what := "Type the number or the name of a newcomer, a name for someone new, none for no newcomer"
	if fe.core.Offer() != nil {
		what += ", resume, finish or discard"
	}
	prompt := what + ", or q to quit (Enter alone: " + fe.defaultWho() + ")."
	fe.askQ(question{prompt: []string{prompt}, answer: fe.whoTyped})
}

// defaultWho is what an empty answer to whom chooses: finishing the
// unfinished session when it was closed past its call, resuming it
// otherwise, else the first newcomer listed (the soonest
// appointment), else no newcomer.
func (fe *frontEnd) defaultWho() string {
	switch r := fe.core.Roster(); {
	case fe.core.FinishFirst():
		return "finish"
	case fe.core.Offer() != nil:
		return "resume"
	case len(r) > 0:
		return r[0].Name
	}
	return "no newcomer"
}

// whoTyped acts on the answer to whom the session is with.
func (fe *frontEnd) whoTyped(line string) {
	word := strings.TrimSpace(line)
	if word == "" {
		word = fe.defaultWho()
	}
	if fe.offerWord(word) {
		return
	}
	switch c, _ := app.CommandFor(app.OnStart, word); {
	case everywhere(word, app.CmdQuit):
		fe.quit()
		return
	case everywhere(word, app.CmdHelp):
		fe.sayWho(true)
		fe.askWho()
		return
	case c == app.CmdNobody:
		fe.toScripts(app.Who{})
		return
	}
	if n, err := strconv.Atoi(word); err == nil {
		if r := fe.core.Roster(); n >= 1 && n <= len(r) {
			w, _ := fe.core.Known(r[n-1].Name)
			fe.toScripts(w)
			return
		}
		fe.out.say(noNewcomer(n, len(fe.core.Roster())))
		fe.askWho()
		return
	}
	fe.named(word)
}

// noNewcomer says that no newcomer on record has the number typed, and
// what was expected: with nobody on record, no number is.
func noNewcomer(n, listed int) string {
	if listed == 0 {
		return fmt.Sprintf("There is no newcomer %d: no newcomers are on record yet; expected a name, or none.", n)
	}
	return fmt.Sprintf("There is no newcomer %d: expected %s, a name, or none.", n, numberUpTo(listed))
}

// everywhere reports whether a typed word asks for a command of every
// screen.
func everywhere(word string, c app.Command) bool {
	got, ok := app.CommandFor(app.Everywhere, word)
	return ok && got == c
}

// offerWord acts on resume, finish and discard while a session is on
// offer, and reports whether the word was one of them.
func (fe *frontEnd) offerWord(word string) bool {
	if fe.core.Offer() == nil {
		return false
	}
	switch c, _ := app.CommandFor(app.OnStart, word); c {
	case app.CmdResume:
		fe.resumeOffer(false)
	case app.CmdFinish:
		fe.resumeOffer(true)
	case app.CmdDiscard:
		fe.askDiscard()
	default:
		return false
	}
	return true
}

// named takes a name typed: a newcomer on record, a close name that asks
// "did you mean", or someone new, who is confirmed before the session.
func (fe *frontEnd) named(typed string) {
	w, near, err := fe.core.NameTyped(typed)
	switch {
	case err != nil:
		fe.out.say(app.ErrorSentence(err))
		fe.askWho()
	case near != "":
		name := strings.TrimSpace(typed)
		fe.yesNo(fmt.Sprintf("%s Did you mean %s? y = %s, n = %s is someone new.", notOnRecord(name), near, near, name),
			func() { w, _ := fe.core.Known(near); fe.toScripts(w) },
			func() { fe.toScripts(fe.core.NewNewcomer(name)) })
	case !w.New:
		fe.toScripts(w)
	default:
		fe.yesNo(fmt.Sprintf("%s Is %s someone new, whose first session this is? y = yes, n = type again.", notOnRecord(w.Name), w.Name),
			func() { fe.toScripts(w) },
			func() { fe.askWho() })
	}
}

// notOnRecord says that no newcomer on record has the name typed, with
// one full stop even when the name ends with one ("Bob Jr.").
func notOnRecord(name string) string {
	return app.Sentence("No newcomer on record is called " + name)
}

// yesNo asks a question of y or n about the name typed, and asks again
// on another answer. As on the full screen's question, q quits (asking
// nothing, as no session is open yet) and b, as Escape there, goes back
// to typing whom the session is with.
func (fe *frontEnd) yesNo(prompt string, yes, no func()) {
	fe.askQ(question{prompt: []string{prompt}, answer: func(line string) {
		switch {
		case answer(app.OnStart, line) == app.CmdMeantThem:
			yes()
		case answer(app.OnStart, line) == app.CmdMeantNew:
			no()
		case everywhere(strings.TrimSpace(line), app.CmdQuit):
			fe.quit()
		case answer(app.OnScripts, line) == app.CmdBackToWho:
			fe.askWho()
		default:
			fe.out.say("Expected y or n (b types the name again, q quits).")
			fe.yesNo(prompt, yes, no)
		}
	}})
}

// toScripts chooses whom the session is with and lists the scripts, the
// one proposed for them first in the prompt.
func (fe *frontEnd) toScripts(w app.Who) {
	fe.core.SetWho(w)
	if w.Name != "" {
		fe.out.say(fmt.Sprintf("Session with %s.", w.Label()))
	} else {
		fe.out.say("Session with no newcomer.")
	}
	fe.out.say("Scripts:")
	for i, s := range fe.core.Config().Scripts {
		line := fmt.Sprintf("%d. %s: %s, %s, %s.", i+1, s.Name, s.Title, app.Spoken(s.Planned()),
			app.Count(len(s.Steps), "step", "steps"))
		switch {
		case s.Peer():
			line += " A session between partners: no newcomer, no fee."
		case w.Name != "":
			line += " Fee " + app.Money(fe.core.FeeFor(s)) + "."
		}
		if s.Summary != "" {
			line += " " + app.Sentence(s.Summary)
		}
		fe.out.say(line)
	}
	if left := fe.core.LeftOutLine(); left != "" {
		fe.out.say(left)
	}
	fe.out.say("Session content is confidential: nothing leaves this machine, and notifications never name the newcomer.")
	fe.askChoice()
}

// askChoice asks for the script, saying what Enter alone takes.
func (fe *frontEnd) askChoice() {
	prompt := "Type the number or the name of a script, b to choose whom again, or q to quit"
	if def := fe.defaultChoice(); def != "" {
		prompt += " (Enter alone: " + def + ")"
	}
	fe.askQ(question{prompt: []string{prompt + "."}, answer: fe.scriptTyped})
}

// defaultChoice is what an empty answer chooses: the script proposed for
// whom the session is with (or named by Preselect), else the first.
func (fe *frontEnd) defaultChoice() string {
	scripts := fe.core.Config().Scripts
	if len(scripts) == 0 {
		return ""
	}
	for _, s := range scripts {
		if s.Name == fe.core.Proposed() {
			return s.Name
		}
	}
	return scripts[0].Name
}

// scriptTyped acts on the answer to the choice of script.
func (fe *frontEnd) scriptTyped(line string) {
	word := strings.TrimSpace(line)
	if word == "" {
		word = fe.defaultChoice()
	}
	switch c, _ := app.CommandFor(app.OnScripts, word); {
	case everywhere(word, app.CmdQuit):
		fe.quit()
		return
	case everywhere(word, app.CmdHelp):
		fe.askChoice()
		return
	case c == app.CmdBackToWho:
		fe.sayWho(false)
		fe.askWho()
		return
	}
	word = strings.ToLower(word)
	for i, s := range fe.core.Config().Scripts {
		if word == strconv.Itoa(i+1) || word == strings.ToLower(s.Name) {
			if s.Peer() {
				fe.askPartners(s)
				return
			}
			fe.start(s)
			return
		}
	}
	fe.out.say(fmt.Sprintf("There is no script %q: expected a number from 1 to %d or a name from the list.",
		app.Cut(line, 40), len(fe.core.Config().Scripts)))
	fe.askChoice()
}

// resumeOffer opens the unfinished session on offer, or its coach log.
func (fe *frontEnd) resumeOffer(finish bool) {
	saved := fe.core.Config().Saved
	e := fe.core.ResumeOffer(finish)
	if fe.core.Stage() == app.Running {
		fe.out.say(app.ResumedNotice(fe.core.Session(), saved, fe.clock.Now()))
	}
	fe.opened(e)
}

// start opens a new session of the script; while an unfinished session
// is on offer, which the new one replaces, it asks first: the word start
// does it, any other line keeps both and asks for the script again.
func (fe *frontEnd) start(s *script.Script) {
	if fe.core.Offer() == nil {
		fe.opened(fe.core.StartScript(s))
		return
	}
	q := app.ReplaceQuestion()
	fe.askQ(question{
		prompt: []string{q.Said() + " " + q.Typed()},
		answer: func(line string) {
			if q.Answer(line) == app.CmdYes {
				fe.opened(fe.core.StartScript(s))
				return
			}
			fe.out.say("Kept.")
			fe.askChoice()
		},
	})
}

// askDiscard asks whether to discard the unfinished session for good:
// the word discard does it, any other line keeps it.
func (fe *frontEnd) askDiscard() {
	q := app.DiscardQuestion()
	fe.askQ(question{
		prompt: []string{q.Said() + " " + q.Typed()},
		answer: func(line string) {
			if q.Answer(line) == app.CmdYes {
				fe.do(fe.core.DiscardOffer()) // says "Discarded." once it is
			} else {
				fe.out.say("Kept.")
			}
			fe.sayWho(false)
			fe.askWho()
		},
	})
}

// offerLine describes the unfinished session on offer: a rehearsal is
// named as one, and the time is when it was last saved on the wall
// clock.
func offerLine(s *session.Session, saved, now time.Time) string {
	what := "Unfinished session"
	if r := s.Options().Rehearsal; r.On() {
		what = fmt.Sprintf("Unfinished rehearsal (%g times speed)", r.Speed)
	}
	if n := s.Options().Newcomer; n != "" {
		what += " with " + n
	}
	return fmt.Sprintf("%s: %s, at step %d of %d, last saved %s, %s.", what, s.Script().Title, s.Pos()+1, s.Len(),
		saved.Local().Format("Mon 2 Jan 15:04"), app.Ago(now.Sub(saved)))
}
