package plain

import (
	"io"
	"strings"
	"unicode"

	"partnercoach/internal/textsafe"
)

// speaker writes whole plain lines, each ending with a line break, for a
// screen reader to speak. It never writes an escape sequence: every
// control character in the text (the escape character included, from a
// script or a name) and every hidden character is dropped, a tab becomes
// a space.
type speaker struct {
	w   io.Writer
	err error // the first write error; later lines are not tried
}

// say writes each line.
func (sp *speaker) say(lines ...string) {
	for _, l := range lines {
		sp.write(clean(l) + "\n")
	}
}

// bell rings the terminal bell.
func (sp *speaker) bell() { sp.write("\a") }

// write writes s unless an earlier write failed.
func (sp *speaker) write(s string) {
	if sp.err != nil {
		return
	}
	_, sp.err = io.WriteString(sp.w, s)
}

// clean removes control characters and hidden ones (textsafe.Hidden: the
// right-to-left override and its kin, the zero-width space) and makes a
// tab a space, so that text typed or read from a file cannot move the
// cursor, change colours, or reorder or hide what is read out.
func clean(s string) string {
	if !strings.ContainsFunc(s, dropped) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case dropped(r):
			return -1
		}
		return r
	}, s)
}

// dropped reports whether clean leaves r out.
func dropped(r rune) bool {
	return unicode.IsControl(r) || textsafe.Hidden(r)
}
