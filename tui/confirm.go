package tui

import (
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// confirmation is a question the coach answers before a command that
// ends or cannot be taken back with one key is done: ending the session,
// restarting a turn.
type confirmation struct {
	risky app.Risky
	ask   app.Asking
}

// ask asks before a risky command, or does it at once when the core asks
// nothing.
func (m *sessionModel) ask(r app.Risky) tea.Cmd {
	q, ok := m.core.Confirmation(r)
	if !ok {
		return m.doRisky(r)
	}
	m.confirm = &confirmation{risky: r, ask: q}
	return nil
}

// confirmKey takes a key while the question is on show: the arrows move
// the choice, Enter takes it, and any other key closes the question,
// staying (app.Asking.Key).
func (m *sessionModel) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	c := m.confirm
	answer, done := c.ask.Key(msg.String())
	if !done {
		return nil
	}
	m.confirm = nil
	if answer == app.CmdYes {
		return m.doRisky(c.risky)
	}
	m.hint = "Nothing was done."
	return nil
}

// doRisky does a risky command.
func (m *sessionModel) doRisky(r app.Risky) tea.Cmd {
	switch r {
	case app.EndSession:
		return func() tea.Msg { return openMsg{end: true} }
	case app.RestartTurn:
		return m.apply(session.Restart{})
	}
	return nil
}

// confirmLine is the question on show with its answers and keys.
func (m *sessionModel) confirmLine(width int) string {
	return askingView(m.confirm.ask, m.keys.Question, false, m.st.Banner.Warning, max(width-2, 1))
}

// safeLine makes a text from a script, a note or the session one line
// that holds no control character.
func safeLine(s string) string { return textsafe.Line(s) }

// safeText is safeLine for text of several lines: its line breaks stay.
func safeText(s string) string { return textsafe.Text(s) }
