// Package yamlfile readies the text of a YAML file the coach wrote (a
// script, the settings) for the YAML parser, and keeps the parser from
// misreading it or working without bound. The parser drops every document
// that follows an empty one ("---" on a line after "---"), and takes time
// that grows with the square of how deeply a file nests; both readers go
// through this package first.
package yamlfile

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/token"

	"partnercoach/internal/textsafe"
)

// bom is the byte order mark some editors put at the start of a file.
var bom = []byte("\uFEFF")

// Fault is what makes a file unfit to parse, at a place in it.
type Fault struct {
	// Line and Col are where the fault is, counted from 1.
	Line, Col int
	// Msg says what is wrong and what was expected.
	Msg string
}

// Limits bound the shape of a file: how deeply its lists and mappings may
// nest, and how many keys one mapping may hold; a file holds one document.
// What names the kind of file in messages, such as "a script", and One
// what it holds, such as "one script per file".
type Limits struct {
	Depth, Keys int
	What, One   string
}

// Prepare returns the text of data ready for the parser, and its tokens:
// a byte order mark at its start is dropped, a "%YAML 1.x" directive is
// blanked, and so are the markers ("---", "...") of documents that hold
// nothing but comments, which the parser would take for the end of the
// file. A second document that holds something is a fault, and so is a
// shape beyond the limits, and a tab inside text without quotes (textTab). Blanked text keeps its place: lines and columns
// stay true.
func Prepare(data []byte, lim Limits) ([]byte, token.Tokens, *Fault) {
	data = bytes.Clone(bytes.TrimPrefix(data, bom))
	tokens := lexer.Tokenize(string(data))
	starts := lineStarts(data)
	changed, f := directives(data, starts, tokens)
	if f != nil {
		return nil, nil, f
	}
	if changed {
		tokens = lexer.Tokenize(string(data))
	}
	changed, f = markers(data, starts, tokens, lim)
	if f != nil {
		return nil, nil, f
	}
	if changed {
		tokens = lexer.Tokenize(string(data))
	}
	if f := Shape(tokens, lim); f != nil {
		return nil, nil, f
	}
	if f := tags(tokens); f != nil {
		return nil, nil, f
	}
	if f := textTab(data, tokens); f != nil {
		return nil, nil, f
	}
	return data, tokens, nil
}

// tags refuses a tag other than "!!str" and "!", which only say that a
// value is text, as the readers take it anyway: a tag such as !!binary or
// !!int asks for a reading neither reader does, and would otherwise be
// passed over without a word. It also refuses a text tag with nothing
// after it, which the parser would report at the next key or item as a
// value it did not expect, or in brackets as a value of a type it does
// not know.
func tags(tokens token.Tokens) *Fault {
	for _, tk := range tokens {
		if tk.Type != token.TagType {
			continue
		}
		name, glued := tagName(tk.Value)
		switch {
		case name != "!!str" && name != "!":
			return faultAt(tk, fmt.Sprintf("the tag %s is not read (expected the value written plainly, with no tag)",
				textsafe.Line(name)))
		case glued || tagAlone(tk):
			return faultAt(tk, fmt.Sprintf("the tag %s has nothing after it (expected text after the tag, or no tag)",
				textsafe.Line(name)))
		}
	}
	return nil
}

// tagName returns the tag a tag token holds, and whether a flow indicator
// (",", "[", "]", "{" or "}") came glued to its end: no tag may hold one,
// but inside brackets the lexer keeps the one that closes them, as in
// "[!!str]", where the tag has nothing after it.
func tagName(value string) (string, bool) {
	if i := strings.IndexAny(value, ",[]{}"); i >= 0 {
		return value[:i], true
	}
	return value, false
}

// tagAlone reports whether nothing follows the tag tk as its value: in
// brackets, the next token on its line ends the list or mapping or its
// entry; otherwise the tag ends its line and the next token, on a later
// line, is no further right than the key or the "-" the tag's value
// belongs to, so what follows is the next key or item.
func tagAlone(tk *token.Token) bool {
	next := tk.Next
	for next != nil && next.Type == token.CommentType {
		next = next.Next
	}
	if next == nil || next.Position == nil || tk.Position == nil {
		return false
	}
	if next.Position.Line == tk.Position.Line {
		switch next.Type {
		case token.CollectEntryType, token.SequenceEndType, token.MappingEndType:
			return true
		}
		return false
	}
	owner := tk // a tag that starts its node
	switch p := tk.Prev; {
	case p == nil || p.Position == nil:
	case p.Type == token.SequenceEntryType:
		owner = p
	case p.Type == token.MappingValueType && p.Prev != nil && p.Prev.Position != nil:
		owner = p.Prev // the key
	}
	return next.Position.Column <= owner.Position.Column
}

// directives blanks each "%YAML 1.x" line and refuses any other directive.
// A directive starts its line; a "%" elsewhere is left to the parser. It
// reports whether it changed data.
func directives(data []byte, starts []int, tokens token.Tokens) (bool, *Fault) {
	changed := false
	for i, tk := range tokens {
		if tk.Type != token.DirectiveType || tk.Position == nil || tk.Position.Column != 1 {
			continue
		}
		line := tk.Position.Line
		var words []string
		for _, w := range tokens[i+1:] {
			if w.Position == nil || w.Position.Line != line || w.Type == token.CommentType {
				break
			}
			words = append(words, w.Value)
		}
		if len(words) != 2 || words[0] != "YAML" || !strings.HasPrefix(words[1], "1.") {
			return false, &Fault{Line: line, Col: tk.Position.Column, Msg: fmt.Sprintf(
				"the directive %%%s is not read (expected no directive, or %%YAML 1.2)", textsafe.Line(strings.Join(words, " ")))}
		}
		blankLine(data, starts, line)
		changed = true
	}
	return changed, nil
}

// markers blanks the document markers of documents that hold nothing but
// comments, keeping the one that opens the document that holds something.
// It returns a fault at the start of a second document that holds
// something, which the parser would otherwise take time to read that grows
// with the square of the number of documents. It reports whether it
// changed data.
func markers(data []byte, starts []int, tokens token.Tokens, lim Limits) (bool, *Fault) {
	var pending []*token.Token // markers since the last content
	seen, changed := false, false
	for _, tk := range tokens {
		switch {
		case tk.Position == nil, tk.Type == token.CommentType:
		case tk.Type == token.DocumentHeaderType || tk.Type == token.DocumentEndType:
			pending = append(pending, tk)
		case seen && len(pending) > 0:
			last := pending[len(pending)-1]
			return false, &Fault{Line: last.Position.Line, Col: 1, Msg: fmt.Sprintf(
				"a second YAML document starts here (expected %s: remove this '%s' line or what follows it)", lim.One, last.Value)}
		case !seen:
			for _, m := range pending {
				if m != pending[len(pending)-1] || m.Type == token.DocumentEndType {
					blank(data, starts, m)
					changed = true
				}
			}
			pending, seen = nil, true
		}
	}
	for _, tk := range pending {
		blank(data, starts, tk)
		changed = true
	}
	return changed, nil
}

// blank replaces a marker at the start of its line with spaces.
func blank(data []byte, starts []int, tk *token.Token) {
	start := lineStart(data, starts, tk.Position.Line)
	for i := start; i < start+3 && i < len(data); i++ {
		data[i] = ' '
	}
}

// blankLine replaces a line's text with spaces.
func blankLine(data []byte, starts []int, line int) {
	for i := lineStart(data, starts, line); i < len(data) && data[i] != '\n' && data[i] != '\r'; i++ {
		data[i] = ' '
	}
}

// lineStarts returns the byte offset at which each line starts.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineStart returns the byte offset at which a line, counted from 1,
// starts, or the end of data for a line past it.
func lineStart(data []byte, starts []int, line int) int {
	if line < 1 || line > len(starts) {
		return len(data)
	}
	return starts[line-1]
}
