package tui

import (
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"partnercoach/app"
	"partnercoach/session"
)

// coachLogModel is the screen at the end of a session: the coach log's
// form, beside what the session itself recorded, and then where the
// record was kept.
type coachLogModel struct {
	st   *Styles
	keys keyMap
	core *app.Core
	ses  *session.Session
	form *huh.Form
	// width and height are the window's size.
	width, height int

	// The form's answers.
	outcome   session.Outcome
	screening session.Screening
	further   string
	learn     string
	ready     bool
	closing   string

	// reviewTop is the first line of the review on show, once the coach
	// log is written.
	reviewTop int
}

// logDoneMsg says the coach has completed the form.
type logDoneMsg struct{}

// newCoachLogModel opens the coach log of the session the core has ended.
func newCoachLogModel(st *Styles, keys keyMap, core *app.Core) *coachLogModel {
	m := &coachLogModel{st: st, keys: keys, core: core, ses: core.Session()}
	d := core.LogAnswers()
	m.outcome, m.screening, m.closing = d.Outcome, d.Screening, d.Summary
	m.further = strconv.Itoa(d.Recommendation.FurtherSessions)
	m.learn, m.ready = d.Recommendation.Learn, d.Recommendation.Ready
	m.form = m.newForm()
	return m
}

// newForm builds the coach log's form: the questions the core's EndForm
// asks of this kind of session, in its words.
func (m *coachLogModel) newForm() *huh.Form {
	ef := m.core.EndForm()
	var outcomes []huh.Option[session.Outcome]
	for _, o := range ef.Outcomes {
		outcomes = append(outcomes, huh.NewOption(o.Label, o.Outcome))
	}
	var screenings []huh.Option[session.Screening]
	for _, s := range []session.Screening{session.Suitable, session.NotYet, session.Referred, session.NotScreened} {
		screenings = append(screenings, huh.NewOption(s.Label(), s))
	}
	var recommend []huh.Field
	if ef.Further != "" {
		recommend = append(recommend, huh.NewInput().Title(ef.Further).CharLimit(2).Value(&m.further).Validate(validCount))
	}
	if ef.Learn != "" {
		recommend = append(recommend, huh.NewInput().Title(ef.Learn).CharLimit(app.MaxLearn).Value(&m.learn))
	}
	if ef.Ready != "" {
		recommend = append(recommend, huh.NewConfirm().Title(ef.Ready).Value(&m.ready))
	}
	groups := []*huh.Group{
		huh.NewGroup(huh.NewSelect[session.Outcome]().Title(ef.Question).Options(outcomes...).Value(&m.outcome)),
		huh.NewGroup(huh.NewSelect[session.Screening]().Title("Screening for the partnership pool").
			Options(screenings...).Value(&m.screening)).
			WithHideFunc(func() bool { return !ef.Screening(m.outcome) }),
	}
	if len(recommend) > 0 {
		groups = append(groups, huh.NewGroup(recommend...).WithHideFunc(func() bool { return !ef.Asks(m.outcome) }))
	}
	groups = append(groups, huh.NewGroup(huh.NewText().Title(ef.Closing).
		Description(ef.Private+".").Lines(4).CharLimit(app.MaxClosing).Value(&m.closing)))
	f := huh.NewForm(groups...).WithShowHelp(true).WithKeyMap(formKeys()).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return huh.ThemeCharm(m.st.isDark) }))
	f.SubmitCmd = func() tea.Msg { return logDoneMsg{} }
	return f
}

// formKeys are huh's keys without the one that opens an outside editor,
// which would take the terminal away from the session screen.
func formKeys() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Text.Editor.SetEnabled(false)
	return km
}

// validCount accepts the number of further sessions the core accepts.
func validCount(s string) error {
	_, err := app.FurtherSessions(s)
	return err
}

// Init implements screen: it opens the form. (The core saved the ended
// session as it opened the log, so that a resume comes back to it.)
func (m *coachLogModel) Init() tea.Cmd { return m.form.Init() }

// keysNow returns the key map with the keys that work now switched on:
// back to the session while nothing of the log is written, and after a
// failed write, trying again and quitting.
func (m *coachLogModel) keysNow() keyMap {
	k := m.keys
	setAll(&k, false)
	k.Global.QuitNow.SetEnabled(true)
	k.Log.Reopen.SetEnabled(m.core.CanReopen())
	failed := m.core.Stage() == app.WriteFailed
	k.Log.Retry.SetEnabled(failed)
	k.Global.Quit.SetEnabled(failed || m.core.Stage() == app.Written)
	k.Global.Help.SetEnabled(failed || m.core.Stage() == app.Written)
	asking := m.core.Stage() == app.Written && m.core.Asking()
	k.After.Yes.SetEnabled(asking)
	k.After.No.SetEnabled(asking)
	cut := m.core.Stage() == app.Written && m.reviewCut()
	k.After.ScrollUp.SetEnabled(cut)
	k.After.ScrollDown.SetEnabled(cut)
	return k
}

// Keys implements screen: the form's own keys while it is written.
func (m *coachLogModel) Keys() help.KeyMap {
	var form []key.Binding
	if m.core.Stage() == app.Logging {
		form = m.form.KeyBinds()
	}
	return m.keysNow().logHelp(form)
}

// Inputting implements screen: while the form is open, every key but
// ctrl+c belongs to it.
func (m *coachLogModel) Inputting() bool { return m.core.Stage() == app.Logging }

// Compact implements screen: there is no time to show.
func (m *coachLogModel) Compact(time.Time) string { return "" }

// Update implements screen.
func (m *coachLogModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.sizeForm(m.width, m.height)
		return nil
	case logDoneMsg:
		return do(m.core.Finish(m.answers()))
	case tea.KeyPressMsg:
		k := m.keysNow()
		switch {
		case key.Matches(msg, k.Log.Retry):
			return do(m.core.RetryFinish())
		case key.Matches(msg, k.Log.Reopen):
			return func() tea.Msg { return openMsg{reopen: true} }
		case key.Matches(msg, k.After.Yes), key.Matches(msg, k.After.No):
			return do(m.core.Available(key.Matches(msg, k.After.Yes)))
		case key.Matches(msg, k.After.ScrollUp), key.Matches(msg, k.After.ScrollDown):
			m.scrollReview(key.Matches(msg, k.After.ScrollDown))
			return nil
		}
	}
	if m.core.Stage() != app.Logging {
		return nil
	}
	f, cmd := m.form.Update(msg)
	if form, ok := f.(*huh.Form); ok {
		m.form = form
	}
	e := m.core.SaveLogAnswers(m.answers())
	m.sizeForm(m.width, m.height) // a failed save adds a line above the form
	return tea.Batch(cmd, do(e))
}

// answers are the form's answers as they stand, every one kept: the core
// keeps those that apply to the outcome in the record.
func (m *coachLogModel) answers() session.Closing {
	n, _ := strconv.Atoi(strings.TrimSpace(m.further))
	return session.Closing{
		Outcome: m.outcome, Screening: m.screening, Summary: m.closing,
		Recommendation: session.Recommendation{FurtherSessions: n, Learn: m.learn, Ready: m.ready},
	}
}
