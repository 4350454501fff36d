package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// minRedraw is the shortest real time between two redraws. Alerts are
// not held back by it: they wake the program at their due instant.
const minRedraw = 100 * time.Millisecond

// sessionModel is the screen of a running session.
type sessionModel struct {
	st    *Styles
	keys  keyMap
	core  *app.Core
	clock timer.Clock
	ses   *session.Session

	sel        int // selected entry: checklist items, then choice options
	input      textinput.Model
	inputOn    bool
	inputErr   string
	showAgenda bool
	scroll     int // first line of the talking points on show
	width      int // the size of the window
	height     int
	alert      string // the last alert, until the coach moves on
	alertStep  string // the step whose turn raised it
	hint       string // a word on the last key, cleared by the next
	gen        int    // generation of the live tick chain
	tick       func(delay time.Duration, gen int) tea.Cmd

	note  noteField
	cards *cardsModel     // the reference cards, while open over the step
	said  map[string]bool // standing problems said in full (see standing.go)

	confirm *confirmation    // the question asked before a risky command
	preview bool             // the next step is on show in place of the current one
	kept    sessionView      // the view before the last key, for a burst
	keyNow  func() time.Time // the instant of a key press
	answer  bool             // the field takes a text answer, not minutes
	drawn   sessionDrawn     // parts of the screen kept drawn (drawcache.go)
}

// newSessionModel shows the session the core has open.
func newSessionModel(st *Styles, keys keyMap, core *app.Core, tick func(time.Duration, int) tea.Cmd) *sessionModel {
	in := textinput.New()
	in.Placeholder = "minutes"
	in.CharLimit = 3
	in.SetWidth(8)
	is := in.Styles()
	is.Cursor.Blink = false // a blinking cursor would wake the program twice a second
	in.SetStyles(is)
	ses := core.Session()
	return &sessionModel{
		st: st, keys: keys, core: core, clock: core.Clock(), ses: ses, input: in, tick: tick,
		hint: core.Config().Notice, note: newNoteField(ses.NoteDraft(), core.EndForm().Note), keyNow: core.Clock().Now,
	}
}

// Init starts the tick chain. (The core saved the session as it opened.)
func (m *sessionModel) Init() tea.Cmd { return m.schedule(m.clock.Now()) }

// Inputting reports whether a field is taking typed text, so that the
// root leaves letter keys to it.
func (m *sessionModel) Inputting() bool { return m.inputOn || m.note.on || m.cards != nil }

// Update handles ticks, keys and notification outcomes.
func (m *sessionModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tickMsg:
		if msg.gen != m.gen {
			return nil
		}
		cmd := m.after(m.core.Advance())
		m.sizeCards() // an alert may have added a status line
		return tea.Batch(cmd, m.schedule(m.clock.Now()))
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.clampScroll()
		m.sizeCards()
		m.sizeNote()
		if m.inputOn && m.answer {
			m.sizeAnswer()
		}
		return nil
	case tea.KeyPressMsg:
		m.ackStanding()
		switch {
		case m.cards != nil:
			return m.cardsKey(msg)
		case m.note.on:
			return m.noteKey(msg)
		case m.inputOn:
			return m.inputKey(msg)
		}
		return m.key(msg)
	case tea.PasteMsg:
		return m.paste(msg)
	}
	return m.feedInputs(msg)
}

// feedInputs passes other messages, such as the cursor's blink, to the
// field taking typed text.
func (m *sessionModel) feedInputs(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case m.note.on:
		m.note.input, cmd = m.note.input.Update(msg)
	case m.inputOn:
		m.input, cmd = m.input.Update(msg)
	}
	return cmd
}

// after shows what a change brought: the banner of its last alert; the
// core has decided the rest (the notification, the bell, the save).
func (m *sessionModel) after(e app.Effects) tea.Cmd {
	for _, a := range e.Alerts {
		m.alert, m.alertStep = a.Title, a.Event.Step
	}
	m.noticed(e.Events)
	return do(e)
}

// clampScroll keeps the talking points' scroll within what the window
// can show.
func (m *sessionModel) clampScroll() {
	lines, room := m.pointsArea(m.width, m.height)
	m.scroll = clampScroll(m.scroll, lines, room)
}

// apply carries out an action now.
func (m *sessionModel) apply(a session.Action) tea.Cmd {
	return m.change(func() app.Effects { return m.core.Apply(a) })
}

// change makes a change through the core and restarts the tick chain,
// since the change may have moved the next instant to wake at.
func (m *sessionModel) change(do func() app.Effects) tea.Cmd {
	before := m.ses.Pos()
	e := do()
	if m.ses.Pos() != before {
		m.sel, m.scroll, m.alert = 0, 0, ""
	}
	m.gen++
	return tea.Batch(m.after(e), m.schedule(m.clock.Now()))
}

// entries counts the selectable entries of the current step.
func (m *sessionModel) entries() int {
	st := m.ses.Current()
	n := len(st.Checklist)
	if st.Choice != nil {
		n += len(st.Choice.Options)
	}
	return n
}

// activate acts on the selected entry: checks an item off, asks for an answer,
// or chooses an option.
func (m *sessionModel) activate() tea.Cmd {
	st := m.ses.Current()
	if m.sel >= m.entries() {
		return nil
	}
	if m.sel >= len(st.Checklist) {
		return m.apply(session.Choose{Option: m.sel - len(st.Checklist)})
	}
	switch st.Checklist[m.sel].Answer {
	case script.WarnMinutes:
		return m.openInput(false)
	case script.TextAnswer:
		return m.openInput(true)
	}
	return m.apply(session.Toggle{Item: m.sel})
}

// openInput opens the field for the selected item's answer: minutes, or
// a line of text.
func (m *sessionModel) openInput(text bool) tea.Cmd {
	m.inputOn, m.inputErr, m.answer = true, "", text
	m.input.Reset()
	if text {
		m.input.Placeholder, m.input.CharLimit = "the answer", session.MaxAnswer
		m.sizeAnswer()
		if a, ok := m.ses.Answer(m.ses.Current().ID, m.sel); ok {
			m.input.SetValue(a)
		}
	} else {
		m.input.Placeholder, m.input.CharLimit = "minutes", 3
		m.input.SetWidth(8)
	}
	return m.input.Focus()
}

// answerLabel is the label before the field of an answer in words.
const answerLabel = "Answer: "

// answerWidth is the width of the field of an answer in words in a step
// column of the given width: the width there is, less the entry's indent
// and the label (the footer says the keys).
func (m *sessionModel) answerWidth(column int) int {
	return max(column-6-len(answerLabel)-len(m.input.Prompt)-1, 4)
}

// sizeAnswer fits the field of an answer in words to the step's column,
// so that what is typed scrolls within the width it is drawn at.
func (m *sessionModel) sizeAnswer() {
	m.input.SetWidth(m.answerWidth(stepColumn(m.width)))
}

// typedAnswer reads the field as the answer to the selected item, or
// says what is wrong with it.
func (m *sessionModel) typedAnswer() (session.Answer, error) {
	if m.answer {
		text, err := session.CheckAnswer(m.input.Value())
		return session.Answer{Item: m.sel, Text: text}, err
	}
	minutes, err := app.WarnMinutes(m.ses, m.sel, m.input.Value())
	return session.Answer{Item: m.sel, Minutes: minutes}, err
}

// inputKey handles keys while the coach types an answer: minutes, or a
// line of text.
func (m *sessionModel) inputKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keysNow().Field
	switch {
	case key.Matches(msg, k.Cancel):
		m.inputOn = false
		m.input.Blur()
		return nil
	case key.Matches(msg, k.Keep):
		a, err := m.typedAnswer()
		if err != nil {
			m.inputErr = app.ErrorSentence(err)
			return nil
		}
		m.inputOn = false
		m.input.Blur()
		return m.apply(a)
	}
	if t := msg.Text; !m.answer && t != "" && strings.Trim(t, "0123456789") != "" {
		return nil // only digits are taken
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}
