package script

import (
	"errors"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"partnercoach/internal/yamlfile"
)

// syntaxError reports a file the YAML parser could not read, at the place
// it stopped, in words a coach can act on.
func (c *checker) syntaxError(data []byte, err error) {
	var ye yaml.Error
	if !errors.As(err, &ye) {
		c.addAt(nil, "%v", err)
		return
	}
	var pos *token.Position
	if tk := ye.GetToken(); tk != nil && tk.Position != nil {
		pos = tk.Position
	}
	col := 1
	if pos != nil {
		col = pos.Column
	}
	if pos != nil && yamlfile.IsTabError(ye.GetMessage()) {
		if line, tabCol, ok := yamlfile.TabPlace(data, pos.Line); ok {
			at := *pos
			at.Line, at.Column = line, tabCol
			c.addAt(&at, "%s", yamlfile.TabMsg)
			return
		}
	}
	line := 0
	if pos != nil {
		line = pos.Line
	}
	c.addAt(pos, "%s", yamlfile.Explain(ye.GetMessage(), data, line, col))
}

// noSpaceMsg says that the space after a key's colon is missing, when
// line is a key and its value written without it, and returns "" when it
// is not.
func noSpaceMsg(line string) string { return yamlfile.MissingSpace(line) }

// scalarNoSpace returns noSpaceMsg for a value that is one line of plain
// text, and "" for anything else.
func scalarNoSpace(n ast.Node) string {
	s, ok := n.(*ast.StringNode)
	if !ok || s.GetToken() == nil || s.GetToken().Type != token.StringType {
		return ""
	}
	return noSpaceMsg(s.Value)
}
