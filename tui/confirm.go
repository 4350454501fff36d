package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// confirmation is a question the coach answers before a command that
// cannot be taken back with one key is done: ending the session,
// restarting a turn.
type confirmation struct {
	risky    app.Risky
	question string
	asked    time.Time // when it was asked, on the key clock
}

// ask asks before a risky command, or does it at once when the core asks
// nothing.
func (m *sessionModel) ask(r app.Risky) tea.Cmd {
	q := m.core.Confirmation(r)
	if q == "" {
		return m.doRisky(r)
	}
	m.confirm = &confirmation{risky: r, question: q, asked: m.keyNow()}
	return nil
}

// confirmKey answers the question on show: y does the command, once the
// question has been on show long enough to be read; esc or n stays.
func (m *sessionModel) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	c, k := m.confirm, m.keysNow().Question
	switch {
	case key.Matches(msg, k.Yes):
		if !m.core.Answerable(c.asked, m.keyNow()) {
			return nil // pressed before the question could be read
		}
		m.confirm = nil
		return m.doRisky(c.risky)
	case key.Matches(msg, k.No):
		m.confirm = nil
		m.hint = "Nothing was done."
	}
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

// confirmLine is the question on show with its keys.
func (m *sessionModel) confirmLine(width int) string {
	k := m.keys.Question
	return m.st.Banner.Warning.Render(wrap(m.confirm.question+" "+keysSaid(k.Yes, k.No), max(width-2, 1), 0))
}

// safeLine makes a text from a script, a note or the session one line
// that holds no control character.
func safeLine(s string) string { return textsafe.Line(s) }

// safeText is safeLine for text of several lines: its line breaks stay.
func safeText(s string) string { return textsafe.Text(s) }
