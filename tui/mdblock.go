package tui

// This file reads the blocks of a card's Markdown: headings (# and
// underlined), paragraphs, lists (bulleted or numbered, nested, tight or
// loose), quotes, code (fenced or indented) and rules, as CommonMark
// reads them, and the definitions of reference links. It is the part of
// Markdown cards use (docs/scripts.md); HTML blocks are read as
// paragraphs, whose tags the inline reader drops. It replaced goldmark,
// which cost the program 0.7 MB and built Unicode's case folding at every
// start (BENCHMARKS.md).

import (
	"strconv"
	"strings"
)

// mdKind is the kind of a block.
type mdKind int

const (
	mdParagraph mdKind = iota
	mdHeading
	mdList
	mdItem
	mdQuote
	mdCode
	mdRule
)

// mdBlock is a block of a card: its lines of text (a paragraph's or a
// heading's inline Markdown, a code block's lines), or its blocks (a
// list's items, an item's or a quote's content).
type mdBlock struct {
	kind     mdKind
	lines    []string
	children []*mdBlock
	ordered  bool // a numbered list
	start    int  // a numbered list's first number
	tight    bool // a list with no blank line between its items or in them
}

// mdReader reads the blocks of a card, keeping the labels of its link
// definitions for the inline reader.
type mdReader struct {
	refs  map[string]bool
	depth int // how many quotes and list items the block being read is in
}

// mdMaxDepth is the deepest a quote or a list item is read in quotes and
// items: deeper, its lines are read as paragraphs, so that no card, however
// strange, takes long to draw.
const mdMaxDepth = 16

// parse reads lines into blocks. loose reports whether a blank line
// stands between two of them (it makes the list item holding them loose).
func (r *mdReader) parse(lines []string) (blocks []*mdBlock, loose bool) {
	blank := false
	for i := 0; i < len(lines); {
		if isBlank(lines[i]) {
			blank, i = true, i+1
			continue
		}
		if blank && len(blocks) > 0 {
			loose = true
		}
		blank = false
		var b *mdBlock
		b, i = r.block(lines, i)
		if b != nil {
			blocks = append(blocks, b)
		}
	}
	return blocks, loose
}

// block reads the block that starts at lines[i] and returns it (nil for
// one that shows nothing, such as link definitions alone) with the index
// of the line after it.
func (r *mdReader) block(lines []string, i int) (*mdBlock, int) {
	line := lines[i]
	if r.depth >= mdMaxDepth {
		return r.paragraph(lines, i)
	}
	switch {
	case fenceOf(line) != "":
		return fencedCode(lines, i)
	case indentOf(line) >= 4:
		return indentedCode(lines, i)
	case atxLevel(line) > 0:
		return &mdBlock{kind: mdHeading, lines: []string{atxText(line)}}, i + 1
	case isRule(line):
		return &mdBlock{kind: mdRule}, i + 1
	case isQuote(line):
		return r.quote(lines, i)
	}
	if _, ok := listMarkerOf(line); ok {
		return r.list(lines, i)
	}
	return r.paragraph(lines, i)
}

// paragraph reads a paragraph: lines up to a blank one or the start of
// another block, or up to an underline that makes it a heading. Link
// definitions at its start are kept and left out.
func (r *mdReader) paragraph(lines []string, i int) (*mdBlock, int) {
	var text []string
	for ; i < len(lines) && !isBlank(lines[i]); i++ {
		line := lines[i]
		if len(text) > 0 {
			if level := underlineLevel(line); level > 0 {
				return &mdBlock{kind: mdHeading, lines: text}, i + 1
			}
			if interrupts(line) {
				break
			}
		}
		if len(text) == 0 && r.definition(line) {
			continue
		}
		text = append(text, strings.TrimLeft(line, " "))
	}
	if len(text) == 0 {
		return nil, i
	}
	return &mdBlock{kind: mdParagraph, lines: text}, i
}

// interrupts reports whether a line starts a block that ends a paragraph
// before it: a heading, a fence, a rule, a quote, or a list item (a
// numbered one only from 1, and neither when empty).
func interrupts(line string) bool {
	if fenceOf(line) != "" || atxLevel(line) > 0 || isRule(line) || isQuote(line) {
		return true
	}
	m, ok := listMarkerOf(line)
	return ok && !isBlank(after(line, m.content)) && (!m.ordered || m.start == 1)
}

// definition reads a line as a link definition, "[label]: destination",
// keeping its label, and reports whether it was one.
func (r *mdReader) definition(line string) bool {
	s := strings.TrimLeft(line, " ")
	if indentOf(line) > 3 || !strings.HasPrefix(s, "[") {
		return false
	}
	end := strings.Index(s, "]:")
	if end < 2 || strings.ContainsAny(s[1:end], "[]") || strings.TrimSpace(s[end+2:]) == "" {
		return false
	}
	if r.refs == nil {
		r.refs = map[string]bool{}
	}
	r.refs[refLabel(s[1:end])] = true
	return true
}

// refLabel is a link label as labels are matched: case folded, its runs
// of spaces made one.
func refLabel(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// quote reads a block quote: the lines marked with ">", and the lines of
// a paragraph that run on from them unmarked.
func (r *mdReader) quote(lines []string, i int) (*mdBlock, int) {
	var inner []string
	for ; i < len(lines); i++ {
		line := lines[i]
		if isQuote(line) {
			s := strings.TrimLeft(line, " ")[1:]
			inner = append(inner, strings.TrimPrefix(s, " "))
		} else if lazyLine(inner, line) {
			inner = append(inner, line)
		} else {
			break
		}
	}
	b := &mdBlock{kind: mdQuote}
	r.depth++
	b.children, _ = r.parse(inner)
	r.depth--
	return b, i
}

// lazyLine reports whether line runs on, unmarked, from a paragraph that
// the last of lines holds: it is not blank and starts no block.
func lazyLine(lines []string, line string) bool {
	if len(lines) == 0 || isBlank(lines[len(lines)-1]) || isBlank(line) || interrupts(line) {
		return false
	}
	_, item := listMarkerOf(line)
	last := lines[len(lines)-1]
	return !item && fenceOf(last) == "" && indentOf(last) < 4
}

// fencedCode reads a code block between fences of ``` or ~~~; an
// unclosed one runs to the end.
func fencedCode(lines []string, i int) (*mdBlock, int) {
	fence, indent := fenceOf(lines[i]), indentOf(lines[i])
	b := &mdBlock{kind: mdCode}
	for i++; i < len(lines); i++ {
		s := strings.TrimSpace(lines[i])
		if indentOf(lines[i]) < 4 && strings.HasPrefix(s, fence) && strings.Trim(s, fence[:1]) == "" {
			return b, i + 1
		}
		b.lines = append(b.lines, trimIndent(lines[i], indent))
	}
	return b, i
}

// indentedCode reads a code block of lines indented by four spaces or
// more, blank lines within it kept.
func indentedCode(lines []string, i int) (*mdBlock, int) {
	b := &mdBlock{kind: mdCode}
	end := i
	for ; i < len(lines) && (isBlank(lines[i]) || indentOf(lines[i]) >= 4); i++ {
		b.lines = append(b.lines, trimIndent(lines[i], 4))
		if !isBlank(lines[i]) {
			end = len(b.lines)
		}
	}
	b.lines = b.lines[:end]
	return b, i
}

// fenceOf is the fence a line opens a code block with (three or more
// backticks or tildes, indented by three spaces at most), or "".
func fenceOf(line string) string {
	s := strings.TrimLeft(line, " ")
	if indentOf(line) > 3 || len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return ""
	}
	n := len(s) - len(strings.TrimLeft(s, s[:1]))
	if n < 3 || (s[0] == '`' && strings.Contains(s[n:], "`")) {
		return ""
	}
	return s[:n]
}

// atxLevel is the level of a heading written with #s, or 0.
func atxLevel(line string) int {
	s := strings.TrimLeft(line, " ")
	n := len(s) - len(strings.TrimLeft(s, "#"))
	if indentOf(line) > 3 || n < 1 || n > 6 || (n < len(s) && s[n] != ' ') {
		return 0
	}
	return n
}

// atxText is the text of a heading written with #s, without its closing
// #s.
func atxText(line string) string {
	s := strings.TrimSpace(strings.TrimLeft(strings.TrimLeft(line, " "), "#"))
	if t := strings.TrimRight(s, "#"); t == "" || strings.HasSuffix(t, " ") {
		s = strings.TrimSpace(t)
	}
	return s
}

// underlineLevel is the level of the heading a line of = (1) or - (2)
// makes of the paragraph above it, or 0.
func underlineLevel(line string) int {
	s := strings.TrimSpace(line)
	switch {
	case indentOf(line) > 3 || s == "":
		return 0
	case strings.Trim(s, "=") == "":
		return 1
	case strings.Trim(s, "-") == "":
		return 2
	}
	return 0
}

// isRule reports whether a line is a thematic break: three or more of
// one of - * _, spaces between them allowed.
func isRule(line string) bool {
	s := strings.ReplaceAll(strings.TrimSpace(line), " ", "")
	return indentOf(line) <= 3 && len(s) >= 3 && strings.Contains("-*_", s[:1]) && strings.Trim(s, s[:1]) == ""
}

// isQuote reports whether a line is marked as a block quote's.
func isQuote(line string) bool {
	return indentOf(line) <= 3 && strings.HasPrefix(strings.TrimLeft(line, " "), ">")
}

// isBlank reports whether a line holds nothing but spaces.
func isBlank(line string) bool { return strings.TrimSpace(line) == "" }

// indentOf counts the spaces a line starts with.
func indentOf(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }

// trimIndent takes up to n spaces off the start of a line.
func trimIndent(line string, n int) string { return line[min(indentOf(line), n):] }

// mdLines splits Markdown into lines, a tab taken as spaces up to the
// next stop of four, and a carriage return before a line break dropped.
func mdLines(src string) []string {
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	for i, l := range lines {
		if strings.Contains(l, "\t") {
			lines[i] = expandTabs(l)
		}
	}
	return lines
}

// expandTabs turns a line's tabs into spaces, to stops of four.
func expandTabs(line string) string {
	var b strings.Builder
	col := 0
	for _, r := range line {
		if r == '\t' {
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// listMarker is the marker of a list item on its first line.
type listMarker struct {
	ordered bool
	start   int  // a number's value
	char    byte // the bullet (- + *), or what follows the number (. or ))
	content int  // the column the item's content starts at
}

// listMarkerOf reads the marker of a list item at the start of a line: a
// bullet, or a number of up to nine digits followed by "." or ")", and
// then a space or the line's end.
func listMarkerOf(line string) (listMarker, bool) {
	indent := indentOf(line)
	s := line[indent:]
	var m listMarker
	n := 0
	switch {
	case indent > 3 || s == "":
		return m, false
	case strings.Contains("-+*", s[:1]):
		m.char, n = s[0], 1
	default:
		for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 0 || n == len(s) || (s[n] != '.' && s[n] != ')') {
			return m, false
		}
		m.ordered, m.char = true, s[n]
		m.start, _ = strconv.Atoi(s[:n])
		n++
	}
	rest := s[n:]
	if rest != "" && rest[0] != ' ' {
		return m, false
	}
	spaces := indentOf(rest)
	if isBlank(rest) || spaces > 4 { // content starting with more is code
		spaces = 1
	}
	m.content = indent + n + spaces
	return m, true
}

// after is what a line holds from a column on.
func after(line string, col int) string { return line[min(col, len(line)):] }

// list reads a list: items with markers of one kind, one after another,
// blank lines between them making it loose.
func (r *mdReader) list(lines []string, i int) (*mdBlock, int) {
	first, _ := listMarkerOf(lines[i])
	b := &mdBlock{kind: mdList, ordered: first.ordered, start: first.start, tight: true}
	for i < len(lines) {
		m, ok := listMarkerOf(lines[i])
		if !ok || m.ordered != first.ordered || m.char != first.char || isRule(lines[i]) {
			break
		}
		item, next, loose := r.item(lines, i, m)
		b.children = append(b.children, item)
		if loose {
			b.tight = false
		}
		j := next
		for j < len(lines) && isBlank(lines[j]) {
			j++
		}
		if j == next || j == len(lines) {
			i = next
			continue
		}
		if m2, ok := listMarkerOf(lines[j]); !ok || m2.ordered != first.ordered || m2.char != first.char || isRule(lines[j]) {
			return b, next // the blank lines belong to what follows
		}
		b.tight, i = false, j
	}
	return b, i
}

// item reads a list item: its first line after the marker and the lines
// indented to its content, or running on from a paragraph in it. It
// returns the item, the index of the line after it (blank lines at its
// end left out) and whether a blank line stands between two of its
// blocks.
func (r *mdReader) item(lines []string, i int, m listMarker) (*mdBlock, int, bool) {
	inner := []string{after(lines[i], m.content)}
	for i++; i < len(lines); i++ {
		line := lines[i]
		if isBlank(line) {
			inner = append(inner, "")
		} else if indentOf(line) >= m.content {
			inner = append(inner, line[m.content:])
		} else if lazyLine(inner, line) {
			inner = append(inner, line)
		} else {
			break
		}
	}
	for len(inner) > 1 && isBlank(inner[len(inner)-1]) {
		inner, i = inner[:len(inner)-1], i-1
	}
	b := &mdBlock{kind: mdItem}
	var loose bool
	r.depth++
	b.children, loose = r.parse(inner)
	r.depth--
	return b, i, loose
}
