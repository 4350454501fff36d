package script

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// The YAML parser takes time that grows with the square of how deeply a
// file nests, and of how many keys one mapping holds; a script nests a few
// levels at most, with a few keys at each. These limits keep a stray or
// hostile file from keeping partnercoach busy for minutes.
const (
	maxSize  = 1 << 20 // bytes
	maxDepth = 50      // lists and mappings, one inside the other
	maxKeys  = 100     // keys of one mapping
)

// parse turns the file into YAML's syntax tree. A file too large or of the
// wrong shape is reported and gives no tree and no error; a fault in the
// YAML parser itself is turned into an error rather than a crash.
func (c *checker) parse(data []byte) (f *ast.File, err error) {
	if len(data) > maxSize {
		c.addAt(nil, "the file is %d bytes long (expected a script of at most %d bytes)", len(data), maxSize)
		return nil, nil
	}
	tokens := lexer.Tokenize(string(data))
	if tk, msg := badShape(tokens); tk != nil {
		c.addAt(tk.Position, "%s", msg)
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the YAML parser failed on this file (%v)", r)
		}
	}()
	return parser.Parse(tokens, 0)
}

// level is one open level of block lists and mappings: the column its
// entries or keys start at, and how many keys it has had.
type level struct{ col, keys int }

// badShape returns the token at which lists and mappings first nest more
// than maxDepth deep, or a mapping first has more than maxKeys keys, with a
// message saying so; or nil. Flow collections ([a, b] and {a: b}) nest by
// their brackets, block ones by the columns of their "-" entries and keys,
// each level further right than the one holding it.
func badShape(tokens token.Tokens) (*token.Token, string) {
	flow := 0
	var block []level
	for i, tk := range tokens {
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			flow++
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
		case token.SequenceEntryType, token.MappingValueType:
			if flow == 0 {
				block = enter(block, tokens, i)
			}
		}
		if flow+len(block) > maxDepth {
			return tk, fmt.Sprintf("lists and mappings nest here more than %d deep (expected a script, which nests a few levels at most)", maxDepth)
		}
		if len(block) > 0 && block[len(block)-1].keys > maxKeys {
			return tk, fmt.Sprintf("this mapping has more than %d keys (expected a script, whose parts have a few keys each)", maxKeys)
		}
	}
	return nil, ""
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
