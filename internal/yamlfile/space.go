package yamlfile

import (
	"fmt"
	"regexp"
	"strings"

	"partnercoach/internal/textsafe"
)

// noSpace matches a line that is surely a key and its value written without
// the space YAML needs after the colon, such as "title:Hello" or
// "- id:hello"; a colon followed by "//", as in an address, is not one.
var noSpace = regexp.MustCompile(`^(?:- +)?([A-Za-z][A-Za-z0-9_-]*):([^\s:/].*)$`)

// MissingSpace says that the space after a key's colon is missing, when
// line is such a line, and returns "" when it is not.
func MissingSpace(line string) string {
	m := noSpace.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	return fmt.Sprintf("there is no space after the colon in %q, so YAML reads it as text (expected %q: a key, a colon and a space)",
		textsafe.Line(shorten(m[1]+":"+m[2])), textsafe.Line(shorten(m[1]+": "+m[2])))
}

// shorten cuts a line down for a message.
func shorten(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// Line returns the text of a line of data, counted from 1, or "".
func Line(data []byte, line int) string {
	starts := lineStarts(data)
	if line < 1 || line > len(starts) {
		return ""
	}
	rest := data[starts[line-1]:]
	if i := strings.IndexByte(string(rest), '\n'); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSuffix(string(rest), "\r")
}
