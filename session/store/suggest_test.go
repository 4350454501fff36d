package store

import "testing"

func TestSuggest(t *testing.T) {
	list := []Newcomer{{Name: "Bob Tester"}, {Name: "AB"}, {Name: "Alice Example"}, {Name: "Zoë Müller"}}
	tests := []struct {
		name string
		want string // "" for no suggestion
	}{
		{"Bob Testr", "Bob Tester"},
		{"bob tester", ""},    // the same newcomer: nothing to suggest
		{"  BOB TESTER ", ""}, // spaces and case do not matter
		{"bob testr", "Bob Tester"},
		{"Bob Tetser", "Bob Tester"}, // two changes in ten letters
		{"Rob Fester", "Bob Tester"},
		{"Bo Tst", ""}, // four of ten: too far
		{"AC", ""},     // initials are never taken for others
		{"ABC", ""},
		{"Alice Exmple", "Alice Example"},
		{"Zoe Muller", "Zoë Müller"}, // two runes of ten, not four bytes
		{"Carol", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := Suggest(tt.name, list)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Suggest(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestSuggestPicksTheClosest(t *testing.T) {
	list := []Newcomer{{Name: "Anna Larsen"}, {Name: "Anne Larson"}}
	if got, _ := Suggest("Anne Larsen", list); got != "Anna Larsen" {
		t.Errorf("a tie: Suggest = %q, want the first listed", got)
	}
	if got, _ := Suggest("Anne Larso", list); got != "Anne Larson" {
		t.Errorf("Suggest = %q, want the closest, Anne Larson", got)
	}
	if _, ok := Suggest("Anne Larsen", nil); ok {
		t.Error("a suggestion from an empty list")
	}
}

func TestNameDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"kitten", "sitting", 3},
		{"bob testr", "bob tester", 1}, {"zoë", "zoe", 1}, {"flaw", "lawn", 2},
	}
	for _, tt := range tests {
		if got := nameDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("nameDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
