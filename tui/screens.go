package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/script"
)

// openMsg asks the root to open another stage of the run: a new session
// of a script, the unfinished session on offer (or its coach log), or the
// coach log of the session on show.
type openMsg struct {
	start  *script.Script // a new session of this script
	offer  bool           // the unfinished session on offer
	finish bool           // with offer: its coach log
	end    bool           // end the session on show
	reopen bool           // back from the coach log to the session
}

// open moves the core to the stage a message asks for and shows its
// screen.
func (m *Model) open(msg openMsg) tea.Cmd {
	var e app.Effects
	switch stage := m.core.Stage(); {
	case msg.end && stage == app.Running:
		e = m.core.End()
	case msg.reopen:
		var err error
		if e, err = m.core.Reopen(); err != nil {
			return nil
		}
	case (msg.start != nil || msg.offer) && stage != app.Choosing:
		return nil // a second press that came too late
	case msg.start != nil:
		e = m.core.StartScript(msg.start)
	case msg.offer:
		e = m.core.ResumeOffer(msg.finish)
	default:
		return nil
	}
	m.screen = m.screenOf(m.core.Stage())
	m.showHelp, m.quit = false, nil
	return tea.Batch(m.screen.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height}), m.screen.Init(), do(e))
}

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

// confirmKey answers the quit question: quit, stay, or (in a session)
// end it and write the coach log.
func (m *Model) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	q := *m.quit
	switch {
	case key.Matches(msg, m.keys.Yes):
		if !m.core.Answerable(m.quitAt, m.keyNow()) {
			return nil // pressed before the question could be read
		}
		return leaveAndQuit(m.core.Leave())
	case q.CanEnd && key.Matches(msg, m.keys.EndLog):
		if !m.core.Answerable(m.quitAt, m.keyNow()) {
			return nil
		}
		m.quit = nil
		return func() tea.Msg { return openMsg{end: true} }
	case key.Matches(msg, m.keys.No), key.Matches(msg, m.keys.Quit):
		m.quit = nil
	}
	return nil
}

// quitLines are the quit question with its keys, in width cells: on one
// line where they fit, else the keys on a line of their own.
func quitLines(q app.QuitQuestion, width int) string {
	keys := "y = quit, esc = stay"
	if q.CanEnd {
		keys = "y = quit, e = end and write the log, esc = stay"
	}
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
