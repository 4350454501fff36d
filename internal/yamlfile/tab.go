package yamlfile

import "strings"

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
