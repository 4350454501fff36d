package main

import (
	"strings"
	"testing"
)

func TestAccessibleWanted(t *testing.T) {
	t.Parallel()
	tests := []struct {
		asked    bool
		term     string
		terminal bool
		want     bool
	}{
		{false, "xterm-256color", true, false},
		{true, "xterm-256color", true, true},
		{false, "dumb", true, true},
		{false, "xterm-256color", false, true},
		{false, "", true, false},
		{false, "dumb-ish", true, false},
	}
	for _, tc := range tests {
		if got := accessibleWanted(tc.asked, tc.term, tc.terminal); got != tc.want {
			t.Errorf("accessibleWanted(%v, %q, %v) = %v, want %v", tc.asked, tc.term, tc.terminal, got, tc.want)
		}
	}
}

// TestAccessibleReason: a line on standard error says why the accessible
// mode was chosen when the coach did not ask for it, and how to get the
// full screen; nothing when asked, or when the full screen runs.
func TestAccessibleReason(t *testing.T) {
	t.Parallel()
	tests := []struct {
		asked    bool
		term     string
		terminal bool
		want     string
	}{
		{false, "xterm-256color", false, "the output is not a terminal (a pipe or a file)"},
		{false, "dumb", false, "the output is not a terminal (a pipe or a file)"},
		{false, "dumb", true, "TERM=dumb says this terminal shows only plain lines"},
		{true, "dumb", false, ""},
		{true, "xterm-256color", true, ""},
		{false, "xterm-256color", true, ""},
	}
	for _, tc := range tests {
		got := accessibleReason(tc.asked, tc.term, tc.terminal)
		if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
			t.Errorf("accessibleReason(%v, %q, %v) = %q, want %q at its start", tc.asked, tc.term, tc.terminal, got, tc.want)
		}
		if got != "" && !strings.Contains(got, "For the full screen") {
			t.Errorf("accessibleReason(%v, %q, %v) = %q does not say how to get the full screen", tc.asked, tc.term, tc.terminal, got)
		}
	}
}
