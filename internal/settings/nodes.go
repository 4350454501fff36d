package settings

import (
	"fmt"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// unwrap returns the value under an anchor, a tag or an explicit "?" key:
// settings read the value alone.
func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			n = v.Value
		case *ast.MappingKeyNode:
			n = v.Value
		default:
			return n
		}
	}
}

// scalarText is the text of a single value, as written (without its
// quotes), and false for nothing, a mapping, a list or an alias.
func scalarText(n ast.Node) (string, bool) {
	switch v := unwrap(n).(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		if v.Value == nil {
			return "", true
		}
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		if tk := v.GetToken(); tk != nil {
			return tk.Value, true
		}
	}
	return "", false
}

// describe says what a value is, for the "got ..." part of a message.
func describe(n ast.Node) string {
	switch v := unwrap(n).(type) {
	case nil, *ast.NullNode:
		return "nothing"
	case *ast.MappingNode:
		return "a mapping of keys"
	case *ast.SequenceNode:
		return "a list"
	case *ast.AliasNode:
		return "an alias (write the value itself)"
	case *ast.StringNode, *ast.LiteralNode:
		s, _ := scalarText(v)
		return fmt.Sprintf("%q", shorten(s))
	default:
		if s, ok := scalarText(v); ok {
			return shorten(s)
		}
		return "something else"
	}
}

// shorten cuts long text down for a message.
func shorten(s string) string {
	const most = 40
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	return string([]rune(s)[:most]) + "…"
}

// problemAt is a problem at a node, or with the file as a whole when the
// node has no position.
func problemAt(file string, n ast.Node, msg string) Problem {
	if n == nil {
		return Problem{File: file, Msg: msg}
	}
	return problemAtToken(file, n.GetToken(), msg)
}

// problemAtToken is a problem at a token, or with the file as a whole
// when the token has no position.
func problemAtToken(file string, tk *token.Token, msg string) Problem {
	p := Problem{File: file, Msg: msg}
	if tk != nil && tk.Position != nil {
		p.Line, p.Col = tk.Position.Line, tk.Position.Column
	}
	return p
}
