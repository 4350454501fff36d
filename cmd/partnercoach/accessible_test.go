package main

import "testing"

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
