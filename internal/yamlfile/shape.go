package yamlfile

import (
	"fmt"

	"github.com/goccy/go-yaml/token"
)

// level is one open level of block lists and mappings: the column its
// entries or keys start at, and how many keys it has had.
type level struct{ col, keys int }

// Shape returns a fault at the token at which lists and mappings first
// nest deeper than the limits allow, or a mapping first has more keys; or
// nil. Each document is bounded on its own. Flow collections ([a, b] and {a: b}) nest by their brackets, block
// ones by the columns of their "-" entries and keys, each level further
// right than the one holding it.
func Shape(tokens token.Tokens, lim Limits) *Fault {
	flow := 0
	var block []level
	for i, tk := range tokens {
		switch tk.Type {
		case token.DocumentHeaderType, token.DocumentEndType:
			flow, block = 0, nil // each document starts afresh
		case token.SequenceStartType, token.MappingStartType:
			flow++
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
		case token.SequenceEntryType, token.MappingValueType:
			if flow == 0 {
				block = enter(block, tokens, i)
			}
		}
		if flow+len(block) > lim.Depth {
			return faultAt(tk, fmt.Sprintf("lists and mappings nest here more than %d deep (expected %s, which nests a few levels at most)", lim.Depth, lim.What))
		}
		if len(block) > 0 && block[len(block)-1].keys > lim.Keys {
			return faultAt(tk, fmt.Sprintf("this mapping has more than %d keys (expected %s, whose parts have a few keys each)", lim.Keys, lim.What))
		}
	}
	return nil
}

// faultAt is a fault at a token.
func faultAt(tk *token.Token, msg string) *Fault {
	f := &Fault{Line: 1, Col: 1, Msg: msg}
	if tk.Position != nil && tk.Position.Line > 0 {
		f.Line, f.Col = tk.Position.Line, max(tk.Position.Column, 1)
	}
	return f
}

// enter updates the open block levels for the "-" or ":" at tokens[i]: it
// closes the levels to its right, and opens a level or counts a key.
func enter(block []level, tokens token.Tokens, i int) []level {
	tk := tokens[i]
	col := tk.Position.Column
	if tk.Type == token.MappingValueType && i > 0 {
		col = tokens[i-1].Position.Column // where the key starts
	}
	for len(block) > 0 && block[len(block)-1].col > col {
		block = block[:len(block)-1]
	}
	top := len(block) - 1
	switch {
	case top < 0 || block[top].col < col:
		keys := 0
		if tk.Type == token.MappingValueType {
			keys = 1
		}
		return append(block, level{col: col, keys: keys})
	case tk.Type == token.MappingValueType:
		block[top].keys++
	}
	return block
}
