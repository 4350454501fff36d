package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
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
	core       *app.Core
	sel        int
	discarding bool   // asking whether to discard the unfinished session
	err        string // why discarding failed
}

// The actions offered for an unfinished session, in their order.
const (
	offerResume = iota
	offerFinish
	offerDiscard
	offerCount
)

// newStartModel returns the start screen for a configuration.
func newStartModel(st *Styles, keys keyMap, core *app.Core) *startModel {
	cfg := core.Config()
	m := &startModel{
		st: st, keys: keys, clock: core.Clock().Now, scripts: cfg.Scripts,
		offer: core.Offer(), offerSaved: cfg.Saved, core: core,
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

// Inputting implements screen: the start screen takes no typed text.
func (m *startModel) Inputting() bool { return false }

// Compact implements screen: there is no time to show.
func (m *startModel) Compact(time.Time) string { return "" }

// offered returns how many entries the unfinished session takes.
func (m *startModel) offered() int {
	if m.offer == nil {
		return 0
	}
	return offerCount
}

// Update moves the selection and acts on the chosen entry.
func (m *startModel) Update(msg tea.Msg) tea.Cmd {
	if r, ok := msg.(reportedMsg); ok && len(r.notices) > 0 {
		m.err = strings.Join(r.notices, " ")
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
		s := m.scripts[m.sel-off]
		return func() tea.Msg { return openMsg{start: s} }
	case m.sel == offerDiscard:
		m.discarding = true
		return nil
	default:
		finish := m.sel == offerFinish
		return func() tea.Msg { return openMsg{offer: true, finish: finish} }
	}
}

// discardKey answers the question whether to discard the unfinished
// session.
func (m *startModel) discardKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Yes):
		m.discarding, m.offer, m.sel = false, nil, 0
		return do(m.core.DiscardOffer())
	case key.Matches(k, m.keys.No), key.Matches(k, m.keys.Cancel):
		m.discarding = false
	}
	return nil
}
