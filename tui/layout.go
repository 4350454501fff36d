package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// lineCount returns how many lines s has.
func lineCount(s string) int { return strings.Count(s, "\n") + 1 }

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

// padRight pads every line of s with spaces to width cells.
func padRight(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if w := ansi.StringWidth(l); w < width {
			lines[i] = l + strings.Repeat(" ", width-w)
		}
	}
	return strings.Join(lines, "\n")
}

// joinColumns puts the lines of right after the lines of left, which must
// already be padded to one width.
func joinColumns(left, right string) string {
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	for i := range l {
		if i < len(r) {
			l[i] += r[i]
		}
	}
	return strings.Join(l, "\n")
}
