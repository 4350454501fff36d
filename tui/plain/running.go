package plain

import (
	"strconv"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// openSession shows a session, new or brought back, and saves it at once
// so that it can be resumed from the first moment.
func (fe *frontEnd) openSession(s *session.Session) {
	fe.ses, fe.stage = s, running
	now := fe.clock.Now()
	fe.out.say(s.Script().Title + ".")
	fe.out.say(stepLines(s, now)...)
	fe.out.say(elsewhere(s, now)...)
	if d := s.NoteDraft(); d != "" {
		fe.out.say("A note was being written: " + d + " (note and text keeps a note).")
	}
	fe.autosave(now)
}

// command carries out one typed line of the running session.
func (fe *frontEnd) command(line string) {
	c, err := parse(line)
	if err != nil {
		fe.out.say(sentence(capital(err.Error())))
		return
	}
	now := fe.clock.Now()
	switch c.verb {
	case cmdTimeLeft:
		fe.out.say(timeLines(fe.ses, now)...)
	case cmdWhere:
		fe.out.say(whereLines(fe.ses, now)...)
	case cmdList:
		fe.out.say(listLines(fe.ses, now)...)
	case cmdRead:
		fe.out.say(stepLines(fe.ses, now)...)
	case cmdHelp:
		fe.out.say(helpLines...)
	case cmdEnd:
		fe.endSession()
	case cmdQuit:
		fe.quit()
	case cmdNote:
		fe.note(c.text)
	case cmdTick:
		fe.tick(c.n, c.minutes)
	default:
		fe.action(c)
	}
}

// action carries out the commands that are session actions of their own.
func (fe *frontEnd) action(c command) {
	var a session.Action
	switch c.verb {
	case cmdNext:
		if fe.ses.Pos() == fe.ses.Len()-1 {
			fe.out.say("This is the last step: E ends the session and asks the coach log's questions.")
			return
		}
		a = session.Next{}
	case cmdBack:
		if fe.ses.Pos() == 0 {
			fe.out.say("This is the first step.")
			return
		}
		a = session.Prev{}
	case cmdMark:
		a = session.MarkMoment{}
	default:
		fe.turnAction(c)
		return
	}
	fe.apply(a)
}

// turnAction carries out the commands that act on the current step's
// turn.
func (fe *frontEnd) turnAction(c command) {
	st := fe.ses.Current()
	if st.Turn == nil {
		fe.out.say("This step has no timer: l lists the steps, and the timed turns among them.")
		return
	}
	var a session.Action
	switch c.verb {
	case cmdStartPause:
		a = session.StartPause{}
	case cmdMore:
		a = session.Extend{By: time.Duration(c.n) * time.Minute}
	case cmdLess:
		a = session.Extend{By: -time.Duration(c.n) * time.Minute}
	case cmdRestart:
		if !fe.ses.Turn(st.ID).Started() {
			fe.out.say("The turn has not started yet: s starts it.")
			return
		}
		a = session.Restart{}
	}
	fe.apply(a)
}

// apply carries out an action now and says what it did.
func (fe *frontEnd) apply(a session.Action) []session.Event {
	now := fe.clock.Now()
	evs := fe.ses.Apply(a, now)
	fe.after(evs, now)
	return evs
}

// after says what a change brought, alerts first, and saves the session
// when anything happened.
func (fe *frontEnd) after(evs []session.Event, now time.Time) {
	if len(evs) == 0 {
		return
	}
	for _, ev := range evs {
		switch {
		case ev.Alert():
			fe.alert(ev)
		case ev.Kind == session.StepEntered:
			fe.out.say(stepLines(fe.ses, now)...)
		default:
			if line := changeLine(fe.ses, ev, now); line != "" {
				fe.out.say(line)
			}
		}
	}
	fe.autosave(now)
}

// tick acts on entry n of the current step, as x does on the session
// screen: it ticks an item (or clears it), answers an item that takes
// minutes, or chooses an option.
func (fe *frontEnd) tick(n, minutes int) {
	st := fe.ses.Current()
	items, total := len(st.Checklist), len(st.Checklist)
	if st.Choice != nil {
		total += len(st.Choice.Options)
	}
	switch {
	case total == 0:
		fe.out.say("This step has nothing to tick.")
	case n > total:
		fe.out.say("There is no entry " + strconv.Itoa(n) + " here: the entries are numbered 1 to " +
			strconv.Itoa(total) + ". read says them.")
	case n > items:
		fe.apply(session.Choose{Option: n - items - 1})
	case st.Checklist[n-1].Answer == script.WarnMinutes:
		fe.answer(n-1, minutes)
	default:
		fe.apply(session.Toggle{Item: n - 1})
		fe.out.say(toggledLine(fe.ses, n-1))
	}
}

// answer records the minutes answered to item i, asking for them when
// they were not given.
func (fe *frontEnd) answer(i, minutes int) {
	if minutes < 0 {
		fe.askQ(question{
			prompt: []string{fe.ses.Current().Checklist[i].Text + " Type the minutes, such as 2 (Enter alone: no answer)."},
			answer: func(line string) {
				if line == "" {
					fe.out.say("No answer given.")
					return
				}
				m, err := strconv.Atoi(line)
				if err != nil || m < 1 || m > maxMinutes {
					fe.out.say("Expected a whole number of minutes, such as 2.")
					fe.answer(i, -1)
					return
				}
				fe.answer(i, m)
			},
		})
		return
	}
	if limit := fe.ses.NewcomerTurnLength(); limit > 0 && time.Duration(minutes)*time.Minute >= limit {
		fe.out.say("That is not shorter than the newcomer's turn (" + spoken(limit) + "): no answer recorded.")
		return
	}
	fe.apply(session.Answer{Item: i, Minutes: minutes})
	fe.out.say(answeredLine(fe.ses, i))
}

// note keeps a note, asking for its text when none was given. The text
// asked for is kept as the note draft while the question waits.
func (fe *frontEnd) note(text string) {
	if text != "" {
		fe.ses.SetNoteDraft("")
		fe.apply(session.AddNote{Text: text})
		return
	}
	fe.askQ(question{
		prompt: []string{"Type the note, then Enter (Enter alone: no note). Notes are confidential and stay on this machine."},
		answer: func(line string) {
			if line == "" {
				fe.out.say("No note kept.")
				return
			}
			fe.note(line)
		},
	})
}

// capital puts the first letter of a message in upper case.
func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
