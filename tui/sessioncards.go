package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// openCards opens the reference cards over the session, the current
// step's cards first; with search set it opens straight into the search.
// The session keeps running underneath: ticks and alerts go on.
func (m *sessionModel) openCards(search bool) tea.Cmd {
	st := m.ses.Current()
	c := newCardsModel(m.ses.Script().AllCards(), st.Cards, *m.st, 80, 24).
		SetPlain(m.st.plain)
	if search {
		c = c.Search()
	}
	m.cards = &c
	return nil
}

// cardsKey passes a key to the open cards, closing them when they say so.
func (m *sessionModel) cardsKey(msg tea.KeyPressMsg) tea.Cmd {
	c, cmd, closed := m.cards.Update(msg)
	if closed {
		m.cards = nil
		return cmd
	}
	m.cards = &c
	return cmd
}

// cardKeyOf reports whether a key opens the cards, and whether into the
// search.
func (m *sessionModel) cardKeyOf(msg tea.KeyPressMsg) (open, search bool) {
	switch {
	case key.Matches(msg, m.keys.Cards):
		return true, false
	case key.Matches(msg, m.keys.Search):
		return true, true
	}
	return false, false
}

// cardsView draws the open cards in the space of the step, keeping the
// current turn's time in a line above them.
func (m *sessionModel) cardsView(width, height int) string {
	line := m.Compact(m.clock.Now())
	if line != "" {
		height--
	}
	if h := max(height, 1); m.cards.width != width || m.cards.height != h {
		c := m.cards.SetSize(width, h) // lays the card out again: only on a new size
		m.cards = &c
	}
	if line == "" {
		return m.cards.View()
	}
	return m.st.Role.Render(fit(line, width, 1)) + "\n" + m.cards.View()
}
