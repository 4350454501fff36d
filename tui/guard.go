package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
)

// This file applies the core's rule of bursts (app.Core.Keystroke) to the
// full screen: keys that come faster than commands are pressed are
// typing, and a burst of typing on the session screen ends, restarts or
// skips nothing. The root asks the core about each key before the screen
// acts on it, and keeps what the screen looked like before each key, so
// that a burst can put back what its first key changed.

// guardedScreen is a screen whose keys are commands guarded against
// bursts: the session screen.
type guardedScreen interface {
	// guarded reports whether a key now would be a command: no field
	// takes typed text.
	guarded() bool
	// keepView keeps the view as it is before a key acts on it.
	keepView()
	// burst puts back the view kept and shows the effects of the burst's
	// start: the change of its first key undone, the text typed.
	burst(e app.Effects) tea.Cmd
}

// rootView is what the root shows that a key may change: the quit
// question and the full help.
type rootView struct {
	quit     *app.QuitQuestion
	quitAt   time.Time
	showHelp bool
}

// guardKey asks the core whether a key is a command or typing, and
// reports whether it was taken as typing (within a burst, or the start
// of one), in which case nothing else is done with it.
func (m *Model) guardKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	g, ok := m.screen.(guardedScreen)
	if !ok || !g.guarded() || m.retrying || key.Matches(msg, m.keys.Global.QuitNow) || key.Matches(msg, m.keys.Session.Escape) {
		return nil, false
	}
	if key.Matches(msg, m.keys.Session.Note) && m.core.BurstText() != "" {
		return nil, false // N takes the text typed into a note, and what is typed next goes there too
	}
	v, e := m.core.Keystroke(msg.Text, msg.Code == tea.KeyBackspace, m.keyNow())
	switch v {
	case app.KeyBurst:
		m.quit, m.quitAt, m.showHelp = m.kept.quit, m.kept.quitAt, m.kept.showHelp
		return g.burst(e), true
	case app.KeyInBurst:
		return nil, true
	}
	m.kept = rootView{quit: m.quit, quitAt: m.quitAt, showHelp: m.showHelp}
	g.keepView()
	return nil, false
}

// sessionView is what a key may change on the session screen, kept so
// that a burst can put it back.
type sessionView struct {
	sel, scroll         int
	showAgenda, preview bool
	cards               *cardsModel
	confirm             *confirmation
	hint                string
}

// guarded implements guardedScreen.
func (m *sessionModel) guarded() bool {
	return !m.note.on && !m.inputOn && (m.cards == nil || !m.cards.Inputting())
}

// keepView implements guardedScreen.
func (m *sessionModel) keepView() {
	m.kept = sessionView{sel: m.sel, scroll: m.scroll, showAgenda: m.showAgenda, preview: m.preview,
		cards: m.cards, confirm: m.confirm, hint: m.hint}
}

// burst implements guardedScreen.
func (m *sessionModel) burst(e app.Effects) tea.Cmd {
	cmd := m.change(func() app.Effects { return e })
	k := m.kept
	m.sel, m.scroll, m.showAgenda, m.preview, m.cards, m.confirm = k.sel, k.scroll, k.showAgenda, k.preview, k.cards, k.confirm
	m.hint = "Typing: the keys were not taken as commands."
	if undid := app.Undid(e.Events); undid != "" {
		m.hint = "Undone: " + safeLine(undid) + " (typing, not commands)."
	}
	m.clampScroll()
	return cmd
}
