package plain

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// openSession says the session the core has opened, new or brought back.
// (The core saved it as it opened, so that it can be resumed from the
// first moment.)
func (fe *frontEnd) openSession() {
	s, now := fe.core.Session(), fe.clock.Now()
	fe.out.say(s.Script().Title + ".")
	fe.out.say(stepLines(s, now)...)
	fe.out.say(sessionClock(s, now))
	if d := s.NoteDraft(); d != "" {
		fe.out.say("A note was being written: " + d + " (note keeps it as a note, drop drops it).")
	}
}

// command carries out one typed line of the running session.
func (fe *frontEnd) command(line string) {
	c, err := parse(line)
	var typing notCommand
	switch {
	case errors.As(err, &typing):
		fe.typedLine(line, err)
		return
	case err != nil:
		fe.out.say(app.ErrorSentence(err))
		return
	}
	now := fe.clock.Now()
	ses := fe.core.Session()
	switch c.cmd {
	case app.CmdTimeLeft:
		fe.out.say(timeLines(ses, now)...)
		fe.out.say(fe.liveLines(now)...)
	case app.CmdWhere:
		fe.out.say(whereLines(ses, now)...)
		fe.out.say(fe.liveLines(now)...)
	case app.CmdAgenda:
		fe.out.say(listLines(ses, now)...)
	case app.CmdRead:
		fe.out.say(stepLines(ses, now)...)
	case app.CmdHelp:
		fe.out.say(helpLines()...)
	case app.CmdCards:
		fe.out.say(cardList(ses)...)
	case app.CmdCard:
		fe.out.say(cardLines(ses, c.text)...)
	case app.CmdEnd:
		fe.confirm(app.EndSession)
	case app.CmdRestart:
		fe.restart()
	case app.CmdUndo:
		fe.undo()
	case app.CmdPreview:
		fe.out.say(previewLines(ses)...)
	case app.CmdQuit:
		fe.quit()
	case app.CmdNote:
		fe.note(c.text)
	case app.CmdDrop:
		fe.drop()
	case app.CmdCheck:
		fe.check(c)
	default:
		fe.action(c)
	}
}

// action carries out the commands that are session actions of their own,
// or says why one would do nothing here.
func (fe *frontEnd) action(c command) {
	var a session.Action
	switch c.cmd {
	case app.CmdNext:
		a = session.Next{}
	case app.CmdBack:
		a = session.Prev{}
	case app.CmdMoment:
		a = session.MarkMoment{}
	case app.CmdStartPause:
		a = session.StartPause{}
	case app.CmdMore:
		a = session.Extend{By: time.Duration(c.n) * time.Minute}
	case app.CmdLess:
		a = session.Extend{By: -time.Duration(c.n) * time.Minute}
	case app.CmdCallStarts:
		a = session.StartCall{}
	default:
		return
	}
	if err := fe.core.Refusal(a); err != nil {
		if r, pos, ok := fe.core.Live(fe.clock.Now()); ok && err == app.ErrTurnElsewhere {
			fe.out.say("One turn runs at a time. " + app.LiveSpoken(r, pos))
			return
		}
		if err == app.ErrTooLittleLeft {
			fe.out.say(fmt.Sprintf("The turn has no more than %s left: none comes off it (n moves on).", app.Spoken(-a.(session.Extend).By)))
			return
		}
		fe.out.say(refusals[err])
		return
	}
	fe.apply(a)
}

// restart asks before the turn is put back to its full length, or says
// why it would do nothing.
func (fe *frontEnd) restart() {
	if err := fe.core.Refusal(session.Restart{}); err != nil {
		fe.out.say(refusals[err])
		return
	}
	fe.confirm(app.RestartTurn)
}

// refusals word the core's reasons why an action would do nothing.
var refusals = map[error]string{
	app.ErrLastStep:      "This is the last step: E ends the session and asks the coach log's questions.",
	app.ErrFirstStep:     "This is the first step.",
	app.ErrNoTimer:       "This step has no timer: l lists the steps, and the timed turns among them.",
	app.ErrNotStarted:    "The turn has not started yet: s starts it.",
	app.ErrNothingToUndo: "Nothing is left to undo in this run.",
	app.ErrCallStarted:   "The session clock runs already.",
}

// apply carries out an action now and says what it did.
func (fe *frontEnd) apply(a session.Action) { fe.after(fe.core.Apply(a)) }

// check acts on the entry of x, as x does on the session screen: it
// checks an item off (or clears it), answers an item that takes minutes
// or words, or chooses an option. Words after the number of an entry that
// takes no answer do nothing: they were meant for another.
func (fe *frontEnd) check(c command) {
	n := c.n
	st := fe.core.Session().Current()
	items, total := len(st.Checklist), len(st.Checklist)
	if st.Choice != nil {
		total += len(st.Choice.Options)
	}
	switch {
	case total == 0:
		fe.out.say("This step has nothing to check off.")
	case n > total:
		if total == 1 {
			fe.out.say("There is no entry " + strconv.Itoa(n) + " here: the only entry is 1. read says it.")
			return
		}
		fe.out.say("There is no entry " + strconv.Itoa(n) + " here: the entries are numbered 1 to " +
			strconv.Itoa(total) + ". read says them.")
	case n > items && c.text != "":
		fe.out.say(fmt.Sprintf("Entry %d takes no answer: x %d alone chooses it.", n, n))
	case n > items:
		fe.apply(session.Choose{Option: n - items - 1})
	case st.Checklist[n-1].Answer == script.WarnMinutes:
		fe.answerMinutes(n-1, c.text)
	case st.Checklist[n-1].Answer == script.TextAnswer:
		fe.answerText(n-1, c.text)
	case c.text != "":
		fe.out.say(fmt.Sprintf("Entry %d takes no answer: x %d alone checks it off.", n, n))
	default:
		fe.apply(session.Toggle{Item: n - 1})
		fe.out.say(toggledLine(fe.core.Session(), n-1))
	}
}

// answerMinutes records the minutes answered to item i, as the core
// reads them (app.WarnMinutes), asking for them when none were given and
// again when they cannot be taken.
func (fe *frontEnd) answerMinutes(i int, text string) {
	if text == "" {
		fe.askQ(question{
			prompt: []string{fe.core.Session().Current().Checklist[i].Text + " Type the minutes, such as 2 (Enter alone: no answer)."},
			answer: func(line string) {
				if line == "" {
					fe.out.say("No answer given.")
					return
				}
				if _, err := app.WarnMinutes(fe.core.Session(), i, line); err != nil {
					fe.out.say(app.ErrorSentence(err))
					fe.answerMinutes(i, "")
					return
				}
				fe.answerMinutes(i, line)
			},
		})
		return
	}
	m, err := app.WarnMinutes(fe.core.Session(), i, text)
	if err != nil {
		fe.out.say(app.Capital(err.Error()) + ": no answer recorded.")
		return
	}
	fe.apply(session.Answer{Item: i, Minutes: m})
	fe.out.say(answeredLine(fe.core.Session(), i))
}

// answerText records the words answered to item i, asking for them when
// they were not given.
func (fe *frontEnd) answerText(i int, text string) {
	if text == "" {
		fe.askQ(question{
			prompt: []string{fe.core.Session().Current().Checklist[i].Text + " Type the answer, one line (Enter alone: no answer)."},
			answer: func(line string) {
				if line == "" {
					fe.out.say("No answer given.")
					return
				}
				fe.answerText(i, line)
			},
		})
		return
	}
	kept, err := session.CheckAnswer(text)
	if err != nil {
		fe.out.say(app.ErrorSentence(err) + " No answer recorded.")
		return
	}
	fe.apply(session.Answer{Item: i, Text: kept})
	fe.out.say(answeredLine(fe.core.Session(), i))
}

// confirm asks before a risky command, or does it at once when the core
// asks nothing. The answer is the word of what is done ("end",
// "restart"); any other line stays, and one that is no command is kept
// as typing (see stayed).
func (fe *frontEnd) confirm(r app.Risky) {
	q, ok := fe.core.Confirmation(r)
	if !ok {
		fe.doRisky(r)
		return
	}
	fe.askQ(question{prompt: []string{q.Said() + " " + q.Typed()}, answer: func(line string) {
		if q.Answer(line) == app.CmdYes {
			fe.doRisky(r)
			return
		}
		fe.stayed("Nothing was done.", line)
	}})
}

// stayed says that a question that ends or discards was answered by
// staying. A line of words that is no command was typing: the question
// closes, and what was typed goes to the note draft. (A word alone, such
// as yes, was meant as an answer.)
func (fe *frontEnd) stayed(word, line string) {
	fe.out.say(word)
	if _, err := parse(line); len(strings.Fields(line)) > 1 && errors.As(err, new(notCommand)) {
		fe.typedLine(line, err)
	}
}

// typedLine keeps a line that is no command in the note draft, and says
// so: text typed in the wrong place is kept, never acted on. A word alone
// may have been meant as a command: what was expected is said too (err).
// A draft that is full keeps what fits of the line, and says so.
func (fe *frontEnd) typedLine(line string, err error) {
	fe.do(fe.core.TypedLine(line))
	const kept = "it is kept in the note draft: note keeps the draft as a note, drop drops it"
	if !strings.HasSuffix(fe.core.Session().NoteDraft(), strings.TrimSpace(line)) {
		fe.out.say("“" + app.Cut(strings.TrimSpace(line), 40) + "” is not a command, and " + app.NoteFull +
			": what did not fit is not kept (note keeps the draft as a note, drop drops it).")
		return
	}
	if len(strings.Fields(line)) == 1 {
		fe.out.say(app.ErrorSentence(err) + " " + app.Capital(kept) + ".")
		return
	}
	fe.out.say("“" + app.Cut(strings.TrimSpace(line), 40) + "” is not a command; " + kept + ", h lists the commands.")
}

// drop drops what was typed into the note draft.
func (fe *frontEnd) drop() {
	if !fe.core.Typed() {
		fe.out.say("Nothing typed is in the note draft.")
		return
	}
	fe.do(fe.core.DropTyped())
	line := "The typed text is dropped."
	if d := fe.core.Session().NoteDraft(); d != "" {
		line += " The note draft holds: " + d
	}
	fe.out.say(line)
}

// doRisky does a risky command.
func (fe *frontEnd) doRisky(r app.Risky) {
	switch r {
	case app.EndSession:
		fe.endSession()
	case app.RestartTurn:
		fe.apply(session.Restart{})
	}
}

// undo undoes the last change of this run and says what it undid, and
// which step it is on when that moved back.
func (fe *frontEnd) undo() {
	if err := fe.core.Refusal(session.Undo{}); err != nil {
		fe.out.say(refusals[err])
		return
	}
	pos := fe.core.Session().Pos()
	fe.apply(session.Undo{})
	if s := fe.core.Session(); s.Pos() != pos {
		fe.out.say(fmt.Sprintf("Now on step %d of %d: %s", s.Pos()+1, s.Len(), app.Sentence(s.Current().Title)))
	}
}

// note keeps a note, asking for its text when none was given; a note
// draft typed before is kept at its start. The core cuts it to
// app.MaxNote.
func (fe *frontEnd) note(text string) {
	d := fe.core.Session().NoteDraft()
	if d != "" && text != "" {
		fe.after(fe.core.AddNote(d + " " + text)) // the draft, typed earlier, is kept too
		fe.out.say("It begins with the note draft typed before it.")
		return
	}
	if text == "" {
		text = d
	}
	if text != "" {
		fe.after(fe.core.AddNote(text))
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
