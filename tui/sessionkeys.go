package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/session"
)

// This file binds the session screen's keys: which work now (keysNow),
// the help that shows them, and what each does. A key of the session
// that does nothing now, such as n on the last step, is switched off;
// pressed, it says why, in the core's words (app.Core.Refusal).

// keysNow returns the key map with the keys that work now switched on:
// the question's while one is asked, the field's while one takes typed
// text, the cards' while they are open, else the session's that would do
// something.
func (m *sessionModel) keysNow() keyMap {
	k := m.keys
	setAll(&k, false)
	k.Global.QuitNow.SetEnabled(true)
	switch {
	case m.confirm != nil:
		setAll(&k.Question, true)
	case m.note.on || m.inputOn:
		setAll(&k.Field, true)
	case m.cards != nil:
		m.cards.keysOn(&k)
		k.Global.Help.SetEnabled(m.helpThrough())
		k.Cards.StartPause.SetEnabled(!m.cards.Inputting() && m.core.Refusal(session.StartPause{}) == nil)
	default:
		setAll(&k.Global, true)
		setAll(&k.Session, true)
		m.sessionKeysOn(&k.Session)
	}
	return k
}

// sessionKeysOn switches off the session's keys that would do nothing on
// the step on show.
func (m *sessionModel) sessionKeysOn(s *sessionKeys) {
	works := func(a session.Action) bool { return m.core.Refusal(a) == nil }
	_, hasNext := m.ses.NextStep()
	st := m.ses.Current()
	entries := m.entries() > 0
	s.Next.SetEnabled(works(session.Next{}))
	s.Back.SetEnabled(works(session.Prev{}))
	s.StartPause.SetEnabled(works(session.StartPause{}))
	s.More.SetEnabled(works(session.Extend{By: time.Minute}))
	s.Less.SetEnabled(works(session.Extend{By: -time.Minute}))
	s.Restart.SetEnabled(works(session.Restart{}))
	s.Undo.SetEnabled(works(session.Undo{}))
	s.CallStarts.SetEnabled(works(session.StartCall{}))
	s.Preview.SetEnabled(hasNext)
	s.Check.SetEnabled(entries)
	s.Up.SetEnabled(entries)
	s.Down.SetEnabled(entries)
	s.ScrollUp.SetEnabled(len(st.Points) > 0)
	s.ScrollDown.SetEnabled(len(st.Points) > 0)
	s.Agenda.SetEnabled(m.width < agendaMinWidth)
	cards := m.hasCards()
	s.Cards.SetEnabled(cards)
	s.Search.SetEnabled(cards)
	s.Escape.SetEnabled(m.preview || m.showAgenda)
}

// Keys implements screen: the help of what is on show.
func (m *sessionModel) Keys() help.KeyMap {
	k := m.keysNow()
	switch {
	case m.confirm != nil:
		return k.questionHelp()
	case m.note.on || m.inputOn:
		return k.fieldHelp()
	case m.cards != nil:
		return k.cardsHelp(m.cards.open >= 0, m.cards.Inputting())
	}
	return k.sessionHelp()
}

// key acts on a key pressed on the session screen, with no question
// asked and no field open.
func (m *sessionModel) key(msg tea.KeyPressMsg) tea.Cmd {
	if m.confirm != nil {
		return m.confirmKey(msg)
	}
	m.hint = ""
	k := m.keysNow().Session
	if cmd, ok := m.recordKey(msg, k); ok {
		return cmd
	}
	if cmd, ok := m.callKey(msg, k); ok {
		return cmd
	}
	if cmd, ok := m.stepKey(msg, k); ok {
		return cmd
	}
	m.hint = m.whyNot(msg)
	return nil
}

// stepKey acts on the keys of the step on show: moving, the turn, the
// checklist, scrolling, the agenda and the cards. It reports whether the
// key was one of them.
func (m *sessionModel) stepKey(msg tea.KeyPressMsg, k sessionKeys) (tea.Cmd, bool) {
	var a session.Action
	switch {
	case key.Matches(msg, k.Next):
		a = session.Next{}
	case key.Matches(msg, k.Back):
		a = session.Prev{}
	case key.Matches(msg, k.StartPause):
		a = session.StartPause{}
	case key.Matches(msg, k.More):
		a = session.Extend{By: time.Minute}
	case key.Matches(msg, k.Less):
		a = session.Extend{By: -time.Minute}
	case key.Matches(msg, k.Restart):
		return m.ask(app.RestartTurn), true
	case key.Matches(msg, k.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(msg, k.Down):
		m.sel = min(m.sel+1, max(m.entries()-1, 0))
	case key.Matches(msg, k.Check):
		return m.activate(), true
	case key.Matches(msg, k.ScrollUp):
		m.scroll -= 3
		m.clampScroll()
	case key.Matches(msg, k.ScrollDown):
		m.scroll += 3
		m.clampScroll()
	case key.Matches(msg, k.Agenda):
		m.showAgenda = !m.showAgenda
	case key.Matches(msg, k.Cards):
		return m.openCards(false), true
	case key.Matches(msg, k.Search):
		return m.openCards(true), true
	default:
		return nil, false
	}
	if a == nil {
		return nil, true
	}
	return m.apply(a), true
}

// whyNot says why a key of the session that is switched off does nothing
// now, or "" when it is no such key.
func (m *sessionModel) whyNot(msg tea.KeyPressMsg) string {
	s := m.keys.Session // every key on
	refused := []struct {
		b key.Binding
		a session.Action
	}{
		{s.Next, session.Next{}}, {s.Back, session.Prev{}}, {s.StartPause, session.StartPause{}},
		{s.More, session.Extend{By: time.Minute}}, {s.Less, session.Extend{By: -time.Minute}}, {s.Restart, session.Restart{}},
		{s.Undo, session.Undo{}}, {s.CallStarts, session.StartCall{}},
	}
	for _, r := range refused {
		if !key.Matches(msg, r.b) {
			continue
		}
		err := m.core.Refusal(r.a)
		switch err {
		case app.ErrCallStarted:
			return refusalHint(err) + " The " + app.CallPhrase(m.ses, m.clock.Now()) + "."
		case app.ErrTurnElsewhere:
			rd, pos, _ := m.core.Live(m.clock.Now())
			return "One turn runs at a time: the " + app.LowerFirst(app.LiveLine(rd, pos))
		}
		return refusalHint(err)
	}
	if key.Matches(msg, s.Preview) {
		return "This is the last step: nothing comes after it."
	}
	return ""
}

// refusalHint words the core's reason why an action would do nothing.
func refusalHint(err error) string {
	switch err {
	case app.ErrNoTimer:
		return "This step has no timer: the timed turns are in the agenda."
	case app.ErrNotStarted:
		return "The turn has not started yet: space starts it."
	case app.ErrLastStep:
		return "This is the last step: E ends the session and opens the coach log."
	case app.ErrNothingToUndo:
		return "Nothing is left to undo in this run."
	case app.ErrCallStarted:
		return "The session clock runs already."
	case app.ErrTooLittleLeft:
		return "The turn has a minute or less left: none comes off it (n moves on)."
	}
	return ""
}

// hasCards reports whether the session's script has reference cards, its
// own or the built-in ones. Every frame's help asks, and the script does
// not change during a session, so the answer is kept.
func (m *sessionModel) hasCards() bool {
	sc := m.ses.Script()
	return m.drawn.hasCards.get(sc, func() bool { return len(sc.AllCards()) > 0 })
}
