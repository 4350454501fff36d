package calendar

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`a,b;c\d`, `a\,b\;c\\d`},
		{"two\nlines\r\nthree", `two\nlines\nthree`},
		{"bell\a esc\x1b[31m tab\t c1\u009b del\x7f", "bell esc[31m tab c1 del"},
		{"Zoë’s", "Zoë’s"},
	}
	for _, tc := range tests {
		if got := escapeText(tc.in); got != tc.want {
			t.Errorf("escapeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFolding writes long lines of one-, two-, three- and four-octet
// characters and checks RFC 5545's folding: CR LF, at most 75 octets a
// line, no character split, and the value whole again once unfolded.
func TestFolding(t *testing.T) {
	for _, r := range []string{"a", "é", "€", "𝄞"} {
		value := strings.Repeat(r, 200)
		var w icsWriter
		w.line("SUMMARY", value)
		text := w.String()
		if !strings.HasSuffix(text, "\r\n") {
			t.Fatalf("%s: no CR LF at the end", r)
		}
		lines := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
		for i, l := range lines {
			if len(l) > maxLine || !utf8.ValidString(l) || (i > 0 && !strings.HasPrefix(l, " ")) {
				t.Errorf("%s: line %d is %d octets, valid UTF-8 %v: %q", r, i+1, len(l), utf8.ValidString(l), l)
			}
		}
		if unfolded := strings.ReplaceAll(strings.TrimSuffix(text, "\r\n"), "\r\n ", ""); unfolded != "SUMMARY:"+value {
			t.Errorf("%s: unfolded %q", r, unfolded)
		}
	}
}
