package script

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

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
	line, next := lineAt(data, pos, 0), lineAt(data, pos, 1)
	c.addAt(pos, "%s", explainSyntax(ye.GetMessage(), line, next, col))
}

// duplicateKey matches the parser's message for a key given twice.
var duplicateKey = regexp.MustCompile(`^mapping key "(.*)" already defined at \[(\d+):\d+\]`)

// Messages for the mistakes coaches make most in YAML.
const (
	indentMsg = "this line is not indented like the lines around it (expected each key to line up with the other keys of its part)"
	quoteMsg  = "there is more text after the closing quote here (expected the whole text inside the quotes; " +
		"inside single quotes, write an apostrophe twice: 'it''s')"
	percentMsg = "a value that starts with '%' is read as a YAML directive (expected the text in quotes, such as \"%50 off\")"
	deeperMsg  = "the next line is indented further than this key, so YAML reads it as part of this value " +
		"(expected the keys of one part to line up)"
)

// explainSyntax rewrites the YAML parser's message for the mistakes coaches
// make most, given the text of the line it stopped on, of the line after,
// and the column.
func explainSyntax(msg, line, next string, col int) string {
	rest := string([]rune(line)[min(max(col-1, 0), utf8.RuneCountInString(line)):])
	startOfLine := strings.TrimSpace(rest) != "" && strings.TrimSpace(line) == strings.TrimSpace(rest)
	mappingValue := strings.HasPrefix(msg, "mapping value is not allowed in this context")
	if m := noSpaceMsg(line); m != "" && startOfLine {
		return m
	}
	switch {
	case mappingValue && (strings.Contains(rest, ": ") || strings.HasSuffix(strings.TrimSpace(rest), ":")):
		return colonMsg
	case mappingValue && indent(next) > indent(line):
		return deeperMsg
	case yamlfile.IsTabError(msg):
		return yamlfile.TabMsg
	case strings.Contains(msg, "map key-value is pre-defined"):
		return quoteMsg
	case strings.HasPrefix(msg, "unexpected directive value"):
		return percentMsg
	case startOfLine && (strings.HasPrefix(msg, "value is not allowed in this context") ||
		strings.HasPrefix(msg, "non-map value is specified")):
		return indentMsg
	}
	if m := duplicateKey.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("the key %q is given twice here, first on line %s (expected each key once)", m[1], m[2])
	}
	return "this is not valid YAML: " + msg
}

// lineAt returns the text of the line a number of lines after a position,
// or "".
func lineAt(data []byte, pos *token.Position, after int) string {
	if pos == nil || pos.Line < 1 {
		return ""
	}
	lines := bytes.Split(data, []byte("\n"))
	if n := pos.Line + after; n <= len(lines) {
		return string(lines[n-1])
	}
	return ""
}

// indent counts the spaces a line starts with.
func indent(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }

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
