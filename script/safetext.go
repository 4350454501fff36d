package script

import (
	"strings"
	"unicode"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"partnercoach/internal/textsafe"
)

// A script's text is shown on the coach's terminal, so it may hold no
// control character: none written into the file as a raw byte, and none
// written as a YAML escape such as "\e", "\x9b" or "\r". Most text is one
// line; a card's text and the summary may run over several lines, but hold
// no other control character, not even a tab.

// lines marks the text that may run over several lines.
type lines bool

const (
	oneLine   lines = false
	manyLines lines = true
)

// safeText returns the text s read at path, or "" after reporting its
// first control character. A line break that ends one-line text, as a
// block scalar's does, is dropped.
func (c *checker) safeText(path, s string, ls lines) string {
	if ls == oneLine {
		s = strings.TrimRight(s, "\n")
	}
	check := s
	if ls == manyLines {
		check = strings.ReplaceAll(s, "\n", "")
	}
	_, r, bad := textsafe.FirstControl(check)
	if !bad {
		return s
	}
	want := "text on one line, without control characters"
	if ls == manyLines {
		want = "text without control characters; line breaks are the only ones it may hold"
	}
	if r == '\n' {
		c.fail(path, "%s: %s here (expected one line: write it without line breaks)", describe(path), textsafe.Describe(r))
	} else {
		c.fail(path, "%s: %s here (expected %s)", describe(path), textsafe.Describe(r), want)
	}
	return ""
}

// text reads one line of text at path; an empty value reads as "".
func (c *checker) text(path string, n ast.Node) string {
	return c.safeText(path, c.rawText(path, n), oneLine)
}

// textBlock reads text at path that may run over several lines.
func (c *checker) textBlock(path string, n ast.Node) string {
	return c.safeText(path, c.rawText(path, n), manyLines)
}

// rawControl returns the position of the first control character written
// into the file as it is, other than a tab, a line break, or a carriage
// return before a line break, and that character; ok is false when there
// is none.
func rawControl(data []byte) (pos *token.Position, r rune, ok bool) {
	line, col := 1, 1
	for i, c := range string(data) {
		switch {
		case c == '\n':
			line, col = line+1, 1
			continue
		case c == '\t', c == '\r' && i+1 < len(data) && data[i+1] == '\n':
		case unicode.IsControl(c):
			return &token.Position{Line: line, Column: col}, c, true
		}
		col++
	}
	return nil, 0, false
}
