package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWordwrapKeepsHyphenatedWords checks that a record's id is never
// split at its hyphens, and that every line fits.
func TestWordwrapKeepsHyphenatedWords(t *testing.T) {
	id := "2026-11-29-1944-first"
	got := wordwrap("The coach log is saved as record "+id+"; partnercoach log show prints it.", 40)
	if !strings.Contains(got, id) {
		t.Errorf("the id is split:\n%s", got)
	}
	for _, l := range strings.Split(got, "\n") {
		if ansi.StringWidth(l) > 40 {
			t.Errorf("line %q is wider than 40", l)
		}
	}
	if got := wordwrap("aaaaaaaaaa bb", 4); got != "aaaa\naaaa\naa\nbb" {
		t.Errorf("a long word is wrapped as %q", got)
	}
}
