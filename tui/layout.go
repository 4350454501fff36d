package tui

// The columns of the wide layouts are joined by lipgloss; these two
// helpers count and pad lines, cutting where lipgloss would not.

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// lineCount counts the lines of texts set one under another: an empty text
// takes none.
func lineCount(texts ...string) int {
	n := 0
	for _, s := range texts {
		if s != "" {
			n += lipgloss.Height(s)
		}
	}
	return n
}

// padLines makes s exactly n lines long, adding empty lines or cutting.
func padLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
