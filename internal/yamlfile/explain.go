package yamlfile

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Messages for the mistakes coaches make most in YAML, in scripts and in
// the settings alike.
const (
	// ColonMsg explains what YAML made of a line of text with ": " in it.
	ColonMsg = "this line has ': ' in it, which YAML reads as a key; put the text in quotes"
	// IndentMsg is for a line that does not line up with its neighbours.
	IndentMsg = "this line is not indented like the lines around it (expected each key to line up with the other keys of its part)"
	// QuoteMsg is for text after a closing quote.
	QuoteMsg = "there is more text after the closing quote here (expected the whole text inside the quotes; " +
		"inside single quotes, write an apostrophe twice: 'it''s')"
	// PercentMsg is for a value that starts with '%'.
	PercentMsg = "a value that starts with '%' is read as a YAML directive (expected the text in quotes, such as \"%50 off\")"
	// DeeperMsg is for a key whose next line is indented further.
	DeeperMsg = "the next line is indented further than this key, so YAML reads it as part of this value " +
		"(expected the keys of one part to line up)"
	// BothMsg is for indented lines under a key that has a value on its
	// own line already.
	BothMsg = "this line is indented under a key that already has a value on its own line " +
		"(expected the key's value either on its line or on the indented lines below it, not both)"
	// ListMsg and MapMsg are for a list in brackets, or a mapping in
	// braces, that is not closed.
	ListMsg = "a list in brackets is not closed (expected ',' between its items and ']' after the last)"
	MapMsg  = "a mapping in braces is not closed (expected ',' between its keys and '}' after the last)"
	// OpenQuoteMsg is for a text in quotes that never closes.
	OpenQuoteMsg = "a text in quotes starts here and is not closed (expected the same quote mark at its end)"
)

// duplicateKey matches the parser's message for a key given twice.
var duplicateKey = regexp.MustCompile(`^mapping key "(.*)" already defined at \[(\d+):\d+\]`)

// Explain rewrites the YAML parser's message msg for the mistakes coaches
// make most, given the file's text and the line and column (from 1) the
// parser stopped at. A message it does not know is given as it is, after
// "this is not valid YAML".
func Explain(msg string, data []byte, line, col int) string {
	text, prev, next := Line(data, line), lineAbove(data, line), Line(data, line+1)
	rest := string([]rune(text)[min(max(col-1, 0), utf8.RuneCountInString(text)):])
	startOfLine := strings.TrimSpace(rest) != "" && strings.TrimSpace(text) == strings.TrimSpace(rest)
	mappingValue := strings.HasPrefix(msg, "mapping value is not allowed in this context")
	notHere := strings.HasPrefix(msg, "value is not allowed in this context") || strings.HasPrefix(msg, "non-map value is specified")
	if m := MissingSpace(text); m != "" && startOfLine {
		return m
	}
	switch {
	case mappingValue && (strings.Contains(rest, ": ") || strings.HasSuffix(strings.TrimSpace(rest), ":")):
		return ColonMsg
	case mappingValue && indent(next) > indent(text):
		return DeeperMsg
	case IsTabError(msg):
		return TabMsg
	case startOfLine && notHere && indent(text) > indent(prev) && hasValue(prev):
		return BothMsg
	case strings.Contains(msg, "map key-value is pre-defined"):
		return QuoteMsg
	case strings.HasPrefix(msg, "unexpected directive value"):
		return PercentMsg
	case startOfLine && notHere:
		return IndentMsg
	case strings.Contains(msg, "',' or ']' must be specified"), strings.Contains(msg, "sequence end token ']' not found"):
		return ListMsg
	case strings.Contains(msg, "',' or '}' must be specified"), strings.Contains(msg, "flow mapping end token '}'"):
		return MapMsg
	case strings.HasPrefix(msg, "could not find end character of"):
		return OpenQuoteMsg
	}
	if m := duplicateKey.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("the key %q is given twice here, first on line %s (expected each key once)", m[1], m[2])
	}
	return "this is not valid YAML: " + msg
}

// hasValue reports whether a line is a key with a value after its colon,
// such as "fees: 7", rather than a key alone, a comment or a list item.
func hasValue(line string) bool {
	key, value, ok := strings.Cut(strings.TrimSpace(line), ": ")
	return ok && key != "" && !strings.HasPrefix(key, "#") && !strings.HasPrefix(key, "-") &&
		strings.TrimSpace(value) != "" && !strings.HasPrefix(strings.TrimSpace(value), "#")
}

// lineAbove returns the nearest line above a line that holds more than
// a comment, or "".
func lineAbove(data []byte, line int) string {
	for n := line - 1; n >= 1; n-- {
		if t := strings.TrimSpace(Line(data, n)); t != "" && !strings.HasPrefix(t, "#") {
			return Line(data, n)
		}
	}
	return ""
}

// indent counts the spaces a line starts with.
func indent(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }
