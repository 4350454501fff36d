package tui

// This file asks the quit question and takes its answer: the core says
// what quitting means now (app.Core.Quit); the root asks it in the footer.

import (
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
	a := q.Ask()
	m.quit = &a
	return nil
}

// quitKey takes a key while the quit question is on show: the arrows
// move the choice and Enter takes it (quit, stay, or in a session end it
// and write the coach log); any other key closes the question, staying,
// and is not acted on.
func (m *Model) quitKey(msg tea.KeyPressMsg) tea.Cmd {
	answer, done := m.quit.Key(msg.String())
	if !done {
		return nil
	}
	m.quit = nil
	switch answer {
	case app.CmdYes:
		return leaveAndQuit(m.core.Leave())
	case app.CmdEndInstead:
		return func() tea.Msg { return openMsg{end: true} }
	}
	return nil
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
