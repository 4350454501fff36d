// Package textsafe makes text from files, names and records safe to print
// on a terminal. Such text is data: a control character in it (C0 with
// tab, carriage return and line feed, DEL, C1) or a byte that is not
// UTF-8 could move the cursor, change colours, open a hyperlink or clear
// the screen, and a hidden character (a bidirectional control such as the
// right-to-left override, a zero-width space) could reorder or hide the
// text around it, so that what the coach reads is not what is there. The
// readers of scripts, settings and names refuse control characters where
// text is read; this package is the second line of defence, where text is
// printed: both kinds are shown as escapes.
package textsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s as one printable line: a tab, a line break or a carriage
// return becomes a space, every other control character and every hidden
// character (see Hidden) is shown as its escape (such as \x1b or
// \u202e), and bytes that are not UTF-8 become U+FFFD.
func Line(s string) string {
	return clean(s, false)
}

// Text is Line for text of several lines: line breaks are kept, and a
// carriage return before one is dropped.
func Text(s string) string {
	return clean(strings.ReplaceAll(s, "\r\n", "\n"), true)
}

// Safe reports whether s prints as it is: valid UTF-8 with no control
// character and no hidden character in it.
func Safe(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsFunc(s, unsafe)
}

// unsafe reports whether r is shown as an escape.
func unsafe(r rune) bool {
	return unicode.IsControl(r) || Hidden(r)
}

// FirstControl returns the byte offset of the first control character in
// s, or of its first byte that is not UTF-8, and that character; ok is
// false when there is none.
func FirstControl(s string) (offset int, r rune, ok bool) {
	for i, c := range s {
		if c == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return i, rune(s[i]), true
			}
		}
		if unicode.IsControl(c) {
			return i, c, true
		}
	}
	return 0, 0, false
}

// Describe names a control character or a hidden character for a message
// to the coach, such as "the escape character (\x1b)", "a tab" or "the
// right-to-left override (\u202e)".
func Describe(r rune) string {
	switch r {
	case '\t':
		return "a tab"
	case '\n':
		return "a line break"
	case '\r':
		return "a carriage return"
	case 0x1b:
		return `the escape character (\x1b)`
	case 0:
		return `a NUL byte (\x00)`
	}
	if name, ok := hiddenNames[r]; ok {
		return name + " (" + escape(r) + ")"
	}
	if Hidden(r) {
		return "the invisible character " + escape(r)
	}
	return "the control character " + escape(r)
}

// clean does the work of Line and Text.
func clean(s string, keepNewlines bool) string {
	if Safe(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				b.WriteRune(utf8.RuneError)
				continue
			}
			b.WriteRune(r)
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case unsafe(r):
			b.WriteString(escape(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escape writes a character as a Go escape: \x1b, \x9b and \x7f for the
// control characters, \u202e and \U000e0041 for the others.
func escape(r rune) string {
	switch {
	case unicode.IsControl(r) && r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r <= 0xffff:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
