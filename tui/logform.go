package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/session"
)

// This file is the coach log's form on the full screen: the questions the
// core's EndForm asks of this kind of session, one page at a time, read
// by the keys of the key table's OnLog group. What is asked, its limits
// and what is kept are the core's; the form only holds the answers as
// they are typed and chosen.

// ask says which answer of the coach log a question of the form takes.
type ask int

// The questions, in the order the form asks them.
const (
	askOutcome ask = iota
	askScreening
	askFurther
	askLearn
	askReady
	askClosing
)

// page is the page of the form a question is on: the outcome, the
// screening, the recommendation's three questions together, the closing
// note.
func (a ask) page() int {
	switch a {
	case askOutcome, askScreening:
		return int(a)
	case askClosing:
		return 3
	}
	return 2
}

// question is one question of the form with its answer: an option chosen
// (the outcome, the screening), a line typed (in input), or yes or no.
type question struct {
	ask         ask
	title, note string
	options     []string
	chosen      int
	input       textinput.Model
	yes         bool
	// given is set while a count shows the answer it was given (its
	// default, or the draft's) untouched since it came into view: the
	// first character typed replaces it, as a coach typing "2" over "0"
	// means 2, not "02" (nor 1 when typing 12 over it, with room for two
	// digits).
	given bool
}

// logForm is the coach log's form: its questions, the one on show, and
// what was wrong with the last answer given to it.
type logForm struct {
	ef        app.EndForm
	draft     session.Closing
	outcomes  []session.Outcome
	questions []question
	at        int
	problem   string
}

// newLogForm asks the questions of the EndForm, with the answers of the
// draft d filled in.
func newLogForm(ef app.EndForm, d session.Closing) *logForm {
	f := &logForm{ef: ef, draft: d}
	var labels []string
	chosen := 0
	for i, o := range ef.Outcomes {
		f.outcomes, labels = append(f.outcomes, o.Outcome), append(labels, o.Label)
		if o.Outcome == d.Outcome {
			chosen = i
		}
	}
	f.questions = append(f.questions, question{ask: askOutcome, title: ef.Question, options: labels, chosen: chosen})
	sq := question{ask: askScreening, title: ef.ScreeningQuestion}
	for i, s := range session.Screenings {
		sq.options = append(sq.options, s.Label())
		if s == d.Screening {
			sq.chosen = i
		}
	}
	f.questions = append(f.questions, sq)
	r := d.Recommendation
	if ef.Further != "" {
		f.questions = append(f.questions, lineQuestion(askFurther, ef.Further, "", strconv.Itoa(r.FurtherSessions), 2))
	}
	if ef.Learn != "" {
		f.questions = append(f.questions, lineQuestion(askLearn, ef.Learn, "", r.Learn, app.MaxLearn))
	}
	if ef.Ready != "" {
		f.questions = append(f.questions, question{ask: askReady, title: ef.Ready, yes: r.Ready})
	}
	f.questions = append(f.questions, lineQuestion(askClosing, ef.Closing, ef.Private+".", d.Summary, app.MaxClosing))
	f.focus()
	return f
}

// lineQuestion is a question answered by a line typed, of at most limit
// characters, its cursor still (a blinking one would wake the program
// twice a second).
func lineQuestion(a ask, title, note, value string, limit int) question {
	in := textinput.New()
	in.Prompt = "> "
	in.CharLimit = limit
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	in.SetValue(value)
	in.CursorEnd()
	return question{ask: a, title: title, note: note, input: in}
}

// typed reports whether the question is answered by a line typed.
func (q *question) typed() bool {
	return q.ask == askFurther || q.ask == askLearn || q.ask == askClosing
}

// shown reports whether the question is asked, given the outcome chosen:
// the screening and the recommendation only of some outcomes.
func (f *logForm) shown(i int) bool {
	switch f.questions[i].ask {
	case askScreening:
		return f.ef.Screening(f.outcome())
	case askFurther, askLearn:
		return f.ef.Asks(f.outcome())
	case askReady:
		return f.ef.AsksReady(f.answers())
	}
	return true
}

// settled says, for a question the form does not ask because an earlier
// answer has answered it (the screening, whether the newcomer is ready),
// what that answer is; "" for any other.
func (f *logForm) settled(i int) string {
	if f.questions[i].ask != askReady {
		return ""
	}
	return f.ef.ReadySettled(f.answers())
}

// outcome is the outcome chosen.
func (f *logForm) outcome() session.Outcome {
	if len(f.outcomes) == 0 {
		return ""
	}
	return f.outcomes[f.questions[0].chosen]
}

// step returns the question asked after (by +1) or before (by -1) the
// one on show, and false when there is none.
func (f *logForm) step(by int) (int, bool) {
	for i := f.at + by; i >= 0 && i < len(f.questions); i += by {
		if f.shown(i) {
			return i, true
		}
	}
	return 0, false
}

// focus gives the cursor to the question on show, if it takes a line.
func (f *logForm) focus() {
	for i := range f.questions {
		if q := &f.questions[i]; q.typed() {
			if i == f.at {
				q.input.Focus() // the cursor is still: no command to run
				q.given = q.ask == askFurther
			} else {
				q.input.Blur()
			}
		}
	}
}

// Update takes a message while the form is open, and reports whether the
// coach has answered its last question.
func (f *logForm) Update(msg tea.Msg, k formKeys) (tea.Cmd, bool) {
	q := &f.questions[f.at]
	press, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok || q.typed() && !key.Matches(press, k.Next, k.Prev):
		if !q.typed() {
			return nil, false
		}
		if q.given {
			q.given = false
			if _, pasted := msg.(tea.PasteMsg); pasted || ok && press.Text != "" { // not a key that edits
				q.input.SetValue("")
			}
		}
		was := q.input.Value()
		cmd := typeInto(&q.input, msg)
		if q.input.Value() != was { // the answer warned of is changed
			f.problem = ""
		}
		return cmd, false
	case key.Matches(press, k.Prev):
		f.move(-1)
	case key.Matches(press, k.Up):
		q.chosen = max(q.chosen-1, 0)
	case key.Matches(press, k.Down):
		q.chosen = min(q.chosen+1, len(q.options)-1)
	case key.Matches(press, k.Toggle):
		q.yes = !q.yes
	case key.Matches(press, k.Yes), key.Matches(press, k.No):
		q.yes = key.Matches(press, k.Yes)
		return nil, f.next()
	case key.Matches(press, k.Next):
		return nil, f.next()
	}
	return nil, false
}

// next moves to the next question, once the answer on show is one the
// core takes, and reports whether there was none left.
func (f *logForm) next() bool {
	if q := f.questions[f.at]; q.ask == askFurther {
		if _, err := app.FurtherSessions(q.input.Value()); err != nil {
			f.problem = err.Error()
			return false
		}
	}
	return !f.move(1)
}

// move moves to the question after or before the one on show, and
// reports whether there was one.
func (f *logForm) move(by int) bool {
	i, ok := f.step(by)
	if ok {
		f.at, f.problem = i, ""
		f.focus()
	}
	return ok
}

// keysOn switches on, in k, the keys that answer the question on show.
func (f *logForm) keysOn(k *formKeys) {
	q := f.questions[f.at]
	_, back := f.step(-1)
	_, more := f.step(1)
	k.Prev.SetEnabled(back)
	k.Next.SetEnabled(true)
	if !more {
		k.Next.SetHelp(k.Next.Help().Key, "done")
	}
	choice := len(q.options) > 0
	k.Up.SetEnabled(choice)
	k.Down.SetEnabled(choice)
	yesNo := q.ask == askReady
	k.Toggle.SetEnabled(yesNo)
	k.Yes.SetEnabled(yesNo)
	k.No.SetEnabled(yesNo)
}

// setWidth fits the lines typed to a form width cells wide.
func (f *logForm) setWidth(width int) {
	for i := range f.questions {
		if q := &f.questions[i]; q.typed() {
			q.input.SetWidth(max(width-2*lenPrompt-1, 1)) // and a cell for the cursor
		}
	}
}

// lenPrompt is the width of a typed line's prompt and of the mark before
// the question on show.
const lenPrompt = 2

// answers are the form's answers as they stand, every one kept (those of
// the draft it opened on that it does not ask too): the core keeps those
// that apply to the outcome in the record.
func (f *logForm) answers() session.Closing {
	c := f.draft
	c.Outcome = f.outcome()
	for _, q := range f.questions {
		switch q.ask {
		case askScreening:
			c.Screening = session.Screenings[q.chosen]
		case askFurther:
			c.Recommendation.FurtherSessions, _ = strconv.Atoi(strings.TrimSpace(q.input.Value()))
		case askLearn:
			c.Recommendation.Learn = q.input.Value()
		case askReady:
			c.Recommendation.Ready = q.yes
		case askClosing:
			c.Summary = q.input.Value()
		}
	}
	return c
}
