package problem

import "testing"

// Names are compared in runes: a letter with an accent is one change.
func TestEditDistanceOfNames(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"kitten", "sitting", 3},
		{"bob testr", "bob tester", 1}, {"zoë", "zoe", 1}, {"flaw", "lawn", 2},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
