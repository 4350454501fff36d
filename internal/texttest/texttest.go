// Package texttest holds the checks that the tests of several packages
// make of text meant for a terminal or a pipe: that it fits its width and
// carries no escape sequence; and Recorder, with which a test of such a
// check reads what it says.
package texttest

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Fits fails the test for every line of text wider than width cells.
func Fits(t testing.TB, text string, width int) {
	t.Helper()
	for i, line := range strings.Split(text, "\n") {
		if w := ansi.StringWidth(line); w > width {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i+1, w, width, line)
		}
	}
}

// Plain fails the test for every line of text that holds an escape
// character, which a pipe must never get.
func Plain(t testing.TB, text string) {
	t.Helper()
	for i, line := range strings.Split(text, "\n") {
		if strings.ContainsRune(line, 0x1b) {
			t.Errorf("line %d holds an escape: %q", i+1, line)
		}
	}
}
