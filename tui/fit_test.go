package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

func TestNextBoundary(t *testing.T) {
	a := base
	tests := []struct {
		now, want time.Duration
	}{
		{0, time.Second},
		{300 * time.Millisecond, time.Second},
		{time.Second, 2 * time.Second},
		{-300 * time.Millisecond, 0},
		{-time.Second, 0},
	}
	for _, tc := range tests {
		if got := nextBoundary(a, a.Add(tc.now)).Sub(a); got != tc.want {
			t.Errorf("nextBoundary at %v = %v, want %v", tc.now, got, tc.want)
		}
	}
}

func TestJoinFit(t *testing.T) {
	if got := joinFit([]string{"aa", "bb", "cc"}, 8); got != "aa · bb\ncc" {
		t.Fatalf("joinFit = %q", got)
	}
}

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
