package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"partnercoach/script"
)

// startModel is the first screen: the choice of script.
type startModel struct {
	st      *Styles
	keys    keyMap
	scripts []*script.Script
	sel     int
}

// newStartModel returns the start screen offering the given scripts.
func newStartModel(st *Styles, keys keyMap, scripts []*script.Script) *startModel {
	return &startModel{st: st, keys: keys, scripts: scripts}
}

// Init implements screen.
func (m *startModel) Init() tea.Cmd { return nil }

// Keys implements screen.
func (m *startModel) Keys() help.KeyMap { return startKeys{m.keys} }

// UnderWay implements screen: nothing is under way before a session.
func (m *startModel) UnderWay() bool { return false }

// Update moves the selection and opens the chosen script.
func (m *startModel) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(m.scripts) == 0 {
		return nil
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(k, m.keys.Down):
		m.sel = min(m.sel+1, len(m.scripts)-1)
	case key.Matches(k, m.keys.Choose):
		i := m.sel
		return func() tea.Msg { return startSessionMsg{index: i} }
	}
	return nil
}

// View lists the scripts with their planned length and summary.
func (m *startModel) View(width, height int) string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render("partnercoach") + m.st.Muted.Render(" · choose the session to run") + "\n")
	b.WriteString(m.st.Rule.Render(strings.Repeat("─", width)) + "\n\n")
	for i, s := range m.scripts {
		line := fmt.Sprintf("%-10s %s", s.Name, s.Title)
		line = spread(line, m.st.Muted.Render(fmt.Sprintf("%d min, %d steps", int(s.Planned().Minutes()), len(s.Steps))), width-2)
		if i == m.sel {
			b.WriteString(m.st.Selected.Render("›") + " " + m.st.Selected.Render(line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
		if s.Summary != "" {
			b.WriteString(m.st.Muted.Render(indent(wrap(s.Summary, width-14, 0), 13)) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(m.st.Muted.Render(wrap("Session content is confidential: nothing leaves this machine, and notifications never name the newcomer.", width, 0)))
	return b.String()
}
