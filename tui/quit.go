package tui

// This file asks the quit question and takes its answer: the core says
// what quitting means now (app.Core.Quit); the root asks it in the footer.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
)

// askQuit asks the core what quitting means now, and quits, asks, or
// waits for a failed save tried again.
func (m *Model) askQuit() tea.Cmd {
	q, e := m.core.Quit()
	switch q.Kind {
	case app.QuitNow:
		return tea.Quit
	case app.QuitRetrying:
		m.retrying = true
		return do(e)
	}
	m.quit, m.quitAt = &q, m.keyNow()
	return nil
}

// quitKey answers the quit question: quit, stay, or (in a session) end
// it and write the coach log.
func (m *Model) quitKey(msg tea.KeyPressMsg) tea.Cmd {
	q, k := *m.quit, m.keys.Quit
	k.EndInstead.SetEnabled(q.CanEnd)
	switch {
	case key.Matches(msg, k.Yes):
		if !m.core.Answerable(m.quitAt, m.keyNow()) {
			return nil // pressed before the question could be read
		}
		return leaveAndQuit(m.core.Leave())
	case key.Matches(msg, k.EndInstead):
		if !m.core.Answerable(m.quitAt, m.keyNow()) {
			return nil
		}
		m.quit = nil
		return func() tea.Msg { return openMsg{end: true} }
	case key.Matches(msg, k.No):
		m.quit = nil
	}
	return nil
}

// quitLines are the quit question with its keys, in width cells: on one
// line where they fit, else the keys on a line of their own.
func quitLines(q app.QuitQuestion, k quitKeys, width int) string {
	k.EndInstead.SetEnabled(q.CanEnd)
	keys := keysSaid(k.Yes, k.EndInstead, k.No)
	if line := safeLine(q.Question) + " " + keys; len([]rune(line)) <= width {
		return line
	}
	return wrap(q.Question, width, 0) + "\n" + keys
}

// leaveAndQuit runs the jobs of leaving (dropping the autosave of a
// session with nothing in it), off the update loop, then quits.
func leaveAndQuit(e app.Effects) tea.Cmd {
	return func() tea.Msg {
		for _, job := range e.Jobs {
			job()
		}
		return tea.QuitMsg{}
	}
}
