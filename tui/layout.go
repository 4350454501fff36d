package tui

// These helpers count and pad lines, and set two columns side by side.

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

// fitPad is fit and then padLines, in one pass over the lines: s with
// every line cut to width cells, exactly height lines long.
func fitPad(s string, width, height int) string {
	if height <= 0 {
		return ""
	}
	if width <= 0 {
		return strings.Repeat("\n", height-1)
	}
	lines := strings.SplitN(s, "\n", height+1)
	var b strings.Builder
	b.Grow(len(s) + height)
	for i := range height {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(lines) {
			b.WriteString(fitLine(lines[i], width))
		}
	}
	return b.String()
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

// besides sets right beside left, left padded to leftWidth cells (its
// lines no wider, as fit makes them), as
// lipgloss.JoinHorizontal sets a column of that width beside another,
// aligned at the top: each line of the shorter column is blank, and each
// line of right is padded to right's widest. It costs a frame a few
// allocations where lipgloss, which wraps and aligns every line through
// its styles, cost a hundred and fifty.
func besides(left string, leftWidth int, right string) string {
	ls, rs := strings.Split(left, "\n"), strings.Split(right, "\n")
	rightWidth := 0
	for _, r := range rs {
		rightWidth = max(rightWidth, cellWidth(r))
	}
	var b strings.Builder
	b.Grow(len(left) + len(right) + max(len(ls), len(rs))*(leftWidth+rightWidth+1))
	for i := range max(len(ls), len(rs)) {
		if i > 0 {
			b.WriteByte('\n')
		}
		padTo(&b, lineAt(ls, i), leftWidth)
		padTo(&b, lineAt(rs, i), rightWidth)
	}
	return b.String()
}

// lineAt is the i-th of lines, or "" past the last.
func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

// padTo writes s and as many spaces after it as make it width cells.
func padTo(b *strings.Builder, s string, width int) {
	b.WriteString(s)
	for range width - cellWidth(s) {
		b.WriteByte(' ')
	}
}
