package tui

// The columns of the wide layouts are joined by lipgloss; these two
// helpers count and pad lines, cutting where lipgloss would not.

import "strings"

// lineCount returns how many lines s has.
func lineCount(s string) int { return strings.Count(s, "\n") + 1 }

// countLines returns how many lines the texts have together.
func countLines(texts []string) int {
	n := 0
	for _, s := range texts {
		n += lineCount(s)
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
