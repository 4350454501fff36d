package yamlfile

import (
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/token"
)

// TabMsg is the one wording, for scripts and settings alike, of a tab
// where YAML takes only spaces.
const TabMsg = "a tab here: YAML indents with spaces only (expected spaces instead of the tab)"

// IsTabError reports whether a message of the YAML parser is about a tab:
// the parser names the character itself ("found character '\t' that
// cannot start any token") or says "tab character".
func IsTabError(msg string) bool {
	return strings.Contains(msg, "\t") || strings.Contains(msg, "tab character")
}

// TabPlace finds the tab a parser's message about a tab means, from the
// line the parser names: the first tab in that line's indentation, or, if
// it has none, in the indentation of the nearest line above it. The
// parser names a column past the tab after a list's "-"; this names the
// tab. It returns the line and the column, counted in characters from 1.
func TabPlace(data []byte, line int) (int, int, bool) {
	for l := line; l >= 1; l-- {
		if col, ok := tabColumn(Line(data, l)); ok {
			return l, col, true
		}
	}
	return 0, 0, false
}

// tabColumn returns the column of the first tab in a line's indentation:
// the spaces and tabs before its first text, with the "-" that starts a
// list item (followed by a space or a tab) counted as indentation.
func tabColumn(line string) (int, bool) {
	r := []rune(line)
	for i := 0; i < len(r); i++ {
		switch {
		case r[i] == '\t':
			return i + 1, true
		case r[i] == ' ':
		case r[i] == '-' && i+1 < len(r) && (r[i+1] == ' ' || r[i+1] == '\t'):
		default:
			return 0, false
		}
	}
	return 0, false
}

// TabInTextMsg is the one wording of a tab inside text, such as
// "title: Step<tab>A".
const TabInTextMsg = "a tab here, inside the text (expected a space instead: text holds no tabs)"

// textTab finds a tab inside text, a key's or a value's, and makes it a
// fault at the tab itself. No text that scripts or the settings take holds
// a tab, and the readers would see it too late or not at all: the lexer
// drops a tab between two characters of text written without quotes,
// reading "Step<tab>A" as "StepA", and a reader knows only where a block
// ("text: |") starts, which may be many lines above its tab. A tab before
// or after text on its line only separates, as spaces do; one in quotes is
// left to the readers, who name it on its line.
func textTab(data []byte, tokens token.Tokens) *Fault {
	for _, tk := range tokens {
		if tk.Type != token.StringType || tk.Position == nil || !strings.Contains(tk.Origin, "\t") {
			continue
		}
		if head := blockHead(tk); head != nil {
			return blockTab(head, tk.Origin)
		}
		if f := plainTab(data, tk); f != nil {
			return f
		}
	}
	return nil
}

// blockHead returns the "|" or ">" that starts the block whose text tk
// holds, or nil when tk is not a block's text.
func blockHead(tk *token.Token) *token.Token {
	p := tk.Prev
	for p != nil && p.Type == token.CommentType {
		p = p.Prev
	}
	if p == nil || p.Position == nil || (p.Type != token.LiteralType && p.Type != token.FoldedType) {
		return nil
	}
	return p
}

// blockTab returns a fault at the first tab of a block's text, which
// starts on the line after its head with the whole of that line.
func blockTab(head *token.Token, text string) *Fault {
	i := strings.IndexByte(text, '\t')
	start := strings.LastIndexByte(text[:i], '\n') + 1
	return &Fault{Line: head.Position.Line + 1 + strings.Count(text[:i], "\n"),
		Col: utf8.RuneCountInString(text[start:i]) + 1, Msg: TabInTextMsg}
}

// plainTab returns a fault at a tab between two characters of text written
// without quotes, or nil.
func plainTab(data []byte, tk *token.Token) *Fault {
	pieces := strings.Split(strings.TrimLeft(tk.Origin, " \t\r\n"), "\n")
	for i, piece := range pieces {
		piece = strings.Trim(piece, " \t\r")
		if !strings.Contains(piece, "\t") {
			continue
		}
		line, from := tk.Position.Line+i, 0
		if i == 0 {
			from = tk.Position.Column - 1 // the lexer counts no dropped tab: the text is here or further on
		}
		return &Fault{Line: line, Col: tabIn(Line(data, line), piece, from), Msg: TabInTextMsg}
	}
	return nil
}

// tabIn returns the column, counted in characters from 1, of the first tab
// of piece in line, looking for piece from the character at index from on.
func tabIn(line, piece string, from int) int {
	r := []rune(line)
	from = min(max(from, 0), len(r))
	at := strings.Index(string(r[from:]), piece)
	if at < 0 {
		from, at = 0, strings.Index(line, piece)
	}
	if at < 0 {
		return from + 1
	}
	before := string(r[from:])[:at+strings.IndexByte(piece, '\t')]
	return from + utf8.RuneCountInString(before) + 1
}
