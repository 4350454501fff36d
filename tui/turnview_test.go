package tui

import "testing"

func TestJoinFit(t *testing.T) {
	if got := joinFit([]string{"aa", "bb", "cc"}, 8); got != "aa · bb\ncc" {
		t.Fatalf("joinFit = %q", got)
	}
}
