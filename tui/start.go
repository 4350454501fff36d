package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/script"
	"partnercoach/session"
)

// startModel is the first screen: an unfinished session, if there is one,
// to resume, finish or discard; then the choice of script.
type startModel struct {
	st         *Styles
	keys       keyMap
	clock      func() time.Time
	scripts    []*script.Script
	offer      *session.Session
	offerSaved time.Time
	keeper     Keeper
	sel        int
	discarding bool   // asking whether to discard the unfinished session
	err        string // why discarding failed
}

// discardFailedMsg reports that the unfinished session could not be
// discarded.
type discardFailedMsg struct{ err error }

// The actions offered for an unfinished session, in their order.
const (
	offerResume = iota
	offerFinish
	offerDiscard
	offerCount
)

// newStartModel returns the start screen for a configuration.
func newStartModel(st *Styles, keys keyMap, cfg Config) *startModel {
	m := &startModel{
		st: st, keys: keys, clock: cfg.Clock.Now, scripts: cfg.Scripts,
		offer: cfg.Offer, offerSaved: cfg.Saved, keeper: cfg.Keeper,
	}
	for i, s := range cfg.Scripts {
		if s.Name == cfg.Preselect && m.offer == nil {
			m.sel = i
		}
	}
	return m
}

// Init implements screen.
func (m *startModel) Init() tea.Cmd { return nil }

// Keys implements screen.
func (m *startModel) Keys() help.KeyMap { return startKeys{m.keys} }

// UnderWay implements screen: nothing is under way before a session.
func (m *startModel) UnderWay() bool { return false }

// offered returns how many entries the unfinished session takes.
func (m *startModel) offered() int {
	if m.offer == nil {
		return 0
	}
	return offerCount
}

// Update moves the selection and acts on the chosen entry.
func (m *startModel) Update(msg tea.Msg) tea.Cmd {
	if f, ok := msg.(discardFailedMsg); ok {
		m.err = "Could not discard the unfinished session: " + f.err.Error()
		return nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	if m.discarding {
		return m.discardKey(k)
	}
	n := m.offered() + len(m.scripts)
	switch {
	case n == 0:
	case key.Matches(k, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(k, m.keys.Down):
		m.sel = min(m.sel+1, n-1)
	case key.Matches(k, m.keys.Choose):
		return m.choose()
	}
	return nil
}

// choose acts on the selected entry.
func (m *startModel) choose() tea.Cmd {
	switch off := m.offered(); {
	case m.sel >= off:
		i := m.sel - off
		return func() tea.Msg { return startSessionMsg{index: i} }
	case m.sel == offerDiscard:
		m.discarding = true
		return nil
	default:
		finish := m.sel == offerFinish
		return func() tea.Msg { return resumeMsg{finish: finish} }
	}
}

// discardKey answers the question whether to discard the unfinished
// session.
func (m *startModel) discardKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Yes):
		m.discarding, m.offer, m.sel = false, nil, 0
		if k := m.keeper; k != nil {
			return func() tea.Msg {
				if err := k.Discard(); err != nil {
					return discardFailedMsg{err}
				}
				return nil
			}
		}
		return nil
	case key.Matches(k, m.keys.No), key.Matches(k, m.keys.Cancel):
		m.discarding = false
	}
	return nil
}
