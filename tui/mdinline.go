package tui

// This file reads the inline Markdown of a card's paragraphs and
// headings: emphasis with * and _ (paired as CommonMark pairs them), code
// spans, the text of links and images (inline, or by a definition's
// label), autolinks, backslash escapes, character references (the common
// named ones, and numbers), and line breaks. HTML tags and comments are
// left out, as they were when goldmark read the cards.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inlineKind is the kind of a piece of inline Markdown.
type inlineKind int

const (
	inText  inlineKind = iota
	inBreak            // a hard line break
	inCode             // a code span
	inEmph             // emphasis: italic (level 1) or bold (2)
	inGroup            // a link's or an image's text
	inDelim            // a run of * or _ not (yet) paired
)

// inline is a piece of a paragraph or a heading.
type inline struct {
	kind  inlineKind
	text  string // the text, the code, or what is left of a delimiter run
	level int    // emphasis: 1 or 2
	kids  []inline
	// A delimiter run's: its character, its length as written, and
	// whether it may open or close emphasis.
	delim             byte
	runLen            int
	canOpen, canClose bool
}

// inlineReader reads inline Markdown, knowing the labels of the card's
// link definitions.
type inlineReader struct{ refs map[string]bool }

// inlineScan is a reading in progress: the pieces so far and the text
// not yet made one.
type inlineScan struct {
	out  []inline
	text []byte
}

// flush makes the text gathered a piece.
func (sc *inlineScan) flush() {
	if len(sc.text) > 0 {
		sc.out = append(sc.out, inline{kind: inText, text: string(sc.text)})
		sc.text = sc.text[:0]
	}
}

// add flushes the text and adds a piece.
func (sc *inlineScan) add(in inline) {
	sc.flush()
	sc.out = append(sc.out, in)
}

// parse reads a run of inline Markdown into pieces, emphasis paired.
func (r inlineReader) parse(s string) []inline {
	var sc inlineScan
	for i := 0; i < len(s); {
		i += r.step(&sc, s, i)
	}
	sc.flush()
	return emphasize(sc.out)
}

// step reads what starts at s[i] and returns how many bytes it took.
func (r inlineReader) step(sc *inlineScan, s string, i int) int {
	switch s[i] {
	case '\\':
		return escape(sc, s, i)
	case '`':
		return codeSpan(sc, s, i)
	case '*', '_':
		run := delimRun(s, i)
		sc.add(run)
		return run.runLen
	case '!', '[':
		return r.linkAt(sc, s, i)
	case '<':
		if url, n := autolink(s[i:]); n > 0 {
			sc.text = append(sc.text, url...)
			return n
		}
		if n := htmlTag(s[i:]); n > 0 {
			return n
		}
	case '&':
		if t, n := entity(s[i:]); n > 0 {
			sc.text = append(sc.text, t...)
			return n
		}
	case '\n':
		return lineBreak(sc, s, i)
	}
	n := 1 + strings.IndexFunc(s[i+1:], func(r rune) bool { return strings.ContainsRune("\\`*_![<&\n", r) })
	if n == 0 {
		n = len(s) - i
	}
	sc.text = append(sc.text, s[i:i+n]...)
	return n
}

// escape reads a backslash: before ASCII punctuation, that character as
// it is; before a line's end, a hard break; else a backslash.
func escape(sc *inlineScan, s string, i int) int {
	switch {
	case i+1 < len(s) && s[i+1] == '\n':
		sc.add(inline{kind: inBreak})
		return 2
	case i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0:
		sc.text = append(sc.text, s[i+1])
		return 2
	}
	sc.text = append(sc.text, '\\')
	return 1
}

// lineBreak reads a line's end: a hard break after two spaces or more,
// else a space; the spaces around it go.
func lineBreak(sc *inlineScan, s string, i int) int {
	trimmed := strings.TrimRight(string(sc.text), " ")
	hard := len(sc.text)-len(trimmed) >= 2
	sc.text = append(sc.text[:0], trimmed...)
	if hard {
		sc.add(inline{kind: inBreak})
	} else {
		sc.text = append(sc.text, ' ')
	}
	return 1 + len(s[i+1:]) - len(strings.TrimLeft(s[i+1:], " "))
}

// codeSpan reads a code span: a run of backticks up to the next run of as
// many; its line breaks are spaces, and one space at each end goes when
// both ends have one. A run with no match is text.
func codeSpan(sc *inlineScan, s string, i int) int {
	n := len(s[i:]) - len(strings.TrimLeft(s[i:], "`"))
	for j := i + n; j < len(s); {
		k := strings.IndexByte(s[j:], '`')
		if k < 0 {
			break
		}
		m := len(s[j+k:]) - len(strings.TrimLeft(s[j+k:], "`"))
		if m == n {
			code := strings.ReplaceAll(s[i+n:j+k], "\n", " ")
			if len(code) > 1 && code[0] == ' ' && code[len(code)-1] == ' ' && strings.Trim(code, " ") != "" {
				code = code[1 : len(code)-1]
			}
			sc.add(inline{kind: inCode, text: code})
			return j + k + m - i
		}
		j += k + m
	}
	sc.text = append(sc.text, s[i:i+n]...)
	return n
}

// delimRun reads a run of * or _ and whether it may open or close
// emphasis, by what stands on either side of it (CommonMark's flanking
// rules; _ does not emphasise within a word).
func delimRun(s string, i int) inline {
	c := s[i]
	n := len(s[i:]) - len(strings.TrimLeft(s[i:], s[i:i+1]))
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+n < len(s) {
		after, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	left := !unicode.IsSpace(after) && (!isPunct(after) || unicode.IsSpace(before) || isPunct(before))
	right := !unicode.IsSpace(before) && (!isPunct(before) || unicode.IsSpace(after) || isPunct(after))
	run := inline{kind: inDelim, text: s[i : i+n], delim: c, runLen: n, canOpen: left, canClose: right}
	if c == '_' {
		run.canOpen = left && (!right || isPunct(before))
		run.canClose = right && (!left || isPunct(after))
	}
	return run
}

// isPunct reports whether a character counts as punctuation for
// emphasis: Unicode's punctuation and symbols.
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// emphasize pairs the delimiter runs of pieces into emphasis, closers
// from the left each with the nearest opener that fits (CommonMark's
// "process emphasis"); runs left unpaired stay text.
func emphasize(pieces []inline) []inline {
	for c := 0; c < len(pieces); c++ {
		for pieces[c].kind == inDelim && pieces[c].canClose && pieces[c].text != "" {
			o := openerOf(pieces, c)
			if o < 0 {
				break
			}
			use := 1
			if len(pieces[o].text) >= 2 && len(pieces[c].text) >= 2 {
				use = 2
			}
			em := inline{kind: inEmph, level: use, kids: append([]inline(nil), pieces[o+1:c]...)}
			pieces[o].text, pieces[c].text = pieces[o].text[use:], pieces[c].text[use:]
			pieces = append(pieces[:o+1], append([]inline{em}, pieces[c:]...)...)
			c = o + 2
		}
	}
	return pieces
}

// openerOf finds the opener that pairs with the closer at pieces[c]: the
// nearest run before it of the same character that may open, unless
// one of the two may both open and close and their lengths add up to a
// multiple of three (and are not both multiples of three). It is -1 for
// none.
func openerOf(pieces []inline, c int) int {
	cl := pieces[c]
	for o := c - 1; o >= 0; o-- {
		op := pieces[o]
		if op.kind != inDelim || !op.canOpen || op.delim != cl.delim || op.text == "" {
			continue
		}
		if (op.canClose || cl.canOpen) && (op.runLen+cl.runLen)%3 == 0 && (op.runLen%3 != 0 || cl.runLen%3 != 0) {
			continue
		}
		return o
	}
	return -1
}

// linkAt reads a link, or an image ("!["), at s[i], as its text alone;
// anything else is text.
func (r inlineReader) linkAt(sc *inlineScan, s string, i int) int {
	at := i
	if s[i] == '!' {
		if i+1 >= len(s) || s[i+1] != '[' {
			sc.text = append(sc.text, '!')
			return 1
		}
		at++
	}
	text, n, ok := r.link(s[at:])
	if !ok {
		sc.text = append(sc.text, s[i:at+1]...)
		return at + 1 - i
	}
	sc.add(inline{kind: inGroup, kids: r.parse(text)})
	return at + n - i
}

// maxLinkSpan is the most bytes a link takes, its text, destination and
// label together. A "[" that no "]" and destination close within it is
// text: without a bound, each "[" of a card of thousands of them was read
// to the card's end (20,000 took 0.66 s), and a 1 MB script would keep
// the screen still for minutes.
const maxLinkSpan = 1000

// link reads a link at the start of s ("["): its text, and what follows
// it, a destination in parentheses or the label of a definition (or its
// text taken as the label), within maxLinkSpan bytes. It returns the text
// and the bytes taken.
func (r inlineReader) link(s string) (string, int, bool) {
	s = s[:min(len(s), maxLinkSpan)]
	end := closingBracket(s)
	if end < 0 {
		return "", 0, false
	}
	text, rest := s[1:end], s[end+1:]
	if strings.HasPrefix(rest, "(") {
		if n := destination(rest); n > 0 {
			return text, end + 1 + n, true
		}
	}
	if strings.HasPrefix(rest, "[") {
		if k := strings.IndexByte(rest, ']'); k > 0 {
			label := rest[1:k]
			if label == "" {
				label = text
			}
			if r.refs[refLabel(label)] {
				return text, end + 1 + k + 1, true
			}
		}
	}
	if r.refs[refLabel(text)] {
		return text, end + 1, true
	}
	return "", 0, false
}

// closingBracket is the index of the "]" that closes the "[" at the start
// of s, brackets nested and escaped ones passed over, or -1.
func closingBracket(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// destination reads a link's destination and title in parentheses at the
// start of s, "(url "title")", and returns its length, or 0.
func destination(s string) int {
	i := skipSpace(s, 1)
	if i < len(s) && s[i] == '<' {
		k := strings.IndexAny(s[i:], ">\n")
		if k < 0 || s[i+k] != '>' {
			return 0
		}
		i += k + 1
	} else {
		depth := 0
		for ; i < len(s) && s[i] > ' ' && !(s[i] == ')' && depth == 0); i++ {
			switch s[i] {
			case '\\':
				i++
			case '(':
				depth++
			case ')':
				depth--
			}
		}
	}
	j := skipSpace(s, i)
	if j > i && j < len(s) && strings.IndexByte("\"'(", s[j]) >= 0 {
		closer := s[j]
		if closer == '(' {
			closer = ')'
		}
		k := strings.IndexByte(s[j+1:], closer)
		if k < 0 {
			return 0
		}
		j = skipSpace(s, j+1+k+1)
	}
	if j >= len(s) || s[j] != ')' {
		return 0
	}
	return j + 1
}

// skipSpace is the index of the first byte of s from i on that is not a
// space or a line break.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n') {
		i++
	}
	return i
}

// autolink reads an autolink at the start of s, "<https://...>" or
// "<name@example.org>", returning its text and length, or 0.
func autolink(s string) (string, int) {
	end := strings.IndexByte(s, '>')
	if end < 0 {
		return "", 0
	}
	inner := s[1:end]
	if inner == "" || strings.ContainsAny(inner, " <\n") {
		return "", 0
	}
	if colon := strings.IndexByte(inner, ':'); colon >= 2 && colon <= 32 && validScheme(inner[:colon]) {
		return inner, end + 1
	}
	if at := strings.IndexByte(inner, '@'); at > 0 && at < len(inner)-1 && strings.Contains(inner[at:], ".") {
		return inner, end + 1
	}
	return "", 0
}

// validScheme reports whether s is a URI scheme: a letter, then letters,
// digits, "+", "." or "-".
func validScheme(s string) bool {
	for i, r := range s {
		letter := r < utf8.RuneSelf && unicode.IsLetter(r)
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || strings.ContainsRune("+.-", r))) {
			return false
		}
	}
	return true
}

// htmlTag is the length of an HTML tag or comment at the start of s
// ("<b>", "</b>", "<br/>", "<!-- ... -->"), or 0.
func htmlTag(s string) int {
	if strings.HasPrefix(s, "<!--") {
		if k := strings.Index(s[4:], "-->"); k >= 0 {
			return 4 + k + 3
		}
		return 0
	}
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	if i >= len(s) || !(s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		return 0
	}
	end := strings.IndexAny(s[1:], "<>")
	if end < 0 || s[1+end] != '>' {
		return 0
	}
	return end + 2
}

// namedEntities are the character references a card may use by name;
// any other name is left as written.
var namedEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u00a0",
	"mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
	"laquo": "«", "raquo": "»", "middot": "·", "bull": "•", "deg": "°", "times": "×", "copy": "©",
	"reg": "®", "trade": "™", "euro": "€", "pound": "£", "sect": "§", "para": "¶",
}

// entity reads a character reference at the start of s ("&amp;",
// "&#169;", "&#x263A;"), returning its character and length, or 0.
func entity(s string) (string, int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 32 {
		return "", 0
	}
	name := s[1:end]
	if t, ok := namedEntities[name]; ok {
		return t, end + 1
	}
	if name[0] != '#' {
		return "", 0
	}
	digits, base := name[1:], 10
	if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || digits == "" || len(digits) > 7 {
		return "", 0
	}
	r := rune(n)
	if r == 0 || !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return string(r), end + 1
}
