package plain

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// openStart lists the scripts, numbered, after the unfinished session on
// offer if there is one, and reads the coach's choice.
func (fe *frontEnd) openStart() {
	fe.out.say("Choose the session to run.")
	if o := fe.core.Offer(); o != nil {
		fe.out.say(offerLine(o, fe.clock.Now().Sub(fe.core.Config().Saved)),
			"resume: resume it where it was. finish: write its coach log. discard: drop it.")
	}
	fe.out.say("Scripts:")
	for i, s := range fe.core.Config().Scripts {
		line := fmt.Sprintf("%d. %s: %s, %s, %s.", i+1, s.Name, s.Title, spoken(s.Planned()),
			plural(len(s.Steps), "step", "steps"))
		if s.Summary != "" {
			line += " " + sentence(s.Summary)
		}
		fe.out.say(line)
	}
	fe.out.say("Session content is confidential: nothing leaves this machine, and notifications never name the newcomer.")
	fe.askChoice()
}

// askChoice asks for the script, saying what Enter alone takes.
func (fe *frontEnd) askChoice() {
	what := "the number or the name of a script"
	if fe.core.Offer() != nil {
		what += ", or resume, finish or discard"
	}
	prompt := "Type " + what + ", or q to quit"
	if def := fe.defaultChoice(); def != "" {
		prompt += " (Enter alone: " + def + ")"
	}
	fe.askQ(question{prompt: []string{prompt + "."}, answer: fe.choose})
}

// defaultChoice is what an empty answer chooses: resuming the unfinished
// session, else the script named by Preselect, else the first.
func (fe *frontEnd) defaultChoice() string {
	switch {
	case fe.core.Offer() != nil:
		return "resume"
	case len(fe.core.Config().Scripts) == 0:
		return ""
	}
	for _, s := range fe.core.Config().Scripts {
		if s.Name == fe.core.Config().Preselect {
			return s.Name
		}
	}
	return fe.core.Config().Scripts[0].Name
}

// choose acts on the answer to the choice of script.
func (fe *frontEnd) choose(line string) {
	word := strings.ToLower(strings.TrimSpace(line))
	if word == "" {
		word = fe.defaultChoice()
	}
	if fe.core.Offer() != nil {
		switch word {
		case "resume", "r":
			fe.resumeOffer(false)
			return
		case "finish", "f":
			fe.resumeOffer(true)
			return
		case "discard", "d":
			fe.askDiscard()
			return
		}
	}
	switch word {
	case "q", "quit", "exit":
		fe.quit()
		return
	case "h", "help", "?":
		fe.askChoice()
		return
	}
	for i, s := range fe.core.Config().Scripts {
		if word == strconv.Itoa(i+1) || word == strings.ToLower(s.Name) {
			fe.opened(fe.core.StartScript(s))
			return
		}
	}
	fe.out.say(fmt.Sprintf("There is no script %q: expected a number from 1 to %d or a name from the list.",
		limit(line, 40), len(fe.core.Config().Scripts)))
	fe.askChoice()
}

// resumeOffer opens the unfinished session on offer, or its coach log.
func (fe *frontEnd) resumeOffer(finish bool) {
	saved := fe.core.Config().Saved
	e := fe.core.ResumeOffer(finish)
	if fe.core.Stage() == app.Running {
		fe.out.say("Resumed the session saved at " + saved.Local().Format("15:04:05") + ".")
	}
	fe.opened(e)
}

// askDiscard asks whether to discard the unfinished session for good.
func (fe *frontEnd) askDiscard() {
	fe.askQ(question{
		prompt: []string{"Discard it for good? Nothing of it will be kept. y = discard, n = keep"},
		answer: func(line string) {
			switch strings.ToLower(strings.TrimSpace(line)) {
			case "y", "yes":
				fe.do(fe.core.DiscardOffer()) // says "Discarded." once it is
			case "n", "no", "":
				fe.out.say("Kept.")
			default:
				fe.out.say("Expected y to discard it or n to keep it.")
				fe.askDiscard()
				return
			}
			fe.askChoice()
		},
	})
}

// offerLine describes the unfinished session on offer.
func offerLine(s *session.Session, ago time.Duration) string {
	what := s.Script().Title
	if n := s.Options().Newcomer; n != "" {
		what += " with " + n
	}
	return fmt.Sprintf("Unfinished: %s, at step %d of %d, last saved %s ago.", what, s.Pos()+1, s.Len(),
		spokenElapsed(ago.Truncate(time.Minute)))
}
