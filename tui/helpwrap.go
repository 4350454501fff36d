package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
)

// This file draws the full help (?) in a window too narrow for its
// columns side by side: the help of bubbles then drops the columns that
// do not fit behind an ellipsis, and the keys a coach looks for (undo,
// end, note, quit) were not on screen. It flows every key instead, line
// after line, as the footer's help line does.

// helpFlower is a screen whose help line, too wide for the window, is
// flowed onto more lines rather than cut when the screen leaves the room
// for them: the coach log's form, whose pages are short.
type helpFlower interface{ flowsHelp() bool }

// flowsHelp implements helpFlower.
func (m *coachLogModel) flowsHelp() bool { return m.core.Stage() == app.Logging }

// flowedFooter returns the help line flowed onto the lines it needs, and
// false when it fits on one, the screen does not flow its help, or the
// footer shows something else (the full help, a question).
func (m *Model) flowedFooter() (string, bool) {
	f, ok := m.screen.(helpFlower)
	if !ok || !f.flowsHelp() || m.showHelp || m.quit != nil || m.retrying {
		return "", false
	}
	keys := m.screen.Keys()
	wide := m.help
	wide.SetWidth(0)
	if lipgloss.Width(wide.ShortHelpView(keys.ShortHelp())) <= m.width {
		return "", false
	}
	return flowHelp(m.help.Styles, [][]key.Binding{keys.ShortHelp()}, m.width), true
}

// helpView draws the help as the help model does, the full help flowed
// into lines when its columns are wider than the width.
func helpView(h help.Model, keys help.KeyMap, width int) string {
	if !h.ShowAll {
		return h.View(keys)
	}
	wide := h
	wide.SetWidth(0)
	if full := wide.FullHelpView(keys.FullHelp()); lipgloss.Width(full) <= width {
		return full
	}
	return flowHelp(h.Styles, keys.FullHelp(), width)
}

// flowHelp writes the enabled keys of the groups one after another,
// separated as in the help line, a line broken between two keys.
func flowHelp(st help.Styles, groups [][]key.Binding, width int) string {
	sep := st.ShortSeparator.Render(" • ")
	var lines []string
	line := ""
	for _, g := range groups {
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			item := st.ShortKey.Render(b.Help().Key) + " " + st.ShortDesc.Render(b.Help().Desc)
			switch {
			case line == "":
				line = item
			case ansi.StringWidth(line+sep+item) <= width:
				line += sep + item
			default:
				lines, line = append(lines, line), item
			}
		}
	}
	return strings.Join(append(lines, line), "\n")
}
