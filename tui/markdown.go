package tui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
)

// markdownStyles are the styles a card's Markdown is drawn with. The zero
// value draws plain text.
type markdownStyles struct {
	heading, strong, emph, code, quote, marker lipgloss.Style
}

// markdownStylesFor returns the styles for a style name: "notty" for
// plain text, "dark" or "light" for the background.
func markdownStylesFor(style string) markdownStyles {
	if style == "notty" {
		return markdownStyles{}
	}
	st := NewStyles(style == "dark")
	return markdownStyles{
		heading: st.Text.Title, strong: lipgloss.NewStyle().Bold(true),
		emph: lipgloss.NewStyle().Italic(true), code: st.Text.Muted, quote: st.Text.Muted, marker: st.Text.Role,
	}
}

// renderMarkdown draws Markdown as terminal text word-wrapped to width:
// headings, paragraphs, lists (nested, bulleted or numbered), quotes, code
// and rules, with bold, italic, code spans and the text of links
// (mdblock.go and mdinline.go read them). It is all cards need, and it
// costs a fraction of a general renderer's memory.
func renderMarkdown(src string, width int, style string) string {
	var r mdReader
	doc, _ := r.parse(mdLines(src))
	w := &markdownWriter{in: inlineReader{refs: r.refs}, width: max(width, 1), st: markdownStylesFor(style)}
	w.blocks(doc, false, "", "")
	return strings.Join(w.out, "\n")
}

// markdownWriter gathers the lines of a rendering.
type markdownWriter struct {
	in    inlineReader
	width int
	st    markdownStyles
	out   []string
}

// blocks draws blocks, the first line prefixed with first and the others
// with rest, a blank line between them except within the items of a
// tight list.
func (w *markdownWriter) blocks(bs []*mdBlock, tight bool, first, rest string) {
	for i, b := range bs {
		p := first
		if i > 0 {
			p = rest
			if !tight {
				w.gap(rest)
			}
		}
		w.block(b, p, rest)
	}
}

// block draws one block.
func (w *markdownWriter) block(b *mdBlock, first, rest string) {
	switch b.kind {
	case mdHeading:
		w.text(w.st.heading.Render(w.inline(b.lines)), first, rest)
	case mdParagraph:
		w.text(w.inline(b.lines), first, rest)
	case mdList:
		w.list(b, first, rest)
	case mdQuote:
		bar := w.st.quote.Render("│ ")
		w.blocks(b.children, false, first+bar, rest+bar)
	case mdCode:
		w.code(b.lines, first, rest)
	case mdRule:
		w.out = append(w.out, first+w.st.quote.Render(strings.Repeat("─", max(w.width-len(first), 1))))
	}
}

// list draws a list's items with their bullets or numbers.
func (w *markdownWriter) list(l *mdBlock, first, rest string) {
	num := l.start
	for i, it := range l.children {
		marker := glyphPoint + " "
		if l.ordered {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		p := rest
		if i == 0 {
			p = first
		} else if !l.tight {
			w.gap(rest)
		}
		if len(it.children) == 0 { // an empty item shows its marker
			w.out = append(w.out, p+w.st.marker.Render(strings.TrimRight(marker, " ")))
			continue
		}
		pad := strings.Repeat(" ", len([]rune(marker)))
		w.blocks(it.children, l.tight, p+w.st.marker.Render(marker), rest+pad)
	}
}

// code draws a code block line by line, unwrapped.
func (w *markdownWriter) code(lines []string, first, rest string) {
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		w.out = append(w.out, p+"  "+w.st.code.Render(safeLine(l)))
	}
}

// text word-wraps a run of styled text into lines.
func (w *markdownWriter) text(s, first, rest string) {
	room := max(w.width-lipgloss.Width(rest), 8)
	for i, line := range strings.Split(wordwrap(s, room), "\n") {
		p := rest
		if i == 0 {
			p = first
		}
		w.out = append(w.out, p+line)
	}
}

// gap adds a blank line unless the last line is blank already.
func (w *markdownWriter) gap(prefix string) {
	if len(w.out) > 0 && strings.TrimSpace(w.out[len(w.out)-1]) != "" {
		w.out = append(w.out, strings.TrimRight(prefix, " "))
	}
}

// inline returns the styled text of a paragraph's or a heading's lines.
func (w *markdownWriter) inline(lines []string) string {
	return w.styled(w.in.parse(strings.TrimRight(strings.Join(lines, "\n"), " ")))
}

// styled draws inline pieces: text made safe to show, emphasis and code
// in their styles, a hard break as a line break.
func (w *markdownWriter) styled(pieces []inline) string {
	var b strings.Builder
	for _, p := range pieces {
		switch p.kind {
		case inText, inDelim:
			b.WriteString(safeLine(p.text))
		case inBreak:
			b.WriteString("\n")
		case inCode:
			b.WriteString(w.st.code.Render(safeLine(p.text)))
		case inEmph:
			st := w.st.emph
			if p.level > 1 {
				st = w.st.strong
			}
			b.WriteString(st.Render(w.styled(p.kids)))
		case inGroup:
			b.WriteString(w.styled(p.kids))
		}
	}
	return b.String()
}
