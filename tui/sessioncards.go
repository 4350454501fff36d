package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/session"
)

// openCards opens the reference cards over the session, the current
// step's cards first; with search set it opens straight into the search.
// The session keeps running underneath: ticks and alerts go on.
func (m *sessionModel) openCards(search bool) tea.Cmd {
	st := m.ses.Current()
	c := newCardsModel(m.ses.Script().AllCards(), st.Cards, *m.st, m.keys, 80, 24).
		SetNoColour(m.st.noColour)
	if search {
		c = c.Search()
	}
	m.cards = &c
	m.sizeCards()
	return nil
}

// sizeCards fits the open cards to the space View will give them, so that
// View need not lay them out again.
func (m *sessionModel) sizeCards() {
	if m.cards == nil {
		return
	}
	now := m.clock.Now()
	w, h := m.cardsArea(m.width, m.bodyHeight(now, m.width, m.height-1))
	if m.cards.width != w || m.cards.height != h {
		c := m.cards.SetSize(w, h) // lays the card out again: only on a new size
		m.cards = &c
	}
}

// cardsArea is the size of the cards in the step's space: a line less
// when the turn's time is shown above them.
func (m *sessionModel) cardsArea(width, height int) (int, int) {
	if m.ses.Current().Turn != nil {
		height-- // the turn's line (withTurnLine)
	}
	return width, max(height, 1)
}

// cardsKey passes a key to the open cards, closing them when they say so.
// Space starts and pauses the turn, as on the session screen, unless a
// search is being typed.
func (m *sessionModel) cardsKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Cards.StartPause) && !m.cards.Inputting() {
		var cmd tea.Cmd
		if m.hint = m.whyNot(msg); m.hint == "" {
			cmd = m.apply(session.StartPause{})
		}
		m.sizeCards() // a hint may have added a status line
		return cmd
	}
	c, cmd, closed := m.cards.Update(msg)
	if closed {
		m.cards = nil
		return cmd
	}
	m.cards = &c
	m.sizeCards()
	return cmd
}

// cardsView draws the open cards in the space of the step, keeping the
// current turn's time in a line above them.
func (m *sessionModel) cardsView(width, height int) string {
	now := m.clock.Now()
	c := *m.cards // a copy: View changes nothing
	if w, h := m.cardsArea(width, height); c.width != w || c.height != h {
		c = c.SetSize(w, h) // a size Update did not foresee, such as with the full help
	}
	return m.withTurnLine(now, c.View(), width)
}
