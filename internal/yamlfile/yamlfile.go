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
// nest, and how many keys one mapping may hold. What names the kind of
// file in messages, such as "a script".
type Limits struct {
	Depth, Keys int
	What        string
}

// Prepare returns the text of data ready for the parser, and its tokens:
// a byte order mark at its start is dropped, a "%YAML 1.x" directive is
// blanked, and so are the markers ("---", "...") of documents that hold
// nothing but comments, so that the parser sees every document that holds
// something. Two documents that hold something stay two, for the reader to
// refuse. Blanked text keeps its place: lines and columns stay true.
func Prepare(data []byte, lim Limits) ([]byte, token.Tokens, *Fault) {
	data = bytes.Clone(bytes.TrimPrefix(data, bom))
	tokens := lexer.Tokenize(string(data))
	if f := directives(data, tokens); f != nil {
		return nil, nil, f
	}
	tokens = lexer.Tokenize(string(data))
	if markers(data, tokens) {
		tokens = lexer.Tokenize(string(data))
	}
	if f := Shape(tokens, lim); f != nil {
		return nil, nil, f
	}
	return data, tokens, nil
}

// directives blanks each "%YAML 1.x" line and refuses any other directive.
func directives(data []byte, tokens token.Tokens) *Fault {
	for i, tk := range tokens {
		if tk.Type != token.DirectiveType || tk.Position == nil {
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
			return &Fault{Line: line, Col: tk.Position.Column, Msg: fmt.Sprintf(
				"the directive %%%s is not read (expected no directive, or %%YAML 1.2)", textsafe.Line(strings.Join(words, " ")))}
		}
		blankLine(data, line)
	}
	return nil
}

// markers blanks the document markers the parser would misread, and turns
// a "..." that ends a document followed by another into "---", so that the
// parser sees the second document as one. It reports whether it changed
// data.
func markers(data []byte, tokens token.Tokens) bool {
	var pending []*token.Token // markers since the last content
	seen, changed := false, false
	for _, tk := range tokens {
		switch {
		case tk.Position == nil, tk.Type == token.CommentType:
		case tk.Type == token.DocumentHeaderType || tk.Type == token.DocumentEndType:
			pending = append(pending, tk)
		case len(pending) > 0 || !seen:
			changed = settle(data, pending, seen) || changed
			pending, seen = nil, true
		}
	}
	for _, tk := range pending {
		blank(data, tk)
		changed = true
	}
	return changed
}

// settle keeps the one marker that opens a document holding something,
// blanking the markers before it; after an earlier document it makes that
// marker "---".
func settle(data []byte, pending []*token.Token, after bool) bool {
	if len(pending) == 0 {
		return false
	}
	last := pending[len(pending)-1]
	for _, tk := range pending[:len(pending)-1] {
		blank(data, tk)
	}
	switch {
	case last.Type == token.DocumentHeaderType:
	case after:
		copy(data[lineStart(data, last.Position.Line):], "---")
	default:
		blank(data, last)
	}
	return true
}

// blank replaces a marker at the start of its line with spaces.
func blank(data []byte, tk *token.Token) {
	start := lineStart(data, tk.Position.Line)
	for i := start; i < start+3 && i < len(data); i++ {
		data[i] = ' '
	}
}

// blankLine replaces a line's text with spaces.
func blankLine(data []byte, line int) {
	for i := lineStart(data, line); i < len(data) && data[i] != '\n' && data[i] != '\r'; i++ {
		data[i] = ' '
	}
}

// lineStart returns the byte offset at which a line, counted from 1,
// starts.
func lineStart(data []byte, line int) int {
	off := 0
	for n := 1; n < line; n++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return len(data)
		}
		off += i + 1
	}
	return off
}
