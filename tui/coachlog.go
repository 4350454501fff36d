package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

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
	form *logForm
	// width and height are the window's size.
	width, height int

	// reviewTop is the first line of the review on show, once the coach
	// log is written.
	reviewTop int
}

// newCoachLogModel opens the coach log of the session the core has ended,
// its form filled in with the draft the core keeps.
func newCoachLogModel(st *Styles, keys keyMap, core *app.Core) *coachLogModel {
	return &coachLogModel{st: st, keys: keys, core: core, ses: core.Session(),
		form: newLogForm(core.EndForm(), core.LogAnswers())}
}

// Init implements screen. (The core saved the ended session as it opened
// the log, so that a resume comes back to it.)
func (m *coachLogModel) Init() tea.Cmd { return nil }

// keysNow returns the key map with the keys that work now switched on:
// the form's while it is written, back to the session while nothing of
// the log is written, and after a failed write, trying again and
// quitting.
func (m *coachLogModel) keysNow() keyMap {
	k := m.keys
	setAll(&k, false)
	k.Global.QuitNow.SetEnabled(true)
	k.Log.Reopen.SetEnabled(m.core.CanReopen())
	if m.core.Stage() == app.Logging {
		m.form.keysOn(&k.Log.Form)
	}
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

// Keys implements screen.
func (m *coachLogModel) Keys() help.KeyMap { return m.keysNow().logHelp() }

// Inputting implements screen: while the form is open, every key but
// ctrl+c belongs to it.
func (m *coachLogModel) Inputting() bool { return m.core.Stage() == app.Logging }

// Compact implements screen: there is no time to show.
func (m *coachLogModel) Compact(time.Time) string { return "" }

// Update implements screen.
func (m *coachLogModel) Update(msg tea.Msg) tea.Cmd {
	k := m.keysNow()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.form.setWidth(m.formWidth(m.width))
		return nil
	case tea.KeyPressMsg:
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
	cmd, done := m.form.Update(msg, k.Log.Form)
	if done {
		return tea.Batch(cmd, do(m.core.Finish(m.form.answers())))
	}
	return tea.Batch(cmd, do(m.core.SaveLogAnswers(m.form.answers())))
}
