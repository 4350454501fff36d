package tui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
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
// and rules, with bold, italic, code spans and the text of links. It is
// all cards need, and it costs a fraction of a general renderer's memory.
func renderMarkdown(src string, width int, style string) string {
	b := []byte(src)
	doc := goldmark.DefaultParser().Parse(text.NewReader(b))
	w := &markdownWriter{src: b, width: max(width, 1), st: markdownStylesFor(style)}
	w.blocks(doc, "", "")
	return strings.Join(w.out, "\n")
}

// markdownWriter gathers the lines of a rendering.
type markdownWriter struct {
	src   []byte
	width int
	st    markdownStyles
	out   []string
}

// blocks draws the block children of n, the first line prefixed with
// first and the others with rest, a blank line between blocks except
// within the items of a tight list.
func (w *markdownWriter) blocks(n ast.Node, first, rest string) {
	tight := false
	if l, ok := n.Parent().(*ast.List); ok && n.Kind() == ast.KindListItem {
		tight = l.IsTight
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c != n.FirstChild() && !tight && c.Kind() != ast.KindTextBlock {
			w.gap(rest)
		}
		p := first
		if c != n.FirstChild() {
			p = rest
		}
		w.block(c, p, rest)
	}
}

// block draws one block node.
func (w *markdownWriter) block(n ast.Node, first, rest string) {
	switch n := n.(type) {
	case *ast.Heading:
		w.text(w.st.heading.Render(w.inline(n)), first, rest)
	case *ast.Paragraph, *ast.TextBlock:
		w.text(w.inline(n), first, rest)
	case *ast.List:
		w.list(n, first, rest)
	case *ast.Blockquote:
		bar := w.st.quote.Render("│ ")
		w.blocks(n, first+bar, rest+bar)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		w.code(n, first, rest)
	case *ast.ThematicBreak:
		w.out = append(w.out, first+w.st.quote.Render(strings.Repeat("─", max(w.width-len(first), 1))))
	default:
		w.blocks(n, first, rest)
	}
}

// list draws a list's items with their bullets or numbers.
func (w *markdownWriter) list(l *ast.List, first, rest string) {
	num := l.Start
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		marker := glyphPoint + " "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		p := rest
		if it == l.FirstChild() {
			p = first
		} else if !l.IsTight {
			w.gap(rest)
		}
		pad := strings.Repeat(" ", len([]rune(marker)))
		w.blocks(it, p+w.st.marker.Render(marker), rest+pad)
	}
}

// code draws a code block line by line, unwrapped.
func (w *markdownWriter) code(n ast.Node, first, rest string) {
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		line := safeLine(strings.TrimRight(string(seg.Value(w.src)), "\n"))
		p := rest
		if i == 0 {
			p = first
		}
		w.out = append(w.out, p+"  "+w.st.code.Render(line))
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

// inline returns the styled text of n's inline children.
func (w *markdownWriter) inline(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(safeLine(string(c.Segment.Value(w.src))))
			if c.HardLineBreak() {
				b.WriteString("\n")
			} else if c.SoftLineBreak() {
				b.WriteString(" ")
			}
		case *ast.String:
			b.WriteString(safeLine(string(c.Value)))
		case *ast.Emphasis:
			st := w.st.emph
			if c.Level > 1 {
				st = w.st.strong
			}
			b.WriteString(st.Render(w.inline(c)))
		case *ast.CodeSpan:
			b.WriteString(w.st.code.Render(w.inline(c)))
		case *ast.AutoLink:
			b.WriteString(safeLine(string(c.URL(w.src))))
		case *ast.RawHTML:
		default:
			b.WriteString(w.inline(c))
		}
	}
	return b.String()
}
