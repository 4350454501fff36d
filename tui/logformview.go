package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// closingRows is how many rows the closing note shows of its text, at
// most: the rows about the cursor.
const closingRows = 4

// View draws the page of the form the question on show is on, width
// cells wide and at most height rows high: when the page is higher, from
// the question on show. It changes nothing.
func (f *logForm) View(st *Styles, width, height int) string {
	page := f.questions[f.at].ask.page()
	var blocks []string
	for i, q := range f.questions {
		if q.ask.page() != page {
			continue
		}
		if !f.shown(i) {
			if said := f.settled(i); said != "" {
				blocks = append(blocks, indent(st.Text.Muted.Render(wrap(said, max(width-lenPrompt, 1), 0)), lenPrompt))
			}
			continue
		}
		if i == f.at && lineCount(strings.Join(append(blocks, f.questionView(st, i, width)), "\n\n")) > height {
			blocks = nil // the question on show would be cut: start the page with it
		}
		blocks = append(blocks, f.questionView(st, i, width))
	}
	return fit(strings.Join(blocks, "\n\n"), width, height)
}

// questionView draws one question with its answer: the one on show with
// a bar before it, and under it what was wrong with its answer.
func (f *logForm) questionView(st *Styles, i, width int) string {
	q, on := f.questions[i], i == f.at
	w := max(width-lenPrompt, 1)
	title := st.Text.Muted.Render(wrap(q.title, w, 0))
	if on {
		title = st.Text.Heading.Render(wrap(q.title, w, 0))
	}
	lines := []string{title}
	if q.note != "" {
		lines = append(lines, st.Text.Muted.Render(wrap(q.note, w, 0)))
	}
	switch {
	case len(q.options) > 0:
		for j, o := range q.options {
			if j == q.chosen {
				lines = append(lines, st.List.Selected.Render(glyphSelected+" "+fit(safeLine(o), w-2, 1)))
			} else {
				lines = append(lines, "  "+fit(safeLine(o), w-2, 1))
			}
		}
	case q.ask == askReady:
		lines = append(lines, yesNo(st, q.yes))
	case q.ask == askClosing:
		lines = append(lines, closingLines(st, q, on, w)...)
	default:
		lines = append(lines, q.input.View())
	}
	if line := fullLine(q.input, "answer", w); (q.ask == askLearn || q.ask == askClosing) && line != "" {
		lines = append(lines, st.Text.Muted.Render(line))
	}
	if on && f.problem != "" {
		lines = append(lines, st.Text.Error.Render(wrap(glyphProblem+" "+f.problem, w, 2)))
	}
	bar := "  "
	if on {
		bar = st.Text.Role.Render("┃") + " "
	}
	all := strings.Split(strings.Join(lines, "\n"), "\n")
	for j, l := range all {
		all[j] = bar + l
	}
	return strings.Join(all, "\n")
}

// yesNo draws the answers yes and no, the one chosen marked.
func yesNo(st *Styles, yes bool) string {
	mark := func(label string, on bool) string {
		if on {
			return st.List.Selected.Render(glyphSelected + " " + label)
		}
		return "  " + label
	}
	return mark("Yes", yes) + "   " + mark("No", !yes)
}

// closingLines draws the closing note's text wrapped at its spaces to
// width cells, on at most closingRows rows: those about the cursor, which
// is drawn on the character it stands on (or a space after the text)
// while the note is the question on show.
func closingLines(st *Styles, q question, on bool, width int) []string {
	text := []rune(q.input.Value() + " ")
	pos := min(q.input.Position(), len(text)-1)
	starts := wrapRunes(text, max(width-lenPrompt, 1))
	at := 0
	for i, s := range starts {
		if s <= pos {
			at = i
		}
	}
	top := max(at-closingRows+1, 0)
	var lines []string
	for i := top; i < len(starts) && i < top+closingRows; i++ {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		line := safeLine(string(text[starts[i]:end]))
		if on && i == at {
			line = safeLine(string(text[starts[i]:pos])) + st.Text.Cursor.Render(safeLine(string(text[pos]))) +
				safeLine(string(text[pos+1:end]))
		}
		prompt := "  "
		if i == 0 {
			prompt = "> "
		}
		lines = append(lines, prompt+line)
	}
	return lines
}

// wrapRunes returns where each line of text starts when it is wrapped to
// width cells: after the last space that fits, or, in a word wider than
// the line, at the cell where it no longer fits.
func wrapRunes(text []rune, width int) []int {
	starts := []int{0}
	cells, space := 0, -1
	for i, r := range text {
		w := ansi.StringWidth(string(r))
		if cells+w > width && i > starts[len(starts)-1] {
			next := i
			if space > starts[len(starts)-1] {
				next = space + 1
			}
			starts = append(starts, next)
			cells = ansi.StringWidth(string(text[next:i]))
			space = -1
		}
		cells += w
		if r == ' ' {
			space = i
		}
	}
	return starts
}
