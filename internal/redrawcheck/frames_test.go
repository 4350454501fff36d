package redrawcheck

import (
	"fmt"
	"math/rand/v2"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// agreedWords are pieces of lines whose width the terminal emulator and the
// renderer agree on: ASCII, wide characters, an emoji, combining marks, box
// drawing, tabs and carriage returns.
var agreedWords = []string{
	"time", "left", "14:59", "Alice", "talking", "points", "·", "—",
	"漢字", "日本語テキスト", "🙂", "e\u0301", "n\u0303o", "a\u0308\u0301",
	"\t", "x\ry", "████", "│", "╭──╮",
}

// disputedWords are emoji whose width the emulator and the renderer may
// measure differently: joined with ZWJ, flags, keycaps, variation selectors.
var disputedWords = []string{"👨‍👩‍👧‍👦", "🇫🇷", "1️⃣", "❤️", "☀︎"}

// pieces returns the words random lines are made of.
func pieces(agreed bool) []string {
	if agreed {
		return agreedWords
	}
	return append(append([]string(nil), agreedWords...), disputedWords...)
}

// styles are the Lip Gloss styles random spans are drawn with.
var styles = []lipgloss.Style{
	lipgloss.NewStyle(),
	lipgloss.NewStyle().Bold(true),
	lipgloss.NewStyle().Foreground(lipgloss.Color("#ff8800")),
	lipgloss.NewStyle().Background(lipgloss.Color("4")).Italic(true),
	lipgloss.NewStyle().Reverse(true).Underline(true),
	lipgloss.NewStyle().Foreground(lipgloss.Color("201")).Faint(true).Strikethrough(true),
}

// randomLine builds a line of styled spans; a hostile one now and then has
// something that carries over to the next line: an open style or link, an
// open escape sequence, bytes of an unknown sequence, or a leading combining
// mark.
func randomLine(r *rand.Rand, width int, words []string, hostile bool) string {
	var b strings.Builder
	odds := 1 << 20
	if hostile {
		odds = 14
	}
	switch r.IntN(odds) {
	case 0:
		b.WriteString("\u0301") // joins the previous line's last character
	case 1:
		b.WriteString("\x1b[1;32m") // a style the line opens and may not close
	case 2:
		b.WriteString("\x1b[m") // closes a style an earlier line opened
	}
	for b.Len() < r.IntN(2*width+2) {
		var span strings.Builder
		for range 1 + r.IntN(4) {
			span.WriteString(words[r.IntN(len(words))])
			span.WriteByte(' ')
		}
		b.WriteString(styles[r.IntN(len(styles))].Render(span.String()))
	}
	switch r.IntN(odds + 2) {
	case 0:
		b.WriteString("\x1b[4m") // an open underline
	case 1:
		b.WriteString("\x1b]8;;https://example.com/\x07link") // an open hyperlink
	case 2:
		b.WriteString("\x1b]8;;https://example.com/\x07link\x1b]8;;\x07") // a closed one
	case 3:
		b.WriteString("\x1b[3") // an escape sequence left open
	case 4:
		b.WriteString("\x1b[K") // a sequence the parser keeps for the next character
	case 5:
		b.WriteString("\x1b[38;5;") // a colour cut short
	}
	return b.String()
}

// block is a Lip Gloss box over a few lines, each line styled on its own.
func block(r *rand.Rand, width int, words []string) []string {
	text := randomLine(r, width/2, words, false)
	style := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1).
		Foreground(lipgloss.Color("#88ccff")).Width(max(4, width/2))
	return strings.Split(style.Render(text), "\n")
}

// randomFrames builds n frames on a w×h terminal, with hostile lines in one
// sequence of three, each frame changing a few lines of the one before it: lines replaced, grown, shrunk, added or removed, and now
// and then a switch to or from the alternate screen, or a cursor shown,
// moved or hidden; in one sequence of two the window title and a progress
// bar change with every frame.
func randomFrames(r *rand.Rand, w, h, n int, words []string) []tea.View {
	hostile, titled := r.IntN(3) == 0, r.IntN(2) == 0
	lines := make([]string, 1+r.IntN(h+2))
	for i := range lines {
		lines[i] = randomLine(r, w, words, hostile)
	}
	alt := r.IntN(2) == 0
	var cursor *tea.Cursor
	views := make([]tea.View, 0, n)
	for range n {
		for range 1 + r.IntN(3) {
			i := r.IntN(len(lines))
			switch k := r.IntN(40); {
			case k < 16:
				lines[i] = randomLine(r, w, words, hostile)
			case k < 24:
				lines[i] += styles[r.IntN(len(styles))].Render(words[r.IntN(len(words))])
			case k < 28 && hostile:
				lines[i] = lines[i][:r.IntN(len(lines[i])+1)] // may cut a sequence or a character
			case k < 28:
				lines[i] = ansi.Truncate(lines[i], r.IntN(ansi.StringWidth(lines[i])+1), "")
			case k < 34:
				b := block(r, w, words)
				for j := range min(len(b), len(lines)-i) {
					lines[i+j] = b[j]
				}
			case k < 35:
				lines = append(lines[:i], append([]string{randomLine(r, w, words, hostile)}, lines[i:]...)...)
			case k < 36 && len(lines) > 1:
				lines = append(lines[:i], lines[i+1:]...)
			case k < 37:
				alt = !alt
			case k < 38:
				cursor = tea.NewCursor(r.IntN(w), r.IntN(len(lines)))
			case k < 39:
				cursor = nil
			}
		}
		v := tea.NewView(strings.Join(lines, "\n"))
		v.AltScreen = alt
		v.Cursor = cursor
		if titled {
			// A title and a progress bar that change with every frame.
			v.WindowTitle = fmt.Sprintf("%d left", n-len(views))
			v.ProgressBar = tea.NewProgressBar(tea.ProgressBarDefault, 100*len(views)/n)
		}
		views = append(views, v)
	}
	return views
}
