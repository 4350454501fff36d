package calendar

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The iCalendar writer: content lines as RFC 5545 section 3.1 has them,
// ending in CR LF, folded before 75 octets without splitting a character,
// and TEXT values escaped as section 3.3.11 asks. partnercoach only writes
// calendars, so this is all of iCalendar it needs.

// maxLine is the most octets of a content line before it is folded, not
// counting the CR LF.
const maxLine = 75

// Date-time forms of RFC 5545 section 3.3.4 and 3.3.5: a day, and a time
// in UTC.
const (
	dateForm = "20060102"
	utcForm  = "20060102T150405Z"
)

// icsWriter builds the text of an iCalendar object line by line.
type icsWriter struct {
	b strings.Builder
}

// line writes one content line, NAME:VALUE, folding it as needed. name
// may carry parameters ("DTSTART;VALUE=DATE"); value is written as it is.
func (w *icsWriter) line(name, value string) {
	rest := name + ":" + value
	limit := maxLine
	for len(rest) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(rest[cut]) {
			cut--
		}
		w.b.WriteString(rest[:cut] + "\r\n ")
		rest = rest[cut:]
		limit = maxLine - 1 // the space that starts a folded line counts
	}
	w.b.WriteString(rest + "\r\n")
}

// text writes a property of type TEXT, escaped.
func (w *icsWriter) text(name, value string) { w.line(name, escapeText(value)) }

// utc writes a property holding a time, in UTC.
func (w *icsWriter) utc(name string, t time.Time) { w.line(name, t.UTC().Format(utcForm)) }

// String returns what was written.
func (w *icsWriter) String() string { return w.b.String() }

// escapeText escapes a TEXT value: a backslash, a semicolon and a comma
// get a backslash before them and a line break becomes \n. Other control
// characters, which a TEXT value may not hold, are left out.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(s, "\r\n", "\n") {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteRune('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
