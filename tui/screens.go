package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/session"
)

// resumeMsg asks the root to open the unfinished session on offer, or
// its summary when finish is set.
type resumeMsg struct{ finish bool }

// open switches to the screen a message asks for.
func (m *Model) open(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case startSessionMsg:
		m.screen = newSessionModel(m.styles, m.keys, m.cfg, m.cfg.Scripts[msg.index], nil)
	case resumeMsg:
		if msg.finish || m.cfg.Offer.IsEnded() {
			m.screen = m.summaryOf(m.cfg.Offer, m.cfg.Offer.EndedOr(m.cfg.Saved))
		} else {
			m.screen = newSessionModel(m.styles, m.keys, m.cfg, nil, m.cfg.Offer)
		}
	case endSessionMsg:
		s, ok := m.screen.(*sessionModel)
		if !ok {
			return nil
		}
		m.screen = m.summaryOf(s.ses, msg.at)
	}
	m.showHelp, m.confirm = false, false
	return m.screen.Init()
}

// summaryOf ends a session at the given time, if it was not ended yet,
// and opens its coach log.
func (m *Model) summaryOf(s *session.Session, at time.Time) *summaryModel {
	s.Apply(session.End{}, at)
	return newSummaryModel(m.styles, m.keys, m.cfg, s, s.EndedOr(at))
}

// confirmKey answers the quit question: quit, stay, or (in a session)
// end it and write the coach log.
func (m *Model) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	_, inSession := m.screen.(*sessionModel)
	switch {
	case key.Matches(msg, m.keys.Yes):
		return tea.Quit
	case inSession && key.Matches(msg, m.keys.EndLog):
		m.confirm = false
		at := m.cfg.Clock.Now()
		return func() tea.Msg { return endSessionMsg{at: at} }
	case key.Matches(msg, m.keys.No), key.Matches(msg, m.keys.Quit):
		m.confirm = false
	}
	return nil
}

// quitQuestion asks whether to quit, saying what becomes of the session.
func (m *Model) quitQuestion() string {
	_, inSession := m.screen.(*sessionModel)
	switch {
	case m.cfg.Keeper == nil:
		return "Nothing is saved in this run (a rehearsal, or --no-save). Quit anyway? y = quit, n = stay"
	case inSession:
		return "Quit? The session is saved: 'partnercoach resume' brings it back. " +
			"y = quit, e = end and write the log, n = stay"
	}
	return "Quit before the coach log is written? The session stays saved for " +
		"'partnercoach resume'. y = quit, n = stay"
}
