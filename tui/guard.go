package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
)

// This file applies the core's rule of typing (app.Core.Keystroke) to the
// full screen: text typed on the session screen, where letters are
// commands, ends, quits, restarts, skips and pauses nothing. The root asks
// the core about each key before the screen acts on it. When a run of
// keys turns out to be typing, the core has undone its changes and put
// its text in the note draft; the screen closes what is open over the
// session and opens the note field, where what is typed next goes.

// guardedScreen is a screen whose keys are commands guarded against
// typing: the session screen.
type guardedScreen interface {
	// guarded reports whether a key now would be a command: no field
	// takes typed text.
	guarded() bool
	// groups are the groups of the key table in force now.
	groups() []app.KeyGroup
	// keepView keeps what a run of keys may change on screen, as it is
	// before the run's first key acts.
	keepView()
	// typing puts back the view kept, closes what is open over the
	// session and opens the note field with the draft: e is what the
	// core did (the run's changes undone).
	typing(e app.Effects) tea.Cmd
}

// guardKey asks the core whether a key is a command or typing, and
// reports whether it was taken as typing, in which case nothing else is
// done with it.
func (m *Model) guardKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	g, ok := m.screen.(guardedScreen)
	if !ok || !g.guarded() || m.retrying || key.Matches(msg, m.keys.Global.QuitNow) {
		return nil, false
	}
	groups := g.groups()
	if m.quit != nil {
		groups = []app.KeyGroup{app.OnQuestion}
	}
	v, e := m.core.Keystroke(app.Stroke{Text: msg.Text, Name: msg.String(), Groups: groups}, m.keyNow())
	switch v {
	case app.KeyTyping:
		m.quit, m.showHelp = nil, false
		return g.typing(e), true
	case app.KeyFirst:
		g.keepView()
	}
	return nil, false
}

// sessionView is what a run of keys may change on the session screen
// that typing puts back: the selection and the scroll. (What it opened
// is closed.)
type sessionView struct{ sel, scroll int }

// guarded implements guardedScreen.
func (m *sessionModel) guarded() bool {
	return !m.note.on && !m.inputOn && (m.cards == nil || !m.cards.Inputting())
}

// groups implements guardedScreen. Over the cards, the frame's keys
// (help, quit) are in force as they are on the session.
func (m *sessionModel) groups() []app.KeyGroup {
	switch {
	case m.confirm != nil:
		return []app.KeyGroup{app.OnQuestion}
	case m.cards != nil:
		return []app.KeyGroup{app.Everywhere, app.OnCards}
	}
	return []app.KeyGroup{app.Everywhere, app.OnSession}
}

// helpPasser is a screen that takes its keys itself but lets the help
// key through to the frame: the session while the cards are open and no
// search is typed.
type helpPasser interface{ helpThrough() bool }

// passesHelp reports whether the screen lets the help key through.
func passesHelp(s screen) bool {
	h, ok := s.(helpPasser)
	return ok && h.helpThrough()
}

// helpThrough implements helpPasser.
func (m *sessionModel) helpThrough() bool {
	return m.confirm == nil && m.guarded() && m.cards != nil
}

// keepView implements guardedScreen.
func (m *sessionModel) keepView() { m.kept = sessionView{sel: m.sel, scroll: m.scroll} }

// typing implements guardedScreen.
func (m *sessionModel) typing(e app.Effects) tea.Cmd {
	cmd := m.change(func() app.Effects { return e })
	m.sel, m.scroll = m.kept.sel, m.kept.scroll
	m.showAgenda, m.preview, m.cards, m.confirm = false, false, nil, nil
	m.hint = "Typing, not commands: it goes in the note below."
	if undid := app.Undid(e.Events); undid != "" {
		m.hint = "Undone: " + safeLine(undid) + " (typing, not commands)."
	}
	m.clampScroll()
	return tea.Batch(cmd, m.openNote())
}
