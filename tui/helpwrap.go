package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// This file draws the full help (?) in a window too narrow for its
// columns side by side: the help of bubbles then drops the columns that
// do not fit behind an ellipsis, and the keys a coach looks for (undo,
// end, note, quit) were not on screen. It flows every key instead, line
// after line, as the footer's help line does.

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
